"use strict";
// Hover or focus a mark to see its cleaner, before -> after and raw line:column; click the
// legend to hide or show a cleaner's marks.  Text from the input only ever goes in via
// textContent, never as markup.
(function () {
  var tip = document.getElementById("tip");
  var body = document.body;
  var current = null;  // the mark whose details are shown

  function colour(el) {
    for (var i = 0; i < el.classList.length; i++) {
      if (/^c\d+$/.test(el.classList[i])) return el.classList[i];
    }
    return "";
  }

  function line(cls, parts) {
    var row = document.createElement("div");
    row.className = "row " + cls;
    parts.forEach(function (p) { row.appendChild(p); });
    return row;
  }

  function span(cls, text, tag) {
    var s = document.createElement(tag || "span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  // The raw text a change covers is the mark's content, in several pieces where it was clipped.
  function held(el) {
    var d = el.dataset, text = "";
    var same = document.querySelectorAll('#raw .m[data-s="' + d.s + '"][data-e="' + d.e + '"]');
    same.forEach(function (m) { if (m.dataset.c === d.c && m.dataset.k === d.k) text += m.textContent; });
    return text;
  }

  function cut(text) {
    if (text.length <= 240) return text;
    return text.slice(0, 120) + " \u2026[" + (text.length - 240) + " more characters]\u2026 " + text.slice(-120);
  }

  function describe(el) {
    var d = el.dataset;
    if (el.classList.contains("quote")) {
      return line("", [span("", "quote \u2014 " + (d.speaker || "speaker unknown"))]);
    }
    var head = document.createElement("b");
    head.textContent = d.c;
    var what = d.k === "edit" ? " edit" : " removal" + (d.into ? " into " + d.into : "");
    var after = d.k === "edit" ? JSON.stringify(d.a) : "(removed)";
    var before = JSON.stringify(cut(held(el)));
    return line(colour(el), [
      span("sw", ""), head, span("", what), span("at", " \u00b7 raw " + d.at),
      span("chg", before + " \u2192 " + after, "div")
    ]);
  }

  function show(target) {
    var el = target instanceof Element ? target.closest(".m, .quote") : null;
    var rows = [];
    for (var m = el; m; m = m.parentElement && m.parentElement.closest(".m, .quote")) {
      var cls = colour(m);
      if (!(cls && body.classList.contains("off-" + cls))) rows.push(describe(m));
    }
    if (!rows.length) { hide(); return; }
    tip.replaceChildren.apply(tip, rows);
    tip.hidden = false;
    current = el;
    place(el);
  }

  function place(el) {
    var r = el.getBoundingClientRect();
    var top = r.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight - 4) top = Math.max(4, r.top - tip.offsetHeight - 6);
    tip.style.top = top + "px";
    tip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - tip.offsetWidth - 4)) + "px";
  }

  function hide() { tip.hidden = true; current = null; }

  // Off a mark, the focused mark (if any) keeps its details open.
  function rest() {
    var focused = document.activeElement;
    if (focused && focused.matches(".m, .quote")) show(focused); else hide();
  }

  ["raw", "clean"].forEach(function (id) {
    var pane = document.getElementById(id);
    pane.addEventListener("mouseover", function (e) {
      if (e.target instanceof Element && e.target.closest(".m, .quote")) show(e.target); else rest();
    });
    pane.addEventListener("mouseleave", rest);
    pane.addEventListener("focusin", function (e) { show(e.target); });
    pane.addEventListener("focusout", hide);
    // Focus scrolls a mark into view: the details follow it.
    pane.addEventListener("scroll", function () { if (current) place(current); });
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });

  function set(button, on) {
    body.classList.toggle("off-" + button.dataset.cls, !on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
  }
  var buttons = document.querySelectorAll("nav.legend button.lg");
  buttons.forEach(function (b) {
    b.addEventListener("click", function () { set(b, b.getAttribute("aria-pressed") !== "true"); hide(); });
  });
  document.querySelectorAll("nav.legend button.all").forEach(function (a) {
    a.addEventListener("click", function () {
      buttons.forEach(function (b) { set(b, a.dataset.show === "1"); });
      hide();
    });
  });
})();
