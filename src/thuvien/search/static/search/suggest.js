// Suggestions while typing for every <input data-suggest-url>: titles and keyword phrases.
(function () {
  "use strict";
  function attach(input) {
    if (input.dataset.suggestReady) return;  // the script may be included twice
    input.dataset.suggestReady = "1";
    var box = input.closest(".search-box") || input.parentNode;
    var list = document.createElement("ul");
    var timer = null, items = [], active = -1, last = "", seq = 0;
    list.className = "search-suggestions";
    list.id = input.id ? input.id + "-suggestions" : "search-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    box.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    function close() {
      list.hidden = true; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function mark(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, n) {
        li.setAttribute("aria-selected", n === i ? "true" : "false");
      });
      if (i >= 0) input.setAttribute("aria-activedescendant", list.children[i].id);
    }
    function show(data) {
      list.textContent = ""; items = data.suggestions || [];
      if (!items.length) { close(); return; }
      items.forEach(function (s, n) {
        var li = document.createElement("li");
        li.id = list.id + "-" + n;
        li.setAttribute("role", "option");
        li.textContent = s.text;
        if (s.type === "phrase") {
          var kind = document.createElement("span");
          kind.className = "kind"; kind.textContent = input.dataset.phraseLabel || "";
          li.appendChild(kind);
        }
        li.addEventListener("mousedown", function (e) { e.preventDefault(); go(n); });
        list.appendChild(li);
      });
      list.hidden = false; active = -1;
      input.setAttribute("aria-expanded", "true");
    }
    function go(n) { if (items[n]) window.location.href = items[n].url; }
    function fetchNow() {
      var q = input.value;
      if (q.trim().length < 1) { close(); return; }
      if (q === last) return;
      last = q; var mine = ++seq;
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) { if (mine === seq) show(data); })
        .catch(close);
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(fetchNow, 120); });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); mark((active + 1) % items.length); }
      else if (e.key === "ArrowUp") { e.preventDefault(); mark((active - 1 + items.length) % items.length); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); go(active); }
      else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest-url]"), attach);
  });
})();
