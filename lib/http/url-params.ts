// Filters and options read from a page's URL: a link may be old, shared or typed by hand, so a bad value is dropped
// and named, and the page shows what it could use.
import type { ZodType } from 'zod';

/**
 * Parses URL input with the API's schema; each field that breaks a rule is dropped and named in the form's words
 * ("Max value €: is below the minimum value"), so a page shows what it could use and says what it could not.
 * `lookupProblems`: what the schema cannot see, by field (an id no record has, in the API lookups' words); named first.
 */
export function parseNamingProblems<T>(schema: ZodType<T>, input: Record<string, unknown>, labels: Record<string, string>, lookupProblems: Record<string, string | null> = {}) {
  const present = { ...input };
  const problems: string[] = [];
  const dropped: string[] = [];
  for (const [key, problem] of Object.entries(lookupProblems)) {
    if (!problem || !(key in present)) continue;
    problems.push(`${labels[key] ?? key}: ${problem}`);
    dropped.push(key);
    delete present[key];
  }
  for (;;) {
    const parsed = schema.safeParse(present);
    if (parsed.success) return { data: parsed.data, problems, dropped };
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (!(key in present)) {
        if (dropped.includes(key)) continue; // another rule the same field broke: named once
        throw parsed.error; // a rule about no field of the URL is a bug, not the visitor's mistake
      }
      problems.push(`${labels[key] ?? key}: ${issue.message}`);
      dropped.push(key);
      delete present[key];
    }
  }
}
