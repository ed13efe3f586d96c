// Copy buttons: copy the text of the field (or the value) they name. Without the Clipboard API the
// field's text is selected so the reader can copy it by hand; the buttons only appear with script.

async function copy(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    // The old way still works where the Clipboard API is missing or refused.
    return document.execCommand?.("copy") ?? false;
  }
}

// What the status line says, in the page's language (<html lang>).
const COPIED = document.documentElement.lang.startsWith("en")
  ? { ok: "Copied", selected: "Selected: press Ctrl+C, or long-press to copy" }
  : { ok: "已复制", selected: "已选中，请按 Ctrl+C 或长按复制" };

for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy-target], button[data-copy-text]")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const field = button.dataset.copyTarget
      ? (document.getElementById(button.dataset.copyTarget) as HTMLTextAreaElement | null)
      : null;
    const text = button.dataset.copyText ?? field?.value ?? "";
    const ok = await copy(text, field);
    const status = button.parentElement?.querySelector(".copy-status");
    if (status) status.textContent = ok ? COPIED.ok : COPIED.selected;
  });
}
