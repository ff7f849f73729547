// "Tải lên": drop a file, send it with a progress bar (XMLHttpRequest), then go to
// "Tài liệu của tôi". Without JavaScript the form posts as a plain form.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var input = form.querySelector("input[type=file]");
  var zone = document.getElementById("drop-zone");
  var chosen = document.getElementById("chosen");
  var progress = document.getElementById("progress");
  var bar = document.getElementById("progress-bar");
  var text = document.getElementById("progress-text");
  var button = document.getElementById("upload-button");
  var limit = parseInt(form.dataset.limitBytes, 10) || 0;

  function showError(message, isHtml) {
    var box = form.parentNode.querySelector(".upload-error");
    if (!box) {
      box = document.createElement("p");
      box.className = "upload-error";
      box.setAttribute("role", "alert");
      form.parentNode.insertBefore(box, form);
    }
    if (isHtml) box.innerHTML = message; else box.textContent = message;
  }

  function sizeText(bytes) {
    var mb = bytes / 1048576;
    return mb >= 1 ? mb.toFixed(1).replace(".", ",") + " MB" : Math.ceil(bytes / 1024) + " KB";
  }

  function showChosen() {
    var file = input.files && input.files[0];
    chosen.textContent = file ? file.name + " (" + sizeText(file.size) + ")" : "";
  }

  input.addEventListener("change", showChosen);
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add("dragging");
    });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.remove("dragging");
    });
  });
  zone.addEventListener("drop", function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      showChosen();
    }
  });

  form.addEventListener("submit", function (event) {
    var file = input.files && input.files[0];
    if (!file) return; // the server answers with the form's own error
    event.preventDefault();
    if (limit && file.size > limit) {
      showError(form.dataset.tooLarge);
      return;
    }
    var request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    request.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      var percent = Math.round((e.loaded / e.total) * 100);
      bar.value = percent;
      text.textContent = form.dataset.sending + " " + percent + "%";
    });
    request.addEventListener("load", function () {
      var answer = {};
      try { answer = JSON.parse(request.responseText); } catch (e) { answer = {}; }
      if (request.status >= 200 && request.status < 300 && answer.ok) {
        bar.value = 100;
        text.textContent = form.dataset.done;
        window.location.href = answer.next;
        return;
      }
      button.disabled = false;
      progress.hidden = true;
      showError(answer.message || form.dataset.failed, Boolean(answer.duplicate));
    });
    request.addEventListener("error", function () {
      button.disabled = false;
      progress.hidden = true;
      showError(form.dataset.failed);
    });
    button.disabled = true;
    progress.hidden = false;
    bar.value = 0;
    text.textContent = form.dataset.sending;
    request.send(new FormData(form));
  });
})();
