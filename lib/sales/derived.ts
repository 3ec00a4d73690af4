// Columns derived from others and kept on every prospect write, so boards and filters stay plain SQL.

/** Expected value of a deal: value × win probability. */
export const weightedCents = (valueCents: number, probability: number) => Math.round((valueCents * probability) / 100);

/** Tags as stored for filtering: lower-case, unique, sorted. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();
}

/** ",vip,oem," — a tag filter is then `tagKey LIKE '%,vip,%'` on SQLite and Postgres alike. */
export const tagKeyOf = (tags: readonly string[]) => (tags.length ? `,${normalizeTags(tags).join(',')},` : '');

export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
