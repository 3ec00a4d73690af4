// Whole-word, case-insensitive keyword search in English and German text (umlauts count as letters).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for a keyword list; multi-word keywords match across any whitespace. */
export function keywordPattern(words: readonly string[]): RegExp {
  const alternatives = [...words]
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.split(/\s+/).map(escape).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The distinct keywords found, lower-case, whitespace collapsed, in order of first appearance. */
export function findKeywords(pattern: RegExp, text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(pattern)) found.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  return [...found];
}

/** Body text considered for keywords: long bodies are mostly quotes and signatures. */
export const KEYWORD_SCAN_CHARS = 20_000;
