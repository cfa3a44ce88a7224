// begrijpelijk: the page. Talks only to this server (/api/...).
// The server draws the letter with its highlights (escaped HTML); this file only inserts it.
"use strict";

const $ = (id) => document.getElementById(id);
const state = { file: null, report: null, view: null, text: "", options: "", fixed: null, fixedText: null, rules: {}, templates: [], seq: 0 };

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("data-") || key.startsWith("aria-") || key === "role" || key === "for" || key === "tabindex") node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

async function answerOf(response) {
  const kind = response.headers.get("content-type") || "";
  if (kind.includes("application/json")) {
    const data = await response.json();
    if (!response.ok) {
      const error = new Error(data.fout || "Er ging iets mis.");
      error.fields = data.velden || null;
      throw error;
    }
    return data;
  }
  if (!response.ok) throw new Error("Er ging iets mis (" + response.status + ").");
  return response.blob();
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fromBase64(text, type) {
  const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

// "1 melding", "2 meldingen"
const amount = (n, one, many) => n + " " + (n === 1 ? one : many);
const decimal = (n, digits = 1) => n.toLocaleString("nl-NL", { maximumFractionDigits: digits });
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const SEVERITY = { fout: "✖", waarschuwing: "▲", suggestie: "●" };

function severityBadge(severity) {
  return el("span", { class: "ernst " + severity }, el("span", { "aria-hidden": "true", text: SEVERITY[severity] + " " }), severity);
}

// ── tabs ──────────────────────────────────────────────────────────────
function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const select = (tab) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute("aria-selected", on);
      t.tabIndex = on ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !on;
    }
    tab.focus();
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (event) => {
      if (event.key === "ArrowRight") select(tabs[(i + 1) % tabs.length]);
      if (event.key === "ArrowLeft") select(tabs[(i - 1 + tabs.length) % tabs.length]);
    });
  });
}

// ── the letter: pasted or a file ──────────────────────────────────────
function setFile(file) {
  state.file = file;
  $("bestandsnaam").textContent = file ? "Gekozen: " + file.name + ". De geplakte tekst telt nu niet." : "";
  $("download-word").hidden = !(file && file.name.toLowerCase().endsWith(".docx"));
}

function setupInput() {
  $("bestand").addEventListener("change", (event) => setFile(event.target.files[0] || null));
  $("brief").addEventListener("input", () => {
    if (state.file) { setFile(null); $("bestand").value = ""; }
  });
  const zone = $("sleepvak");
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("erboven"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("erboven"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("erboven");
    if (event.dataTransfer.files.length) setFile(event.dataTransfer.files[0]);
  });
}

function upload() {
  // the body of a request: the file as multipart, or the text as text/plain
  if (state.file) {
    const form = new FormData();
    form.append("bestand", state.file, state.file.name);
    return { body: form, headers: {} };
  }
  return { body: $("brief").value, headers: { "Content-Type": "text/plain; charset=utf-8" } };
}

// ── controls (the rules) and level ────────────────────────────────────
async function loadRules() {
  const rules = await answerOf(await fetch("/api/regels"));
  const box = $("regels");
  for (const rule of rules) {
    state.rules[rule.id] = rule;
    const input = el("input", { type: "checkbox", id: "regel-" + rule.id, value: rule.id, checked: rule.standaard });
    input.dataset.standaard = rule.standaard;
    box.append(el("span", { class: "regel" }, input, " ", el("label", { for: input.id, text: rule.titel + ": " + rule.uitleg })));
  }
}

function query(extra = {}) {
  const params = new URLSearchParams();
  params.set("niveau", $("niveau").value);
  for (const input of document.querySelectorAll("#regels input")) {
    const standard = input.dataset.standaard === "true";
    if (input.checked && !standard) params.append("aan", input.value);
    if (!input.checked && standard) params.append("uit", input.value);
  }
  for (const [key, value] of Object.entries(extra)) {
    for (const v of [].concat(value)) params.append(key, v);
  }
  return params.toString();
}

// ── check ─────────────────────────────────────────────────────────────
// how: "nieuw" (the button: focus to the verdict), "typen" (while editing: focus stays), "fix"
async function check(event, how = "nieuw") {
  if (event) event.preventDefault();
  $("fout").textContent = "";
  if (!state.file && !$("brief").value.trim()) {
    $("fout").textContent = "Plak eerst een brief, of kies een bestand.";
    $("brief").focus();
    return false;
  }
  if (how === "nieuw" && (state.file || $("brief").value !== state.fixedText)) forgetFix();
  const seq = ++state.seq;
  if (how !== "typen") $("status").textContent = "Bezig met controleren …";
  $("controleer").disabled = true;
  try {
    const { body, headers } = upload();
    const options = query();
    const report = await answerOf(await fetch("/api/check?" + options + "&weergave=ja", { method: "POST", body, headers }));
    if (seq !== state.seq) return false; // an older answer: the letter changed since
    state.options = options; // the proposals and the fixes use the options of this check
    const file = report.files[0];
    if (file.error) throw new Error(file.error);
    state.report = report;
    showReport(file, how === "typen");
    await loadProposals();
    if (how !== "fix") $("status").textContent = (how === "typen" ? "Opnieuw gecontroleerd: " : "Klaar: ") + amount(file.findings.length, "melding", "meldingen") + ".";
    if (how === "nieuw") $("oordeel").focus();
    return true;
  } catch (error) {
    $("status").textContent = "";
    $("fout").textContent = error.message;
    return false;
  } finally {
    $("controleer").disabled = false;
  }
}

function showVerdict(target, scores) {
  const outcome = scores.oordeel || (scores.b1 ? "ja" : "nee");
  const words = { ja: "ja, de brief is op niveau", bijna: "bijna: nog één of twee dingen", nee: "nee, de brief is te moeilijk" };
  const icons = { ja: "✓ ", bijna: "▲ ", nee: "✖ " };
  target.textContent = icons[outcome] + scores.level + ": " + words[outcome];
  target.className = "oordeel " + outcome;
}

function showChecklist(list, checks) {
  // the titles and reasons come from the server (formatters/web_view.py)
  list.replaceChildren();
  for (const item of checks ? checks.controles : []) {
    list.append(el("li", { class: item.klasse, "data-teken": item.teken },
      el("strong", { text: item.titel + ": " }), item.reden,
      el("span", { class: "klein", text: " (" + item.woord + ")" })));
  }
}

function showScores(file) {
  const s = file.scores, view = file.weergave;
  $("redenen").replaceChildren(...view.redenen.map((r) => el("li", { text: r })));
  const hard = view.moeilijke_zinnen;
  const rows = [
    ["LiNT-score", s.lint === null ? "-" : s.lint.toFixed(0) + " (niveau " + (s.lint_level || "-") + " van 4)"],
    // shown on its scale of 0 to 100, like the command line; the JSON keeps the raw value
    ["Flesch-Douma", s.flesch_douma === null ? "-" : Math.min(100, Math.max(0, s.flesch_douma)).toFixed(0)],
    ["Woorden", String(s.words)],
    ["Zinnen", s.sentences + " (gemiddeld " + decimal(s.average_sentence_length) + " woorden)"],
    ["Moeilijke zinnen", hard + (view.heel_moeilijke_zinnen ? " (waarvan " + view.heel_moeilijke_zinnen + " heel moeilijk)" : "")],
    ["Woorden uit de B1-lijst", Math.round(s.b1_word_share * 100) + "%"],
    ["Passieve zinnen", Math.round(s.passive_share * 100) + "%"],
  ];
  $("scores").replaceChildren(...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
}

function showFirst(view) {
  const list = $("eerst-lijst");
  list.replaceChildren();
  if (!view.eerst.length) list.append(el("li", { text: "Niets: er zijn geen meldingen." }));
  for (const item of view.eerst) {
    list.append(el("li", {}, severityBadge(item.ernst), " ", el("strong", { text: item.titel }),
      " (" + amount(item.aantal, "keer", "keer") + "): " + item.uitleg));
  }
}

function showReport(file, typing) {
  $("uitslag").hidden = false;
  state.view = file.weergave;
  state.text = file.tekst || "";
  showVerdict($("oordeel-tekst"), file.scores);
  showScores(file);
  showFirst(file.weergave);
  const checks = file.weergave.checklist;
  $("checklist").hidden = !checks;
  $("stress-score").textContent = checks ? checks.score : "";
  showChecklist($("stress-lijst"), checks);
  Letter.show(file.weergave, typing);
}

// ── fixes ─────────────────────────────────────────────────────────────
function forgetFix() {
  state.fixed = null;
  state.fixedText = null;
  $("download-verbeterd").disabled = true;
  $("wijzigingen").hidden = true;
}

async function loadProposals() {
  const { body, headers } = upload();
  // the same options as the check: a control switched off proposes nothing
  const answer = await answerOf(await fetch("/api/fix?" + state.options + "&voorstel=ja", { method: "POST", body, headers }));
  const list = $("voorstellen");
  list.replaceChildren();
  if (!answer.voorstellen.length) {
    list.append(el("li", { text: "Er is niets dat begrijpelijk veilig kan verbeteren." }));
  }
  for (const change of answer.voorstellen) {
    const input = el("input", { type: "checkbox", checked: true, value: change.id, id: "voorstel-" + change.id });
    const title = (state.rules[change.regel] || {}).titel || change.regel;
    list.append(el("li", {}, input, " ",
      el("label", { for: input.id, text: "'" + change.voor + "' → '" + change.na + "' (" + title + ", op regel " + change.regelnummer + " van de brief)" })));
  }
  const n = answer.voorstellen.length;
  $("verbeter-alles").textContent = n ? "Verbeter alles (" + amount(n, "verandering", "veranderingen") + ")" : "Verbeter alles";
  $("verbeter-gekozen").disabled = $("verbeter-alles").disabled = !n;
}

function showComparison(rows) {
  const box = $("vergelijking");
  box.replaceChildren();
  for (const row of rows) {
    const before = el("div", { class: "voor" }, el("p", { class: "kant", text: "Voor" }), el("p", { class: "tekst" }));
    const after = el("div", { class: "na" }, el("p", { class: "kant", text: "Na" }), el("p", { class: "tekst" }));
    // the server escaped the text and marked the changed words with <del> and <ins>
    before.lastChild.innerHTML = row.voor;
    after.lastChild.innerHTML = row.na;
    box.append(el("div", { class: "paar" }, el("p", { class: "waar", text: "Op regel " + row.regelnummer + " van de brief" }), before, after));
  }
  $("wijzigingen").hidden = false;
}

async function fix(all) {
  $("fout").textContent = "";
  const boxes = [...document.querySelectorAll("#voorstellen input")];
  // "Verbeter alles" makes exactly the changes shown, no more
  const chosen = boxes.filter((i) => all || i.checked).map((i) => i.value);
  if (!chosen.length) {
    $("fout").textContent = "Vink eerst aan wat u wilt verbeteren.";
    return;
  }
  try {
    const { body, headers } = upload();
    const url = "/api/fix?" + state.options + "&" + new URLSearchParams(chosen.map((c) => ["kies", c])).toString();
    const answer = await answerOf(await fetch(url, { method: "POST", body, headers }));
    const name = state.file ? state.file.name : "brief.txt";
    state.fixed = answer.docx ? { blob: fromBase64(answer.docx, DOCX), name: name.replace(/(\.docx)$/i, "-verbeterd$1") }
      : { blob: null, name: name.replace(/(\.[a-z]+)?$/i, (m) => "-verbeterd" + (m || ".txt")) };
    // go on with the fixed letter: check it again
    if (state.file) setFile(new File([state.fixed.blob], state.file.name, { type: state.fixed.blob.type }));
    else $("brief").value = answer.tekst;
    state.fixedText = state.file ? null : answer.tekst;
    await check(null, "fix");
    showComparison(answer.vergelijking);
    $("download-verbeterd").disabled = false;
    $("status").textContent = amount(answer.veranderingen.length, "verandering", "veranderingen") + " gemaakt. De brief is opnieuw gecontroleerd.";
    $("wijzigingen-kop").focus();
  } catch (error) {
    $("fout").textContent = error.message;
  }
}

function downloadFixed() {
  if (!state.fixed) return;
  // pasted text: the letter as it is now, with the fixes and what was typed since
  const blob = state.fixed.blob || new Blob([$("brief").value], { type: "text/plain;charset=utf-8" });
  download(blob, state.fixed.name);
}

async function wordCopy() {
  try {
    const { body, headers } = upload();
    const blob = await answerOf(await fetch("/api/opmerkingen?" + query(), { method: "POST", body, headers }));
    download(blob, state.file.name.replace(/\.docx$/i, "") + "-opmerkingen.docx");
  } catch (error) {
    $("fout").textContent = error.message;
  }
}

function reportJson() {
  const copy = JSON.parse(JSON.stringify(state.report));
  for (const file of copy.files) { delete file.tekst; delete file.weergave; }
  download(new Blob([JSON.stringify(copy, null, 2)], { type: "application/json" }), "begrijpelijk-rapport.json");
}

document.addEventListener("DOMContentLoaded", () => {
  setupTabs();
  setupInput();
  Letter.setup();
  $("controle-formulier").addEventListener("submit", (event) => check(event, "nieuw"));
  $("verbeter-gekozen").addEventListener("click", () => fix(false));
  $("verbeter-alles").addEventListener("click", () => fix(true));
  $("download-verbeterd").addEventListener("click", downloadFixed);
  $("download-word").addEventListener("click", wordCopy);
  $("download-json").addEventListener("click", reportJson);
  $("afdrukken").addEventListener("click", () => window.print());
  loadRules().catch((e) => { $("fout").textContent = e.message; });
  if (typeof setupTemplates === "function") setupTemplates();
});
