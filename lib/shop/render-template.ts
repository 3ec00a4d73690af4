// Fills {{name}} placeholders of a reply template. Unknown names stay visible, so a typo in an admin-edited
// template shows in the email instead of silently vanishing.
export function renderTemplate(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{\s*([a-z0-9_]+)\s*\}\}/gi, (whole, name: string) => vars[name] ?? whole);
}
