// The system share sheet, where the browser has one (most phones): the button stays hidden elsewhere.
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-share-url]")) {
  if (typeof navigator.share !== "function") continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    navigator.share({ url: button.dataset.shareUrl, title: button.dataset.shareTitle }).catch(() => {
      // The reader closed the sheet: nothing to do.
    });
  });
}
