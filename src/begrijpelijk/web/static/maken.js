// begrijpelijk: "Brief maken": a letter from a template, checked as you fill it in.
// Uses the helpers of app.js ($, el, answerOf, download) and Letter (brief.js).
"use strict";

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
    const error = el("p", { id: input.id + "-fout", class: "veld-fout" });
    input.setAttribute("aria-describedby", help.id + " " + error.id);
    if (field.verplicht) input.setAttribute("aria-required", "true");
    form.append(el("label", { for: input.id, text: (field.label || field.naam) + (field.verplicht ? " (verplicht)" : "") }), input, error, help);
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
    showChecklist($("sjabloon-checklist"), file.weergave.checklist);
    // the letter as HTML: the server escaped it, then made headings, bold and lists
    $("sjabloon-voorbeeld").innerHTML = answer.voorbeeld;
    Letter.flatList($("sjabloon-meldingen"), file.weergave);
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

function setupTemplates() {
  $("voorbeeld-invullen").addEventListener("click", fillExamples);
  $("maak-brief").addEventListener("click", () => render(false));
  for (const button of document.querySelectorAll(".download-sjabloon")) button.addEventListener("click", () => downloadTemplate(button.dataset.formaat));
  loadTemplates().catch((e) => { $("sjabloon-fout").textContent = e.message; });
}

async function loadTemplates() {
  state.templates = await answerOf(await fetch("/api/templates"));
  const select = $("sjabloon");
  for (const t of state.templates) select.append(el("option", { value: t.naam, text: t.titel + (t.eigen ? " (eigen sjabloon)" : "") }));
  select.addEventListener("change", showTemplate);
  showTemplate();
}

