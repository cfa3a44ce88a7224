"""LanguageTool's HTTP API on `begrijpelijk serve` (web/languagetool.py): the
answers in LanguageTool's shape, offsets in UTF-16 of the client's text (with
its markup for annotated text), errors as plain Dutch text with status 400,
and a real LanguageTool client (language_tool_python) against a real server."""
from __future__ import annotations

import json
import socket
import threading
import time

import pytest
from starlette.testclient import TestClient

import begrijpelijk
from begrijpelijk.web.app import create_app, protect
from begrijpelijk.web.service import Service

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

LETTER = (
    "Geachte heer De Vries,\n\n"
    "Indien u vragen heeft over uw aanvraag, kunt u ons bellen. "
    "Wij sturen u deze brief teneinde u te helpen.\n\n"
    "Met vriendelijke groet,\n\nAnna de Boer"
)


@pytest.fixture(scope="module")
def service():
    """One Service for the module: the language model loads once."""
    return Service()


@pytest.fixture(scope="module")
def client(service):
    return TestClient(create_app(service), base_url="http://127.0.0.1:8000")


def check(client, **fields):
    answer = client.post("/v2/check", data={"language": "nl-NL", **fields})
    assert answer.status_code == 200, answer.text
    return answer.json()


def utf16_slice(text: str, offset: int, length: int) -> str:
    return text.encode("utf-16-le")[2 * offset : 2 * (offset + length)].decode("utf-16-le")


def by_rule(answer: dict, rule: str) -> list[dict]:
    return [m for m in answer["matches"] if m["rule"]["id"] == rule]


def test_form_encoded_text_gets_languagetools_answer(client):
    answer = check(client, text=LETTER)
    assert answer["software"]["name"] == "begrijpelijk"
    assert answer["software"]["version"] == begrijpelijk.__version__ and answer["software"]["apiVersion"] == 1
    assert answer["language"]["code"] == "nl-NL" and answer["language"]["name"] == "Dutch"
    assert answer["language"]["detectedLanguage"] == {"name": "Dutch", "code": "nl-NL", "confidence": 1.0}
    indien = next(m for m in answer["matches"] if LETTER[m["offset"] : m["offset"] + m["length"]] == "Indien")
    assert indien["rule"] == {
        "id": "jargon",
        "description": indien["rule"]["description"],
        "issueType": "style",
        "category": {"id": "BEGRIJPELIJK", "name": "Begrijpelijk schrijven"},
    }
    assert "ambtelijke taal" in indien["message"] and indien["shortMessage"] == "Ambtelijk woord"
    assert indien["replacements"] == [{"value": "Als"}]
    assert indien["type"] == {"typeName": "Other"}
    assert indien["sentence"].startswith("Indien u vragen heeft")
    context = indien["context"]
    assert context["text"][context["offset"] : context["offset"] + context["length"]] == "Indien"
    assert "\n" not in context["text"] and context["text"].endswith("...")
    assert all(m["rule"]["issueType"] != "misspelling" for m in answer["matches"])
    offsets = [m["offset"] for m in answer["matches"]]
    assert offsets == sorted(offsets)


def test_query_parameters_and_get_work_too(client):
    via_query = client.post("/v2/check", params={"language": "nl", "text": LETTER})
    via_get = client.get("/v2/check", params={"language": "nl", "text": LETTER})
    via_form = check(client, text=LETTER)
    assert via_query.status_code == via_get.status_code == 200
    assert via_query.json()["matches"] == via_get.json()["matches"] == via_form["matches"]


def test_multipart_fields_are_read(client):
    answer = client.post("/v2/check", files={"text": (None, LETTER), "language": (None, "nl-BE")})
    assert answer.status_code == 200
    assert answer.json()["language"]["code"] == "nl-BE" and by_rule(answer.json(), "jargon")


def test_utf16_offsets_count_an_emoji_twice(client):
    text = "Hallo 🙂, dit is een café 🙂.\n\nIndien u wilt, bellen wij u teneinde het uit te leggen. 🙂 Dag."
    answer = check(client, text=text)
    words = {utf16_slice(text, m["offset"], m["length"]) for m in by_rule(answer, "jargon")}
    assert {"Indien", "teneinde"} <= words
    teneinde = next(m for m in answer["matches"] if utf16_slice(text, m["offset"], m["length"]) == "teneinde")
    # in code points the offset would be 2 less: two emoji before it
    assert teneinde["offset"] == text.index("teneinde") + 2
    context = teneinde["context"]
    assert utf16_slice(context["text"], context["offset"], context["length"]) == "teneinde"
    assert teneinde["replacements"] == [{"value": "om"}]


def test_windows_line_breaks_keep_the_offsets(client):
    text = LETTER.replace("\n", "\r\n")
    answer = check(client, text=text)
    words = {text[m["offset"] : m["offset"] + m["length"]] for m in by_rule(answer, "jargon")}
    assert {"Indien", "teneinde"} <= words


def annotation(*parts) -> tuple[str, str]:
    """(the data field, the original text: text and markup together)."""
    data = {"annotation": [dict(p) for p in parts]}
    original = "".join(p.get("text", p.get("markup", "")) for p in parts)
    return json.dumps(data, ensure_ascii=False), original


def test_annotated_text_as_libreoffice_and_ltex_send_it(client):
    data, original = annotation(
        {"markup": "<p>"},
        {"text": "Geachte heer De Vries,"},
        {"markup": "</p>\n<p class=\"body\">", "interpretAs": "\n\n"},
        {"markup": '<img alt="🙂"/>'},  # markup counts in the offsets, in UTF-16
        {"text": "Wij sturen u deze brief "},
        {"markup": "<b>"},
        {"text": "teneinde"},
        {"markup": "</b>"},
        {"text": " u te helpen. "},
        {"markup": "<br/>", "interpretAs": "\n"},
        {"text": "Indien u vragen heeft, belt u ons."},
        {"markup": "</p>"},
    )
    answer = check(client, data=data)
    found = {utf16_slice(original, m["offset"], m["length"]): m for m in by_rule(answer, "jargon")}
    assert {"teneinde", "Indien"} <= set(found)
    assert found["teneinde"]["replacements"] == [{"value": "om"}]
    context = found["teneinde"]["context"]
    assert utf16_slice(context["text"], context["offset"], context["length"]) == "teneinde"
    # the sentence is the checked text: markup read as interpretAs, or as nothing
    assert "<b>" not in found["teneinde"]["sentence"] and "teneinde" in found["teneinde"]["sentence"]


def test_markup_inside_a_finding_gets_no_replacement(client):
    data, original = annotation(
        {"text": "Ind"},
        {"markup": "<i/>"},
        {"text": "ien u vragen heeft, belt u ons."},
    )
    answer = check(client, data=data)
    indien = next(m for m in by_rule(answer, "jargon") if "Ind" in utf16_slice(original, m["offset"], m["length"]))
    assert utf16_slice(original, indien["offset"], indien["length"]) == "Ind<i/>ien"
    assert indien["replacements"] == []  # an editor would remove the markup: no sure suggestion


def test_positions_map_back_through_markup_and_line_breaks():
    from begrijpelijk.web.languagetool import Text

    text = Text()
    text.add_text("\ufeffAb\r\n")
    text.add_markup("<br/>", "\r\n")
    text.add_markup("<b>", "")
    text.add_text("cd")
    text.done()
    assert text.checked == "Ab\n\ncd" and text.original == "\ufeffAb\r\n<br/><b>cd"
    assert (text.start(0), text.end(2)) == (1, 3)  # "Ab" after the byte order mark
    assert (text.start(4), text.end(6)) == (13, 15)  # "cd" after the markup
    assert (text.start(2), text.end(4)) == (3, 10)  # the two line breaks: "\r\n<br/>"
    assert (text.start(3), text.end(3)) == (5, 5)  # inside markup: its start, and the end of the line break before it


def test_enabled_rules_with_enabled_only(client):
    text = "Indien u de aanvraag die u bij ons hebt ingediend en die nog niet compleet is, wilt aanvullen met de loonstroken van de afgelopen drie maanden en een kopie van uw identiteitsbewijs, kunt u ons bellen."
    everything = check(client, text=text)
    assert by_rule(everything, "jargon") and by_rule(everything, "lange-zin")
    only = check(client, text=text, enabledRules="lange-zin,WHITESPACE_RULE", enabledOnly="true")
    assert {m["rule"]["id"] for m in only["matches"]} == {"lange-zin"}
    none = check(client, text=text, enabledRules="WHITESPACE_RULE", enabledOnly="true")
    assert none["matches"] == []


def test_enabled_rules_and_picky_switch_on_rules_that_are_off_by_default(client):
    text = "Het indienen van een aanvraag kan via de website."
    assert not by_rule(check(client, text=text), "naamwoordstijl")
    assert by_rule(check(client, text=text, enabledRules="naamwoordstijl"), "naamwoordstijl")
    assert by_rule(check(client, text=text, level="picky"), "naamwoordstijl")


def test_disabled_rules(client):
    answer = check(client, text=LETTER, disabledRules="jargon,UPPERCASE_SENTENCE_START")
    assert not by_rule(answer, "jargon")
    assert by_rule(check(client, text=LETTER), "jargon")
    assert check(client, text=LETTER, disabledCategories="BEGRIJPELIJK")["matches"] == []


def test_empty_text_gets_no_matches(client):
    assert check(client, text="")["matches"] == []
    assert check(client, text=" \n\n ")["matches"] == []


@pytest.mark.parametrize(
    "fields, words",
    [
        ({"language": "en-US", "text": "Hallo."}, "alleen Nederlands"),
        ({"language": "de", "text": "Hallo."}, "'de'"),
        ({"text": "Hallo."}, "geen taal"),
        ({"language": "nl-NL"}, "geen tekst"),
        ({"language": "nl-NL", "text": "Hallo.", "data": "{}"}, "niet allebei"),
        ({"language": "nl-NL", "data": "geen json"}, "geen goede JSON"),
        ({"language": "nl-NL", "data": '{"annotation": [{"text": "a", "markup": "b"}]}'}, "niet allebei"),
        ({"language": "nl-NL", "text": "Hallo.", "enabledOnly": "true"}, "enabledRules"),
        ({"language": "nl-NL", "text": "Hallo.", "level": "extreem"}, "default of picky"),
    ],
)
def test_errors_are_plain_dutch_text_with_status_400(client, fields, words):
    answer = client.post("/v2/check", data=fields)
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("text/plain")
    assert words in answer.text


def test_languages(client):
    languages = client.get("/v2/languages").json()
    assert {"name": "Dutch", "code": "nl", "longCode": "nl-NL"} in languages
    assert {item["longCode"] for item in languages} == {"nl-NL", "nl-BE"}


def test_every_rule_has_a_short_message():
    from begrijpelijk.rules import registry
    from begrijpelijk.web.languagetool import SHORT_MESSAGES

    assert set(registry()) <= set(SHORT_MESSAGES)


def test_a_foreign_host_is_refused(service):
    app = protect(create_app(service))
    evil = TestClient(app, base_url="http://evil.example:8000").post("/v2/check", data={"language": "nl", "text": LETTER})
    assert evil.status_code == 403
    local = TestClient(app, base_url="http://localhost:8000").post("/v2/check", data={"language": "nl", "text": LETTER})
    assert local.status_code == 200


def test_cors_only_for_an_allowed_origin(service):
    client = TestClient(protect(create_app(service), None, ("https://example.org",)), base_url="http://127.0.0.1:8000")
    fields = {"language": "nl", "text": LETTER}
    allowed = client.post("/v2/check", data=fields, headers={"Origin": "https://example.org"})
    assert allowed.status_code == 200 and allowed.headers["access-control-allow-origin"] == "https://example.org"
    other = client.post("/v2/check", data=fields, headers={"Origin": "https://elders.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options(
        "/v2/check", headers={"Origin": "https://example.org", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    )
    assert preflight.status_code == 204 and "POST" in preflight.headers["access-control-allow-methods"]
    assert preflight.headers["access-control-allow-origin"] == "https://example.org"
    error = client.post("/v2/check", data={"text": "Hallo."}, headers={"Origin": "https://example.org"})
    assert error.status_code == 400 and error.headers["access-control-allow-origin"] == "https://example.org"


# ── a real client against a real server ────────────────────────────────


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_url(service):
    """`begrijpelijk serve` as it runs (protect(create_app)), with uvicorn in a thread on a free port."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(protect(create_app(service)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)
        assert not thread.is_alive(), "the server did not stop"


def test_language_tool_python_reads_the_answer(server_url, monkeypatch):
    language_tool_python = pytest.importorskip("language_tool_python")
    from language_tool_python import download_lt, server

    def no_download(*args, **kwargs):
        raise AssertionError("language_tool_python tried to download LanguageTool")

    # with remote_server it needs neither Java nor a download; make sure of it (version 3, and version 2)
    if hasattr(download_lt, "LocalLanguageTool"):
        monkeypatch.setattr(download_lt.LocalLanguageTool, "download", no_download)
    for module in (download_lt, server):
        if hasattr(module, "download_lt"):
            monkeypatch.setattr(module, "download_lt", no_download)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    text = "Hallo 🙂 en café.\n\nIndien u vragen heeft, bellen wij u teneinde het uit te leggen."
    tool = language_tool_python.LanguageTool("nl-NL", remote_server=server_url)
    try:
        found = tool.check(text)
    finally:
        tool.close()
    jargon = {}
    for match in found:
        # names of version 3 (rule_id, error_length), else of version 2 (ruleId, errorLength)
        rule_id = getattr(match, "rule_id", None) or getattr(match, "ruleId")
        length = getattr(match, "error_length", None) or getattr(match, "errorLength")
        # language_tool_python turns LanguageTool's UTF-16 offsets back into Python's
        jargon[text[match.offset : match.offset + length]] = (rule_id, match)
    assert jargon["Indien"][0] == "jargon" and jargon["Indien"][1].replacements == ["Als"]
    assert jargon["teneinde"][0] == "jargon" and jargon["teneinde"][1].replacements == ["om"]
    assert jargon["Indien"][1].offset == text.index("Indien")
