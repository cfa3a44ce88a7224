// begrijpelijk: the letter with its findings. The server sends the letter as
// escaped HTML (one <mark> per finding, a band per sentence by difficulty);
// this file inserts it, keeps one list of findings with one tab stop (arrow
// keys move), explains the chosen finding, replaces a word when the change
// is sure, and checks the letter again while the advisor types in it.
"use strict";

const Letter = (() => {
  const WAIT = 800; // ms after the last key before the letter is checked again
  let timer = null;
  let chosen = -1; // index of the chosen finding in the list

  const box = () => $("brieftekst");
  const list = () => $("meldingen");
  const options = () => [...list().querySelectorAll('[role="option"]')];

  function caretOffset(root) {
    const selection = getSelection();
    if (!selection.rangeCount) return null;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.endContainer)) return null;
    const before = document.createRange();
    before.selectNodeContents(root);
    before.setEnd(range.endContainer, range.endOffset);
    return before.toString().length;
  }

  function setCaret(root, offset) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node, left = offset, last = null;
    while ((node = walker.nextNode())) {
      last = node;
      if (left <= node.length) break;
      left -= node.length;
    }
    if (!last) return;
    const range = document.createRange();
    range.setStart(last, Math.min(left, last.length));
    range.collapse(true);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function findingItem(m, withOption) {
    const props = withOption ? { id: m.id, role: "option", "aria-selected": "false", tabindex: "-1" } : {};
    return el("li", { ...props, class: "melding " + m.ernst },
      severityBadge(m.ernst), " ", el("strong", { text: m.titel }), " ",
      el("span", { class: "waar", text: m.waar + ": " }),
      m.citaat ? el("q", { text: m.citaat }) : null, m.citaat ? " " : null,
      el("span", { text: m.bericht }),
      m.advies ? el("span", { class: "advies", text: " → " + m.advies }) : null);
  }

  function flatList(target, view) {
    target.replaceChildren(...view.meldingen.map((m) => findingItem(m, false)));
    if (!view.meldingen.length) target.append(el("li", { text: "Geen meldingen." }));
  }

  function show(view, typing) {
    const letter = box();
    const editable = !state.file;
    const caret = document.activeElement === letter ? caretOffset(letter) : null;
    // while typing, draw only the text that was checked: a newer check follows
    if (!typing || letter.textContent === state.text) {
      letter.innerHTML = view.html; // escaped HTML from the server (formatters/web_view.py)
      if (caret !== null) setCaret(letter, caret);
    }
    letter.contentEditable = editable ? "plaintext-only" : "false";
    letter.setAttribute("aria-readonly", String(!editable));
    letter.tabIndex = editable ? 0 : -1;
    const keep = chosen;
    list().replaceChildren(...view.meldingen.map((m) => findingItem(m, true)));
    if (!view.meldingen.length) list().append(el("li", { role: "option", "aria-selected": "false", tabindex: "0", text: "Geen meldingen." }));
    const all = options();
    if (all.length) all[0].tabIndex = 0;
    chosen = -1;
    $("uitleg").replaceChildren();
    if (typing && keep >= 0 && keep < view.meldingen.length) choose(keep, false);
  }

  function explain(m) {
    const rule = state.rules[m.regel] || {};
    const panel = $("uitleg");
    const examples = (word, sign, lines) => (lines && lines.length
      ? el("div", { class: "voorbeeld-" + word.toLowerCase() }, el("p", { class: "kant" }, el("span", { "aria-hidden": "true", text: sign + " " }), word + ":"),
        el("ul", {}, ...lines.map((line) => el("li", { text: line }))))
      : null);
    const parts = [
      el("p", {}, severityBadge(m.ernst), " ", el("strong", { text: m.titel })),
      el("p", { text: rule.uitleg || "" }),
      examples("Fout", "✖", rule.fout),
      examples("Goed", "✓", rule.goed),
    ];
    if (m.vervanging && !state.file) {
      const words = m.vervanging.map((e) => e.tekst).join(" … ");
      const button = el("button", { type: "button", class: "vervang", text: "Vervang door '" + words + "'" });
      button.addEventListener("click", () => replace(m));
      parts.push(button);
    }
    panel.replaceChildren(...parts);
  }

  function choose(index, focus) {
    const all = options();
    if (!all.length || !state.view || !state.view.meldingen[index]) return;
    chosen = index;
    const m = state.view.meldingen[index];
    all.forEach((o, i) => {
      o.setAttribute("aria-selected", String(i === index));
      o.tabIndex = i === index ? 0 : -1;
      o.classList.toggle("actief", i === index);
    });
    for (const mark of box().querySelectorAll("mark.actief")) mark.classList.remove("actief");
    const marks = box().querySelectorAll('mark[data-melding="' + m.id + '"]');
    for (const mark of marks) mark.classList.add("actief");
    if (focus) {
      all[index].focus();
      if (marks.length) marks[0].scrollIntoView({ block: "nearest" });
    }
    all[index].scrollIntoView({ block: "nearest" });
    explain(m);
  }

  function keys(event) {
    const count = options().length;
    const moves = { ArrowDown: chosen + 1, ArrowUp: chosen - 1, Home: 0, End: count - 1 };
    if (!(event.key in moves) || !count) return;
    event.preventDefault();
    choose(Math.max(0, Math.min(count - 1, moves[event.key])), true);
  }

  async function replace(m) {
    let text = state.text;
    for (const e of [...m.vervanging].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.tekst + text.slice(e.end);
    const index = chosen;
    $("brief").value = text;
    box().textContent = text;
    if (await check(null, "typen")) {
      $("status").textContent = "Vervangen. De brief is opnieuw gecontroleerd: " + amount(state.view.meldingen.length, "melding", "meldingen") + ".";
      const count = options().length;
      if (count && state.view.meldingen.length) choose(Math.min(index, count - 1), true);
    }
  }

  async function edited() {
    const text = box().textContent;
    if (text === $("brief").value) return;
    $("brief").value = text;
    await check(null, "typen");
  }

  function setup() {
    box().addEventListener("click", (event) => {
      const mark = event.target.closest("mark[data-melding]");
      if (!mark || !state.view) return;
      const index = state.view.meldingen.findIndex((m) => m.id === mark.dataset.melding);
      if (index >= 0) choose(index, false);
    });
    box().addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(edited, WAIT);
    });
    list().addEventListener("keydown", keys);
    list().addEventListener("click", (event) => {
      const item = event.target.closest('[role="option"]');
      if (item) choose(options().indexOf(item), true);
    });
    list().addEventListener("focusin", (event) => {
      const index = options().indexOf(event.target);
      if (index >= 0 && index !== chosen) choose(index, false);
    });
  }

  return { setup, show, flatList };
})();
