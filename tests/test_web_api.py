"""The JSON API of `begrijpelijk serve`: the same contracts as the command line,
errors as {"fout": …} in Dutch, the same limits, and only localhost by default."""
from __future__ import annotations

import base64
import io
import json
import os
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from begrijpelijk.cli.main import app as cli_app
from begrijpelijk.web.app import bind_host, create_app

EXAMPLES = Path(__file__).parent.parent / "examples"
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app())


def cli_json(path: Path, *flags: str) -> dict:
    result = CliRunner().invoke(cli_app, ["check", str(path), "--format", "json", "--geen-config", *flags])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def upload(client, path: Path, url: str = "/api/check", **kwargs):
    with open(path, "rb") as f:
        return client.post(url, files={"bestand": (path.name, f.read())}, **kwargs)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir()))
def test_api_check_equals_the_cli_json(client, name):
    expected = cli_json(EXAMPLES / name)
    answer = upload(client, EXAMPLES / name)
    assert answer.status_code == 200
    got = answer.json()
    # the CLI names the file as it was given, the page by its name
    assert got["files"][0]["path"] == name
    got["files"][0]["path"] = expected["files"][0]["path"]
    assert got == expected


def test_api_check_takes_options_like_the_cli(client):
    path = EXAMPLES / "bureaucratisch.txt"
    expected = cli_json(path, "--niveau", "B2", "--aan", "passief", "--uit", "jargon")
    got = upload(client, path, params=[("niveau", "B2"), ("aan", "passief"), ("uit", "jargon")]).json()
    got["files"][0]["path"] = expected["files"][0]["path"]
    assert got == expected
    assert "jargon" not in got["summary"]["per_rule"] and "passief" in got["summary"]["per_rule"]


def test_pasted_text_is_checked_and_carries_its_text_when_asked(client):
    text = (EXAMPLES / "bureaucratisch.txt").read_text(encoding="utf8")
    answer = client.post("/api/check?met_tekst=ja", content=text.encode("utf8"), headers={"content-type": "text/plain"}).json()
    file = answer["files"][0]
    assert file["tekst"].strip() == text.strip()
    first = file["findings"][0]
    assert file["tekst"][first["start"] : first["end"]] == first["text"]


@pytest.mark.parametrize(
    "request_args, status, words",
    [
        ({"content": b"", "headers": {"content-type": "text/plain"}}, 400, "geen tekst"),
        ({"content": b"\xff\xfe\x00", "headers": {"content-type": "text/plain"}}, 400, "UTF-8"),
        ({"content": b"{}", "headers": {"content-type": "application/json"}}, 415, "text/plain"),
        ({"content": b"x" * (6 * 1024 * 1024), "headers": {"content-type": "text/plain"}}, 413, "5 MB"),
        ({"files": {"bestand": ("brief.exe", b"MZ")}}, 400, "brief.exe"),
        ({"files": {"bestand": ("brief.docx", b"geen zip")}}, 400, "brief.docx"),
        ({"files": {"ander": ("brief.txt", b"Hallo")}}, 400, "bestand"),
    ],
)
def test_bad_input_gets_a_dutch_error(client, request_args, status, words):
    answer = client.post("/api/check", **request_args)
    assert answer.status_code == status
    assert words in answer.json()["fout"]


def test_bad_options_get_a_dutch_error(client):
    text = {"content": "Hallo.".encode(), "headers": {"content-type": "text/plain"}}
    assert "C1" in client.post("/api/check?niveau=C1", **text).json()["fout"]
    assert "bestaat niet" in client.post("/api/check?uit=geen-regel", **text).json()["fout"]
    answer = client.post("/api/check?kleur=rood", **text)
    assert answer.status_code == 400 and "kleur" in answer.json()["fout"]
    assert client.get("/api/check").status_code == 405
    assert client.get("/api/bestaat-niet").json() == {"fout": "Deze pagina bestaat niet."}


def test_a_docx_zip_bomb_is_refused(client, tmp_path):
    bomb = io.BytesIO()
    with zipfile.ZipFile(EXAMPLES / "bureaucratisch.docx") as original, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"</w:body>", b"<!--" + b" " * (60 * 1024 * 1024) + b"--></w:body>")
            out.writestr(item, data)
    answer = client.post("/api/check", files={"bestand": ("bom.docx", bomb.getvalue())})
    assert answer.status_code == 400 and "bom.docx" in answer.json()["fout"]


def test_fix_proposes_then_makes_only_the_chosen_changes(client):
    text = (EXAMPLES / "bureaucratisch.txt").read_bytes()
    plain = {"content": text, "headers": {"content-type": "text/plain"}}
    offered = client.post("/api/fix?voorstel=ja", **plain).json()
    assert offered["veranderingen"] == [] and len(offered["voorstellen"]) >= 5
    assert offered["tekst"] == text.decode("utf8")
    chosen = offered["voorstellen"][0]
    made = client.post("/api/fix", params={"kies": chosen["id"]}, **plain).json()
    assert [c["id"] for c in made["veranderingen"]] == [chosen["id"]]
    assert chosen["na"] in made["tekst"] and "+" in made["diff"]
    everything = client.post("/api/fix", **plain).json()
    assert len(everything["veranderingen"]) >= len(offered["voorstellen"])


def test_fix_of_a_docx_returns_a_docx(client):
    answer = upload(client, EXAMPLES / "bureaucratisch.docx", url="/api/fix").json()
    assert answer["veranderingen"]
    fixed = docx.Document(io.BytesIO(base64.b64decode(answer["docx"])))
    text = "\n".join(p.text for p in fixed.paragraphs)
    assert answer["veranderingen"][0]["na"] in text


def test_word_copy_with_comments(client):
    answer = upload(client, EXAMPLES / "bureaucratisch.docx", url="/api/opmerkingen")
    assert answer.status_code == 200 and "opmerkingen.docx" in answer.headers["content-disposition"]
    with zipfile.ZipFile(io.BytesIO(answer.content)) as z:
        assert z.read("word/comments.xml").count(b"<w:comment ") >= 10
    docx.Document(io.BytesIO(answer.content))
    refused = upload(client, EXAMPLES / "bureaucratisch.txt", url="/api/opmerkingen")
    assert refused.status_code == 400 and ".docx" in refused.json()["fout"]


def test_templates_and_render(client):
    templates = client.get("/api/templates").json()
    assert {t["naam"] for t in templates} >= {"betalingsherinnering", "besluit-uitkering"}
    for template in templates:
        assert template["velden"] and all({"naam", "type", "verplicht", "uitleg", "voorbeeld"} <= set(f) for f in template["velden"])
        data = {f["naam"]: f["voorbeeld"] for f in template["velden"] if f["voorbeeld"] is not None}
        answer = client.post("/api/render", json={"sjabloon": template["naam"], "gegevens": data, "datum": "2027-03-01", "formaat": "docx"})
        assert answer.status_code == 200, answer.json()
        body = answer.json()
        assert body["controle"]["files"][0]["scores"]["words"] > 30
        docx.Document(io.BytesIO(base64.b64decode(body["docx"])))


def test_render_gives_a_message_per_field(client):
    answer = client.post("/api/render", json={"sjabloon": "betalingsherinnering", "gegevens": {"bedrag": "veel"}})
    assert answer.status_code == 422
    fields = answer.json()["velden"]
    assert "bedrag" in fields and "125,50" in fields["bedrag"]
    assert any("ontbreekt" in message for message in fields.values())
    assert client.post("/api/render", content=b"geen json").status_code == 400
    missing = client.post("/api/render", json={"sjabloon": "bestaat-niet", "gegevens": {}})
    assert missing.status_code == 400 and "bestaat-niet" in missing.json()["fout"]


def test_the_page_loads_nothing_from_elsewhere(client):
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/app.css"):
        text = client.get(asset).text
        assert "http://" not in text and "https://" not in text
    assert "http" not in page.text.replace('lang="nl"', "")


def test_only_localhost_unless_asked():
    assert bind_host(None) == ("127.0.0.1", None)
    assert bind_host("localhost")[1] is None
    host, warning = bind_host("0.0.0.0")
    assert host == "0.0.0.0" and "andere computers" in warning


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _listening(port: int) -> set[str]:
    """The addresses that listen on ``port``, from /proc/net/tcp."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if int(hex_port, 16) == port and state == "0A":
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


def _serve(*args: str) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "begrijpelijk", "serve", *args], stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    lines = []
    deadline = time.time() + 120
    while time.time() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if "klaar op" in line or process.poll() is not None:
            break
    return process, "".join(lines)


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="alleen op Linux kan de test zien op welk adres de server luistert")
def test_serve_listens_on_localhost_only_by_default():
    port = _free_port("127.0.0.1")
    process, said = _serve("--port", str(port))
    try:
        assert f"http://127.0.0.1:{port}/" in said and "Let op" not in said
        time.sleep(0.5)
        assert _listening(port) == {"127.0.0.1"}
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            s.sendall(b"GET /api/templates HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            assert b"200 OK" in s.recv(100)
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="alleen op Linux kan de test zien op welk adres de server luistert")
def test_serve_on_another_address_only_with_host_and_a_warning():
    port = _free_port("127.0.0.2")
    process, said = _serve("--port", str(port), "--host", "127.0.0.2")
    try:
        assert "Let op" in said and "127.0.0.2" in said
        time.sleep(0.5)
        assert _listening(port) == {"127.0.0.2"}
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_port_in_use_gets_a_dutch_sentence():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "begrijpelijk", "serve", "--port", str(port)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "Kies een andere poort" in result.stderr and "Traceback" not in result.stderr


def test_a_wrong_date_gets_the_same_sentence_everywhere(client, tmp_path):
    """fix --datum, render --datum, the page's ?datum= and the option
    vage-termijn.datum read a date in one way, with one Dutch sentence."""
    from conftest import EXAMPLES, cli

    sentence = "'2027-13-01' is geen datum"
    letter = str(EXAMPLES / "bureaucratisch.txt")
    for args in (
        ("fix", letter, "--datum", "2027-13-01"),
        ("render", "uitnodiging-schuldhulp", "--voorbeeld", "--datum", "2027-13-01"),
        ("check", letter, "--optie", "vage-termijn.datum=2027-13-01"),
    ):
        result = cli(*args)
        assert result.returncode == 2 and sentence in result.stderr.decode(), args
    answer = client.post("/api/fix", params={"datum": "2027-13-01"}, content="Betaal binnen 14 dagen.", headers={"content-type": "text/plain"})
    assert answer.status_code == 400 and sentence in answer.json()["fout"]


def test_a_rule_that_cannot_fix_gets_the_same_sentence_everywhere(client):
    """fix --alleen and the page's ?alleen= check the rules in one place (fix_settings)."""
    from conftest import cli

    sentence = "Deze regels kan begrijpelijk niet verbeteren: passief."
    result = cli("fix", EXAMPLES / "bureaucratisch.txt", "--alleen", "jargon,passief")
    assert result.returncode == 2 and sentence in result.stderr.decode()
    answer = client.post("/api/fix", params={"alleen": "passief"}, content="Uw aanvraag wordt behandeld.", headers={"content-type": "text/plain"})
    assert answer.status_code == 400 and sentence in answer.json()["fout"]


def test_only_local_host_names_are_answered():
    """Issue 35: a page elsewhere that points its name at 127.0.0.1 (DNS rebinding) gets nothing."""
    from begrijpelijk.web.app import create_app, protect

    app = protect(create_app())
    local = TestClient(app, base_url="http://127.0.0.1:8000")
    assert local.get("/api/regels").status_code == 200
    assert TestClient(app, base_url="http://localhost:8000").get("/api/regels").status_code == 200
    evil = TestClient(app, base_url="http://evil.example:8000").get("/api/regels")
    assert evil.status_code == 403 and "alleen te openen op deze computer" in evil.json()["fout"]
    given = TestClient(protect(create_app(), host="192.168.1.5"), base_url="http://192.168.1.5:8000")
    assert given.get("/api/regels").status_code == 200


def test_cors_only_for_allowed_origins():
    from begrijpelijk.web.app import create_app, protect

    app = protect(create_app(), origins=("https://intranet.example",))
    client = TestClient(app, base_url="http://127.0.0.1:8000")
    allowed = client.get("/api/regels", headers={"Origin": "https://intranet.example"})
    assert allowed.headers.get("access-control-allow-origin") == "https://intranet.example"
    other = client.get("/api/regels", headers={"Origin": "https://elders.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options("/api/check", headers={"Origin": "https://intranet.example", "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 204 and preflight.headers["access-control-allow-methods"].startswith("GET, POST")
