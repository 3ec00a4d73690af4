// The {{variables}} a reply template may use — the keys of ReplyVars, listed once so editors and the API agree.
// Pure, so the template editor checks and previews in the browser exactly as the server does.
import type { ReplyVars } from './templates';

/** Example values for previews; the object literal must name every ReplyVars key and no other. */
export const SAMPLE_REPLY_VARS = {
  customer_name: 'Lady Amelia Button',
  reference: 'HB-3F2A9C1D',
  sla_promise: '',
  unit_name: '',
  unit_email: '',
  company: '',
  subject: 'Buttons for the spring collection',
} satisfies ReplyVars;

export const REPLY_VARIABLES = Object.keys(SAMPLE_REPLY_VARS) as (keyof ReplyVars)[];

// Any {{…}}, not only the names the renderer fills: "{{unit-name}}" is a typo worth catching too.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholders in the text that no reply fills, each once, in order of appearance. */
export function unknownVariables(text: string): string[] {
  const known = new Set<string>(REPLY_VARIABLES);
  const found = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !known.has(name));
  return [...new Set(found)];
}
