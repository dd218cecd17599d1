// The console's only script besides htmx (no inline script: the Content-Security-Policy forbids it).
// Pages work without it; it adds conveniences that need a browser.
document.addEventListener("click", (event) => {
  // "Copy" buttons: data-copy names the element whose value or text is copied
  const button = event.target.closest("[data-copy]");
  if (!button) {
    return;
  }
  const source = document.getElementById(button.dataset.copy);
  if (source && navigator.clipboard) {
    navigator.clipboard.writeText(source.value ?? source.textContent).then(() => {
      button.textContent = "Copied";
    });
  }
});

document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter") {
    return;
  }
  // Enter in a search box picks nothing and submits nothing: Tab goes on to the matches
  if (event.target.matches("[data-no-submit]")) {
    event.preventDefault();
    return;
  }
  // Ctrl+Enter (or Cmd+Enter) submits a form marked data-submit-shortcut from any of its fields
  const form = event.target.closest("form[data-submit-shortcut]");
  if (form && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    form.requestSubmit();
  }
});
