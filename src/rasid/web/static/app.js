// rasid review UI: keyboard shortcuts, evidence marking, and adding a missed item by
// selecting its words. Offsets are code points of the record's text: the #doc-text
// container holds exactly that text, so an offset is the length of the text before a
// point (Array.from counts code points, not UTF-16 units). Range offsets follow DOM
// order, so a selection made right to left maps to the same [start, end).
(function () {
  "use strict";
  const text = document.getElementById("doc-text");

  function cpLength(s) { return Array.from(s).length; }

  function offsetOf(node, offset) {
    const r = document.createRange();
    r.setStart(text, 0);
    r.setEnd(node, offset);
    return cpLength(r.toString());
  }

  function selectionSpan() {
    const sel = window.getSelection();
    if (!text || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return null;
    let start = offsetOf(range.startContainer, range.startOffset);
    let end = offsetOf(range.endContainer, range.endOffset);
    const whole = Array.from(text.textContent);
    while (start < end && /\s/.test(whole[start])) start++;
    while (end > start && /\s/.test(whole[end - 1])) end--;
    if (start >= end) return null;
    return { start: start, end: end, text: whole.slice(start, end).join("") };
  }

  function showAddForm() {
    const form = document.getElementById("add-form");
    if (!form) return;
    const span = selectionSpan();
    if (!span) return;
    document.getElementById("add-value").value = JSON.stringify({ span: [span.start, span.end], text: span.text });
    document.getElementById("add-text").textContent = span.text;
    document.getElementById("add-span").textContent = span.start + "–" + span.end;
    form.hidden = false;
  }

  function mark(start, end) {
    document.querySelectorAll("#doc-text .seg.evidence").forEach(function (s) { s.classList.remove("evidence"); });
    let first = null;
    document.querySelectorAll("#doc-text .seg").forEach(function (s) {
      if (+s.dataset.s >= start && +s.dataset.e <= end) { s.classList.add("evidence"); first = first || s; }
    });
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("click", function (ev) {
    const card = ev.target.closest(".card");
    if (card && !ev.target.closest("form, a, button, input, select")) {
      ev.stopPropagation();
      mark(+card.dataset.s, +card.dataset.e);
    }
    const seg = ev.target.closest("#doc-text .seg[data-m]");
    if (seg && window.getSelection().isCollapsed) {
      const row = document.getElementById("row-" + seg.dataset.m.split(" ")[0]);
      if (row) { row.closest("details").open = true; row.focus(); }
    }
  });
  document.addEventListener("mouseup", function () { setTimeout(showAddForm, 0); });
  document.addEventListener("keyup", function (ev) { if (ev.shiftKey) showAddForm(); });

  function cards() { return Array.from(document.querySelectorAll(".card")).filter(function (c) { return !c.closest("details:not([open])") && c.getClientRects().length > 0; }); }
  function focusedCard() { return document.activeElement && document.activeElement.closest ? document.activeElement.closest(".card") : null; }
  function act(name) {
    const card = focusedCard();
    const button = card && card.querySelector("form.review .act-" + name);
    if (!button) return;
    if (name === "correct") { card.querySelector("form.review input[name=new_value]").focus(); return; }
    button.click();
  }
  let pendingG = false;
  document.addEventListener("keydown", function (ev) {
    const t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) {
      if (ev.key === "Escape") t.blur();
      return;
    }
    const k = ev.key;
    if (pendingG) {
      pendingG = false;
      const to = { d: "/documents", i: "/incidents", h: "/history" }[k];
      if (to) { window.location.href = to; ev.preventDefault(); }
      return;
    }
    if (k === "g") { pendingG = true; return; }
    if (k === "/") { const q = document.getElementById("q"); if (q) { q.focus(); ev.preventDefault(); } return; }
    if (k === "?") { document.getElementById("shortcuts").scrollIntoView(); return; }
    if (k === "j" || k === "k") {
      const list = cards();
      const i = list.indexOf(focusedCard());
      const next = list[Math.max(0, Math.min(list.length - 1, i + (k === "j" ? 1 : -1)))];
      if (next) { next.focus(); mark(+next.dataset.s, +next.dataset.e); }
      return;
    }
    if (k === "Enter" && focusedCard()) { const c = focusedCard(); mark(+c.dataset.s, +c.dataset.e); return; }
    if (k === "c") return act("confirm");
    if (k === "x") return act("reject");
    if (k === "e") { ev.preventDefault(); return act("correct"); }
    const add = { p: "place", a: "actor", t: "date", q: "quantity", w: "weapon" }[k];
    if (add) {
      showAddForm();
      const b = document.getElementById("add-" + add);
      const form = document.getElementById("add-form");
      if (b && form && !form.hidden) b.click();
    }
  });
})();
