/** Chromium's header/footer templates are HTML: every user string is escaped before it goes in. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const base =
  'font-family: Inter, "Segoe UI", "Helvetica Neue", Arial, sans-serif; font-size: 7.5pt; color: #5c6370; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;';

/** Running header: the client on the left, the pack's title on the right. */
export function headerTemplate(clientName: string, title: string): string {
  return `<div style='${base}'><span>${escapeHtml(clientName)}</span><span>${escapeHtml(title)}</span></div>`;
}

/** Running footer: the confidentiality marking and "page N of M". */
export function footerTemplate(confidentiality: string): string {
  const marking = confidentiality.trim() ? escapeHtml(confidentiality) : '&nbsp;';
  return `<div style='${base}'><span>${marking}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
