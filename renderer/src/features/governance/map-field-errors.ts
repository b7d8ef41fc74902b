/** Server field errors of an update arrive as "fields.title"; the form knows them as "title". */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, message]) => [key.replace(/^fields\./, ''), message]),
  );
}
