// "Tài liệu của tôi": while a document waits or is processed, ask the server for its state
// every few seconds and update the row in place.
(function () {
  "use strict";
  var table = document.getElementById("uploads");
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  if (!table || !window.fetch) return;
  var url = table.dataset.statesUrl;
  var delay = 2000;

  function activeRows() {
    return Array.prototype.slice.call(table.querySelectorAll("tr[data-active='1']"));
  }

  function link(href, label) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    return a;
  }

  function update(row, info) {
    var label = row.querySelector("[data-field=label]");
    label.textContent = info.label;
    label.className = "state state-" + info.state;
    row.querySelector("[data-field=reason]").textContent = info.reason || "";
    var title = row.querySelector("[data-field=title]");
    title.textContent = "";
    title.appendChild(info.url ? link(info.url, info.title) : document.createTextNode(info.title));
    var similar = row.querySelector("[data-field=similar]");
    similar.textContent = "";
    if (info.similar_title) {
      similar.appendChild(document.createTextNode((table.dataset.similarLabel || "") + " "));
      similar.appendChild(info.similar_url ? link(info.similar_url, info.similar_title)
                                           : document.createTextNode(info.similar_title));
    }
    row.dataset.active = info.active ? "1" : "0";
  }

  function poll() {
    var rows = activeRows();
    if (!rows.length) return;
    var query = rows.map(function (row) { return "id=" + encodeURIComponent(row.dataset.upload); });
    fetch(url + "?" + query.join("&"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { uploads: [] }; })
      .then(function (data) {
        data.uploads.forEach(function (info) {
          var row = table.querySelector("tr[data-upload='" + info.id + "']");
          if (row) update(row, info);
        });
      })
      .catch(function () {})
      .then(function () { window.setTimeout(poll, delay); });
  }
  window.setTimeout(poll, delay);
})();
