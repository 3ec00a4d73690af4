// Amounts people type or import, in euros, as the integer cents the database keeps.

/** "12.500,50 €", "12500.5" or "12,500.50" → cents; null when it is not an amount. */
export function eurosToCents(raw: string): number | null {
  const s = raw.replace(/[\s€]/g, '');
  if (!s) return 0;
  const lastSep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
  const decimals = lastSep >= 0 && s.length - lastSep - 1 <= 2 ? s.slice(lastSep + 1) : '';
  const whole = (decimals ? s.slice(0, lastSep) : s).replace(/[.,]/g, '');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(decimals)) return null;
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0') || 0);
}
