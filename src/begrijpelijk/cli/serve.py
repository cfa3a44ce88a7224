"""`begrijpelijk serve`: the local web page."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from begrijpelijk.cli.app import (
    TemplatesOption,
    app,
    fail,
    user_templates,
)
from begrijpelijk.cli.click_dutch import DutchCommand


@app.command(cls=DutchCommand)
def serve(
    port: int = typer.Option(8000, "--port", "-p", min=1, max=65535, help="De poort van de pagina."),
    host: Optional[str] = typer.Option(None, "--host", help="Luister op dit adres in plaats van alleen op deze computer (127.0.0.1). Alleen op een netwerk dat u vertrouwt."),
    open_browser: bool = typer.Option(False, "--open", help="Open de pagina in de browser."),
    allow_origin: List[str] = typer.Option([], "--allow-origin", metavar="ADRES", help="Een andere website die de pagina mag gebruiken (CORS), zoals https://uw-intranet.nl (mag vaker)."),
    templates: Optional[Path] = TemplatesOption,
) -> None:
    """Open begrijpelijk als pagina in de browser: brieven controleren en verbeteren, en brieven maken uit sjablonen."""
    import socket
    import threading
    import time

    try:
        import uvicorn

        from begrijpelijk.web.app import bind_host, create_app, protect
    except ImportError:
        fail("De pagina is niet geïnstalleerd. Installeer hem met: pip install \"begrijpelijk[web]\" (of in deze map: pip install \".[web]\").")
    from begrijpelijk.web.service import Service, pasted

    address, warning = bind_host(host)
    if warning:
        typer.echo(warning, err=True)
    folder = user_templates(templates)
    service = Service(Path.cwd(), folder)
    typer.echo("Het taalmodel wordt geladen …", err=True)
    service.check_json(pasted("Dit is een korte brief om het model te laden."))
    shown = f"[{address}]" if ":" in address else address
    url = f"http://{shown}:{port}/"
    try:  # a port in use gets a Dutch sentence, not uvicorn's English log
        with socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((address, port))
    except OSError as exc:
        fail(f"De pagina kan niet starten op {address} poort {port} ({exc.strerror}). Kies een andere poort met --port.")
    server = uvicorn.Server(uvicorn.Config(protect(create_app(service), host, tuple(allow_origin)), host=address, port=port, log_level="warning"))

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            typer.echo(f"begrijpelijk staat klaar op {url}  (stoppen: Ctrl+C)", err=True)
            if open_browser:
                import webbrowser

                webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run()

