// "Thư viện của tui": save or remove without reloading the page. Without JavaScript the form
// posts normally and the server redirects back, so the button works either way.
document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!form.classList || !form.classList.contains("save-form")) return;
  event.preventDefault();
  const button = form.querySelector("button");
  button.disabled = true;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(String(response.status));
    const data = await response.json();
    button.textContent = data.label;
    button.classList.toggle("saved", data.saved);
    button.setAttribute("aria-pressed", data.saved ? "true" : "false");
    form.dataset.saved = data.saved ? "1" : "0";
  } catch (error) {
    form.submit();
  } finally {
    button.disabled = false;
  }
});
