/**
 * Hands a generated file (CSV, iCalendar, JSON, PNG, SVG, PDF) to the user. A download works in
 * both hosts: the browser saves it, and Electron shows its native save dialog for downloads.
 */
export function saveFile(
  fileName: string,
  mimeType: string,
  content: string | Blob | Uint8Array,
): void {
  const blob =
    content instanceof Blob
      ? content
      : new Blob([typeof content === 'string' ? content : new Uint8Array(content)], {
          type: mimeType,
        });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
