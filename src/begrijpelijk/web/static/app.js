// begrijpelijk: the page. Talks only to this server (/api/...).
"use strict";

const $ = (id) => document.getElementById(id);
const state = { file: null, report: null, fixed: null, templates: [] };

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

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

// ── rules and level ───────────────────────────────────────────────────
async function loadRules() {
  const rules = await answerOf(await fetch("/api/regels"));
  const box = $("regels");
  for (const rule of rules) {
    const input = el("input", { type: "checkbox", id: "regel-" + rule.id, value: rule.id, checked: rule.standaard });
    input.dataset.standaard = rule.standaard;
    box.append(el("span", { class: "regel" }, input, " ", el("label", { for: input.id, text: rule.id + ": " + rule.uitleg })));
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
async function check(event) {
  if (event) event.preventDefault();
  $("fout").textContent = "";
  if (!state.file && !$("brief").value.trim()) {
    $("fout").textContent = "Plak eerst een brief, of kies een bestand.";
    $("brief").focus();
    return;
  }
  $("status").textContent = "Bezig met controleren …";
  $("controleer").disabled = true;
  try {
    const { body, headers } = upload();
    const report = await answerOf(await fetch("/api/check?" + query({ met_tekst: "ja" }), { method: "POST", body, headers }));
    state.report = report;
    const file = report.files[0];
    if (file.error) throw new Error(file.error);
    showReport(file);
    await loadProposals();
    $("status").textContent = "Klaar: " + amount(file.findings.length, "melding", "meldingen") + ".";
  } catch (error) {
    $("status").textContent = "";
    $("fout").textContent = error.message;
  } finally {
    $("controleer").disabled = false;
  }
}

const CHECK_NAMES = {
  "dreigend-begin": "Begint niet met een dreiging",
  "geen-contact": "Noemt een contactpersoon met naam, nummer en tijden",
  "hoofdletters-uitroep": "Schreeuwt niet",
  "kern-eerst": "Begint met waar de brief over gaat",
  "positief-afsluiten": "Eindigt met hulp, niet met een dreiging",
  "te-lang": "Past op één bladzijde",
  "vage-termijn": "Noemt een echte datum",
  "stappen": "Zet wat de lezer moet doen in stappen",
  "schuld-toon": "Geeft de lezer niet de schuld",
  "actie-onduidelijk": "Zegt wat de lezer moet doen",
};

function showVerdict(target, scores) {
  const outcome = scores.oordeel || (scores.b1 ? "ja" : "nee");
  const words = { ja: "ja, de brief is op niveau", bijna: "bijna: nog één of twee dingen", nee: "nee, de brief is te moeilijk" };
  target.textContent = scores.level + ": " + words[outcome] + (outcome === "bijna" && scores.bijna ? " — " + scores.bijna.join(" ") : "");
  target.className = "oordeel " + outcome;
}

function showChecklist(list, stress) {
  list.replaceChildren();
  const looks = { ok: ["goed", "✓", "goed"], fail: ["niet", "✗", "niet goed"], nvt: ["nvt", "–", "geldt niet"] };
  for (const item of stress ? stress.checks : []) {
    const [cls, sign, word] = looks[item.outcome || (item.ok ? "ok" : "fail")];
    list.append(el("li", { class: cls, "data-teken": sign },
      el("strong", { text: (CHECK_NAMES[item.rule] || item.rule) + ": " }), item.reason,
      el("span", { class: "klein", text: " (" + word + ")" })));
  }
}

function showReport(file) {
  $("uitslag").hidden = false;
  const s = file.scores;
  showVerdict($("oordeel-tekst"), s);
  $("redenen").replaceChildren(...s.reasons.map((r) => el("li", { text: r })));
  const rows = [
    ["LiNT-score", s.lint === null ? "-" : s.lint.toFixed(0) + " (niveau " + (s.lint_level || "-") + " van 4)"],
    // shown on its scale of 0 to 100, like the command line; the JSON keeps the raw value
    ["Flesch-Douma", s.flesch_douma === null ? "-" : Math.min(100, Math.max(0, s.flesch_douma)).toFixed(0)],
    ["Woorden", String(s.words)],
    ["Zinnen", s.sentences + " (gemiddeld " + s.average_sentence_length + " woorden)"],
    ["Woorden uit de B1-lijst", Math.round(s.b1_word_share * 100) + "%"],
    ["Passieve zinnen", Math.round(s.passive_share * 100) + "%"],
  ];
  $("scores").replaceChildren(...rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })]));
  $("checklist").hidden = !file.stress;
  if (file.stress) {
    const n = file.stress.checks.length, counted = file.stress.applicable;
    $("stress-score").textContent = file.stress.score === null
      ? "Geen van de checks geldt voor deze tekst."
      : "Score: " + file.stress.score + " van 100" + (counted < n ? " (" + counted + " van de " + n + " checks gelden)." : ".");
  }
  showChecklist($("stress-lijst"), file.stress);
  showLetter($("brieftekst"), $("meldingen"), file.tekst || "", file.findings, "m");
}

function showLetter(box, list, text, findings, prefix) {
  // The text is cut at every start and end of a finding; each piece is marked
  // with the narrowest finding that covers it, so a word inside a long
  // sentence shows its own finding and the rest of the sentence the long one.
  box.replaceChildren();
  list.replaceChildren();
  const valid = findings.map((f, i) => ({ ...f, nr: i, id: prefix + "-melding-" + i }))
    .filter((f) => f.start >= 0 && f.end <= text.length && f.end > f.start);
  const items = {};
  for (const f of [...valid].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const item = el("li", { id: f.id, tabindex: "-1" },
      el("span", { class: "ernst " + f.severity, text: f.severity }), " ",
      el("span", { text: "regel " + f.line + ", " + f.rule + ": " }),
      el("q", { text: f.text }), " ",
      el("span", { text: f.message }),
      f.suggestion ? el("span", { class: "suggestie-tekst", text: " → " + f.suggestion }) : null);
    items[f.id] = item;
    list.append(item);
  }
  const cuts = [...new Set([0, text.length, ...valid.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  let open = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = valid.filter((f) => f.start <= a && f.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { box.append(piece); open = null; continue; }
    const f = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    if (open && open.dataset.melding === f.id) { open.append(piece); continue; }
    const mark = el("mark", { class: f.severity, tabindex: "0", title: f.message, "aria-describedby": f.id, text: piece });
    mark.dataset.melding = f.id;
    const item = items[f.id];
    const show = () => {
      for (const active of document.querySelectorAll(".actief")) active.classList.remove("actief");
      mark.classList.add("actief");
      item.classList.add("actief");
      item.scrollIntoView({ block: "nearest" });
    };
    mark.addEventListener("click", show);
    mark.addEventListener("keydown", (event) => { if (event.key === "Enter") show(); });
    box.append(mark);
    open = mark;
  }
}

// ── fixes ─────────────────────────────────────────────────────────────
async function loadProposals() {
  const { body, headers } = upload();
  const answer = await answerOf(await fetch("/api/fix?voorstel=ja", { method: "POST", body, headers }));
  const list = $("voorstellen");
  list.replaceChildren();
  $("diff").hidden = true;
  if (!answer.voorstellen.length) {
    list.append(el("li", { text: "Er is niets dat begrijpelijk veilig kan verbeteren." }));
  }
  for (const change of answer.voorstellen) {
    const input = el("input", { type: "checkbox", checked: true, value: change.id, id: "voorstel-" + change.id });
    list.append(el("li", {}, input, " ",
      el("label", { for: input.id, text: "regel " + change.regelnummer + ": '" + change.voor + "' → '" + change.na + "' (" + change.regel + ")" })));
  }
  $("verbeter-gekozen").disabled = $("verbeter-alles").disabled = !answer.voorstellen.length;
}

function showDiff(diff) {
  const box = $("diff");
  box.replaceChildren();
  for (const line of diff.split("\n")) {
    const kind = line.startsWith("+") && !line.startsWith("+++") ? "plus" : line.startsWith("-") && !line.startsWith("---") ? "min" : "";
    box.append(el("span", { class: kind, text: line + "\n" }));
  }
  box.hidden = !diff;
}

async function fix(all) {
  $("fout").textContent = "";
  const chosen = [...document.querySelectorAll("#voorstellen input:checked")].map((i) => i.value);
  if (!all && !chosen.length) {
    $("fout").textContent = "Vink eerst aan wat u wilt verbeteren.";
    return;
  }
  try {
    const { body, headers } = upload();
    const url = "/api/fix" + (all ? "" : "?" + new URLSearchParams(chosen.map((c) => ["kies", c])).toString());
    const answer = await answerOf(await fetch(url, { method: "POST", body, headers }));
    showDiff(answer.diff);
    const name = state.file ? state.file.name : "brief.txt";
    state.fixed = answer.docx ? { blob: fromBase64(answer.docx, DOCX), name: name.replace(/(\.docx)$/i, "-verbeterd$1") }
      : { blob: new Blob([answer.tekst], { type: "text/plain;charset=utf-8" }), name: name.replace(/(\.[a-z]+)?$/i, (m) => "-verbeterd" + (m || ".txt")) };
    $("download-verbeterd").disabled = false;
    // go on with the fixed letter: check it again
    if (state.file) setFile(new File([state.fixed.blob], state.file.name, { type: state.fixed.blob.type }));
    else $("brief").value = answer.tekst;
    const diff = answer.diff;
    await check();
    showDiff(diff);
    $("status").textContent = amount(answer.veranderingen.length, "verandering", "veranderingen") + " gemaakt. De brief is opnieuw gecontroleerd.";
  } catch (error) {
    $("fout").textContent = error.message;
  }
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
  for (const file of copy.files) delete file.tekst;
  download(new Blob([JSON.stringify(copy, null, 2)], { type: "application/json" }), "begrijpelijk-rapport.json");
}

// ── templates ─────────────────────────────────────────────────────────
const INPUT_TYPES = { datum: "date", tijd: "time", getal: "number", telefoon: "tel" };

function fieldInput(field) {
  const id = "veld-" + field.naam;
  if (field.type === "keuze") {
    const select = el("select", { id, name: field.naam });
    select.append(el("option", { value: "", text: "Kies …" }));
    for (const option of field.opties) select.append(el("option", { value: option, text: option }));
    return select;
  }
  if (field.type === "lijst" || field.type === "stappen") {
    return el("textarea", { id, name: field.naam, rows: 4 });
  }
  const input = el("input", { id, name: field.naam, type: INPUT_TYPES[field.type] || "text" });
  if (field.type === "bedrag") input.inputMode = "decimal";
  return input;
}

function exampleText(field) {
  const value = field.voorbeeld;
  if (value == null) return "";
  if (field.type === "stappen") return value.map((s) => (typeof s === "string" ? s : s.als ? "Als " + s.als + ", dan " + s.dan : s.actie)).join("\n");
  if (field.type === "lijst") return value.join("\n");
  if (field.type === "tijd" && typeof value === "number") return String(Math.floor(value / 60)).padStart(2, "0") + ":" + String(value % 60).padStart(2, "0");
  return String(value);
}

function showTemplate() {
  const template = state.templates.find((t) => t.naam === $("sjabloon").value);
  const form = $("sjabloon-formulier");
  form.replaceChildren();
  $("sjabloon-uitleg").textContent = template ? template.beschrijving : "";
  if (!template) return;
  for (const field of template.velden) {
    const input = fieldInput(field);
    const help = el("p", { id: input.id + "-uitleg", class: "klein veld-uitleg",
      text: (field.uitleg || "") + (field.voorbeeld != null ? " Bijvoorbeeld: " + exampleText(field).replace(/\n/g, " / ") : "") + (field.type === "stappen" ? " Eén stap per regel; een keuze schrijft u als 'Als …, dan …'." : field.type === "lijst" ? " Eén per regel." : "") });
    const error = el("p", { id: input.id + "-fout", class: "veld-fout", role: "alert" });
    input.setAttribute("aria-describedby", help.id + " " + error.id);
    if (field.verplicht) input.setAttribute("aria-required", "true");
    form.append(el("label", { for: input.id, text: field.naam.replace(/_/g, " ") + (field.verplicht ? " (verplicht)" : "") }), input, help, error);
    input.addEventListener("input", livePreview);
    input.addEventListener("change", livePreview);
  }
  $("sjabloon-uitslag").hidden = true;
}

function fillExamples() {
  const template = state.templates.find((t) => t.naam === $("sjabloon").value);
  for (const field of template.velden) $("veld-" + field.naam).value = exampleText(field);
  render();
}

function formData() {
  const template = state.templates.find((t) => t.naam === $("sjabloon").value);
  const data = {};
  for (const field of template.velden) {
    const value = $("veld-" + field.naam).value.trim();
    if (!value) continue;
    if (field.type === "lijst") data[field.naam] = value.split("\n").map((s) => s.trim()).filter(Boolean);
    else if (field.type === "stappen") {
      data[field.naam] = value.split("\n").map((s) => s.trim()).filter(Boolean).map((line) => {
        const m = /^als\s+(.+?),\s*dan\s+(.+)$/i.exec(line);
        return m ? { als: m[1], dan: m[2] } : line;
      });
    } else data[field.naam] = value;
  }
  return data;
}

let previewTimer = null;
function livePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => render(true), 700);
}

async function renderRequest(kind, asFile) {
  const body = JSON.stringify({ sjabloon: $("sjabloon").value, gegevens: formData(), formaat: kind });
  const response = await fetch("/api/render" + (asFile ? "?download=ja" : ""), { method: "POST", body, headers: { "Content-Type": "application/json" } });
  return answerOf(response);
}

function showFieldErrors(fields) {
  for (const box of document.querySelectorAll("#sjabloon-formulier .veld-fout")) box.textContent = "";
  for (const input of document.querySelectorAll("#sjabloon-formulier [aria-invalid]")) input.removeAttribute("aria-invalid");
  for (const [name, message] of Object.entries(fields || {})) {
    const input = $("veld-" + name);
    if (!input) continue;
    input.setAttribute("aria-invalid", "true");
    $("veld-" + name + "-fout").textContent = message;
  }
}

async function render(quiet) {
  $("sjabloon-fout").textContent = "";
  try {
    const answer = await renderRequest("md", false);
    showFieldErrors(null);
    const file = answer.controle.files[0];
    $("sjabloon-uitslag").hidden = false;
    showVerdict($("sjabloon-oordeel"), file.scores);
    showChecklist($("sjabloon-checklist"), file.stress);
    showLetter($("sjabloon-voorbeeld"), $("sjabloon-meldingen"), file.tekst, file.findings, "s");
  } catch (error) {
    showFieldErrors(error.fields);
    if (!(quiet === true && error.fields)) $("sjabloon-fout").textContent = error.fields ? "Niet alle velden zijn goed ingevuld. Kijk bij de velden wat er mis is." : error.message;
  }
}

async function downloadTemplate(kind) {
  try {
    const name = $("sjabloon").value;
    if (kind === "docx") download(await renderRequest("docx", true), name + ".docx");
    else {
      const answer = await renderRequest(kind, false);
      download(new Blob([answer.tekst], { type: kind === "html" ? "text/html;charset=utf-8" : "text/markdown;charset=utf-8" }), name + "." + kind);
    }
  } catch (error) {
    showFieldErrors(error.fields);
    $("sjabloon-fout").textContent = error.message;
  }
}

async function loadTemplates() {
  state.templates = await answerOf(await fetch("/api/templates"));
  const select = $("sjabloon");
  for (const t of state.templates) select.append(el("option", { value: t.naam, text: t.titel + (t.eigen ? " (eigen sjabloon)" : "") }));
  select.addEventListener("change", showTemplate);
  showTemplate();
}

document.addEventListener("DOMContentLoaded", () => {
  setupTabs();
  setupInput();
  $("controle-formulier").addEventListener("submit", check);
  $("verbeter-gekozen").addEventListener("click", () => fix(false));
  $("verbeter-alles").addEventListener("click", () => fix(true));
  $("download-verbeterd").addEventListener("click", () => state.fixed && download(state.fixed.blob, state.fixed.name));
  $("download-word").addEventListener("click", wordCopy);
  $("download-json").addEventListener("click", reportJson);
  $("voorbeeld-invullen").addEventListener("click", fillExamples);
  $("maak-brief").addEventListener("click", () => render(false));
  for (const button of document.querySelectorAll(".download-sjabloon")) button.addEventListener("click", () => downloadTemplate(button.dataset.formaat));
  loadRules().catch((e) => { $("fout").textContent = e.message; });
  loadTemplates().catch((e) => { $("sjabloon-fout").textContent = e.message; });
});
