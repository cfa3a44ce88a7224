"""The HTTP side of `begrijpelijk serve`: Starlette routes over ``service``.

Every answer of /api is JSON; an error is ``{"fout": "…"}`` in Dutch with a
4xx status. A request may carry at most 5 MB (the same limit as the command
line); nothing is written to disk.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
from importlib import resources
from pathlib import Path

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from begrijpelijk.config import parse_letter_date
from begrijpelijk.errors import BegrijpelijkError
from begrijpelijk.readers import MAX_BYTES
from begrijpelijk.web import languagetool
from begrijpelijk.web.service import FieldErrors, Service, Upload, pasted

STATIC = Path(str(resources.files("begrijpelijk.web").joinpath("static")))
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# the page may load only what this server sends: no fonts, scripts or images from elsewhere
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class RequestError(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def _error(message: str, status: int = 400, **extra) -> JSONResponse:
    return JSONResponse({"fout": message, **extra}, status_code=status, headers=SECURITY_HEADERS)


def _json(data, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status, headers=SECURITY_HEADERS)


# the letter may be 5 MB; a multipart request carries a little more around it
MAX_REQUEST = MAX_BYTES + 64 * 1024
TOO_BIG = "Dit bestand is groter dan 5 MB en is daarom geen brief. Kies een kleiner bestand."


def _refuse_declared_size(request: Request) -> None:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_REQUEST:
        raise RequestError(TOO_BIG, 413)


async def _body(request: Request) -> bytes:
    """The request body, refused beyond the limit without reading it all."""
    _refuse_declared_size(request)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_REQUEST:
            raise RequestError(TOO_BIG, 413)
        chunks.append(chunk)
    return b"".join(chunks)


async def _upload(request: Request) -> Upload:
    """The letter of the request: a text/plain body, or the multipart field 'bestand'."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        _refuse_declared_size(request)
        try:
            form = await request.form(max_files=1, max_fields=20, max_part_size=MAX_BYTES + 1)
        except Exception:
            raise RequestError("Het bestand kwam niet goed aan. Probeer het opnieuw, of kies een bestand tot 5 MB.") from None
        item = form.get("bestand")
        if item is None or isinstance(item, str):
            raise RequestError("Stuur de brief als bestand in het veld 'bestand', of als tekst.")
        data = await item.read(MAX_BYTES + 1)
        name = Path(item.filename or "brief.txt").name
        return Upload(data, name)
    if kind not in ("", "text/plain"):
        raise RequestError("Stuur de brief als tekst (text/plain) of als bestand (multipart/form-data, veld 'bestand').", 415)
    data = await _body(request)
    try:
        text = data.decode("utf8")
    except UnicodeDecodeError:
        raise RequestError("De tekst is geen UTF-8. Plak de tekst opnieuw, of stuur hem als bestand.") from None
    if not text.strip():
        raise RequestError("Er is geen tekst. Plak een brief of kies een bestand.")
    return pasted(text)


def _flags(request: Request) -> dict:
    """The same options as `check`, as query parameters: niveau, uit, aan,
    alleen, optie, toestaan (uit/aan/alleen/optie/toestaan may come more often)."""
    q = request.query_params
    known = {"niveau", "uit", "aan", "alleen", "optie", "toestaan", "met_tekst", "weergave", "kies", "voorstel", "datum"}
    unknown = sorted(set(q) - known)
    if unknown:
        raise RequestError(f"De optie '{unknown[0]}' bestaat niet. Wel: {', '.join(sorted(known))}.")
    return {
        "level": q.get("niveau") or None,
        "disable": q.getlist("uit"),
        "enable": q.getlist("aan"),
        "only": q.getlist("alleen"),
        "options": q.getlist("optie"),
        "allow": q.getlist("toestaan"),
    }


def _date(request: Request) -> dt.date | None:
    value = request.query_params.get("datum")
    return parse_letter_date(value) if value else None


def handled(endpoint):
    """Turn the tool's own errors into {"fout": …}; a bug stays a 500."""

    async def wrapper(request: Request):
        try:
            return await endpoint(request)
        except RequestError as exc:
            return _error(exc.message, exc.status)
        except FieldErrors as exc:
            return _error(exc.message, 422, velden=exc.problems)
        except BegrijpelijkError as exc:
            return _error(exc.message, 400)

    return wrapper


async def _page(request: Request) -> Response:
    html = (STATIC / "index.html").read_text(encoding="utf8")
    return HTMLResponse(html, headers=SECURITY_HEADERS)


@handled
async def _rules(request: Request) -> Response:
    from begrijpelijk.formatters.web_view import rule_texts
    from begrijpelijk.rules import registry

    texts = rule_texts()
    return _json(
        [
            {"id": r.id, "ernst": r.severity.value, "standaard": r.default_on, "uitleg": r.summary,
             "titel": texts[r.id]["titel"], "fout": texts[r.id]["fout"], "goed": texts[r.id]["goed"]}
            for r in sorted(registry().values(), key=lambda r: r.id)
        ]
    )


def create_app(service: Service | None = None) -> Starlette:
    service = service or Service()

    @handled
    async def check(request: Request) -> Response:
        flags = _flags(request)
        upload = await _upload(request)
        with_text = request.query_params.get("met_tekst") in ("1", "ja", "true")
        view = request.query_params.get("weergave") in ("1", "ja", "true")
        return _json(await run_in_threadpool(service.check_json, upload, with_text, view, **flags))

    @handled
    async def comments(request: Request) -> Response:
        flags = _flags(request)
        upload = await _upload(request)
        data, _ = await run_in_threadpool(service.commented, upload, **flags)
        name = Path(upload.name).stem + "-opmerkingen.docx"
        return Response(data, media_type=DOCX, headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{name}"'})

    @handled
    async def fix(request: Request) -> Response:
        q = request.query_params
        # the same options as check (a rule switched off is not fixed); alleen names the rules to fix
        flags = _flags(request)
        rules = flags.pop("only") or None
        upload = await _upload(request)
        chosen = None
        if q.get("voorstel") in ("1", "ja", "true"):
            chosen = set()
        elif q.getlist("kies"):
            chosen = set(q.getlist("kies"))
        return _json(await run_in_threadpool(service.fix, upload, rules, chosen, _date(request), **flags))

    @handled
    async def templates(request: Request) -> Response:
        return _json(await run_in_threadpool(service.templates_list))

    @handled
    async def render(request: Request) -> Response:
        body = await _body(request)
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            raise RequestError("Stuur de gegevens als JSON: {\"sjabloon\": …, \"gegevens\": {…}}.") from None
        if not isinstance(data, dict) or not isinstance(data.get("sjabloon"), str) or not isinstance(data.get("gegevens", {}), dict):
            raise RequestError("Stuur de gegevens als JSON: {\"sjabloon\": …, \"gegevens\": {…}}.")
        when = data.get("datum")
        try:
            when = dt.date.fromisoformat(when) if when else None
        except (TypeError, ValueError):
            raise RequestError(f"'{when}' is geen datum. Schrijf de datum zo: 2027-03-01.") from None
        kind = data.get("formaat", "md")
        answer = await run_in_threadpool(service.render, data["sjabloon"], data.get("gegevens", {}), when, kind)
        if kind == "docx" and request.query_params.get("download") in ("1", "ja"):
            return Response(
                base64.b64decode(answer["docx"]), media_type=DOCX,
                headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{data["sjabloon"]}.docx"'},
            )
        return _json(answer)

    routes = [
        Route("/", _page),
        Route("/api/regels", _rules),
        Route("/api/check", check, methods=["POST"]),
        Route("/api/opmerkingen", comments, methods=["POST"]),
        Route("/api/fix", fix, methods=["POST"]),
        Route("/api/templates", templates),
        Route("/api/render", render, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    routes += languagetool.routes(service)  # LanguageTool's API, for editors (web/languagetool.py)
    return Starlette(routes=routes, exception_handlers={404: _not_found, 405: _method_not_allowed})


async def _not_found(request: Request, exc) -> Response:
    return _error("Deze pagina bestaat niet.", 404)


async def _method_not_allowed(request: Request, exc) -> Response:
    return _error("Dit kan zo niet: gebruik POST voor /api/check, /api/fix, /api/opmerkingen en /api/render.", 405)


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def bind_host(host: str | None) -> tuple[str, str | None]:
    """(the address to listen on, a warning or None). Without --host only
    this computer can reach the page; another address is used only when the
    user asks for it, and then with a warning."""
    if host is None:
        return "127.0.0.1", None
    if host in LOCAL_HOSTS:
        return host, None
    return host, (
        f"Let op: met --host {host} kunnen andere computers de pagina openen en de brieven lezen "
        "die u controleert. Gebruik dit alleen op een netwerk dat u vertrouwt."
    )


class LocalOnly:
    """ASGI middleware: answer only requests whose Host is this computer (or the
    --host the user gave), so that a web page elsewhere that points its name at
    127.0.0.1 (DNS rebinding) cannot use the page; and send CORS headers only
    for the origins the user allows (--allow-origin, as LanguageTool's own
    server has)."""

    def __init__(self, app, hosts: tuple[str, ...] = LOCAL_HOSTS, origins: tuple[str, ...] = ()) -> None:
        self.app = app
        self.hosts = {h.strip("[]").lower() for h in hosts}
        self.origins = set(origins)

    @staticmethod
    def _host(headers: dict[bytes, bytes]) -> str:
        raw = headers.get(b"host", b"").decode("latin-1").strip().lower()
        if raw.startswith("["):
            return raw[1 : raw.find("]")] if "]" in raw else raw
        return raw.rsplit(":", 1)[0] if raw.count(":") == 1 else raw

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if self._host(headers) not in self.hosts:
            await _error("Deze pagina is alleen te openen op deze computer (127.0.0.1 of localhost).", 403)(scope, receive, send)
            return
        origin = headers.get(b"origin", b"").decode("latin-1")
        if origin and origin in self.origins:
            if scope["method"] == "OPTIONS":
                await Response(status_code=204, headers=_cors(origin))(scope, receive, send)
                return

            async def send_with_cors(message) -> None:
                if message["type"] == "http.response.start":
                    message["headers"] = list(message.get("headers", [])) + [(k.encode(), v.encode()) for k, v in _cors(origin).items()]
                await send(message)

            await self.app(scope, receive, send_with_cors)
            return
        await self.app(scope, receive, send)


def _cors(origin: str) -> dict[str, str]:
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type",
        "Vary": "Origin",
    }


def protect(app, host: str | None = None, origins: tuple[str, ...] = ()):
    """The app as `serve` runs it: local host names (and the --host given) only."""
    hosts = LOCAL_HOSTS + ((host,) if host and host not in LOCAL_HOSTS else ())
    return LocalOnly(app, hosts, origins)
