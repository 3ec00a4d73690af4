// Phrases and formats shared by the templates: greetings, signatures, money, dates and order lines as text.
import type { Lang, Party } from './parties';
import type { Rng } from './random';
import type { OrderLine } from './types';

const GREETINGS: Record<Lang, string[]> = {
  de: ['Sehr geehrte Damen und Herren,', 'Guten Tag,', 'Hallo zusammen,', 'Liebes Happy-Buttons-Team,'],
  en: ['Dear Sir or Madam,', 'Hello,', 'Dear Happy Buttons team,', 'Hi there,', 'Good morning,'],
};
const CLOSINGS: Record<Lang, string[]> = {
  de: ['Mit freundlichen Grüßen', 'Freundliche Grüße', 'Viele Grüße', 'Beste Grüße'],
  en: ['Kind regards', 'Best regards', 'Many thanks', 'Regards'],
};

export const greeting = (rng: Rng, lang: Lang) => rng.pick(GREETINGS[lang]);

export function signature(rng: Rng, lang: Lang, party: Party): string {
  const phone = `+${rng.pick(['49', '44', '43', '41'])} ${rng.int(30, 899)} ${rng.int(100000, 9999999)}`;
  return [rng.pick(CLOSINGS[lang]), '', party.name, party.company.name, party.company.city, `${lang === 'de' ? 'Tel.' : 'Phone'} ${phone}`].join('\n');
}

// Intl formatters are costly to build and the simulator formats thousands of figures: build each once.
const AMOUNT: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};
const DAY: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const MONTH: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** Money as people type it in mail; "EUR" rather than "€" so the text also fits ISO-8859-1. */
export function money(cents: number, lang: Lang): string {
  const amount = AMOUNT[lang].format(cents / 100);
  return lang === 'de' ? `${amount} EUR` : `EUR ${amount}`;
}

export const day = (date: Date, lang: Lang) => DAY[lang].format(date);
export const monthOf = (date: Date, lang: Lang) => MONTH[lang].format(date);

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export const isoWeek = (date: Date) => {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  return Math.ceil(((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
};

export const lineTotal = (lines: OrderLine[]) => lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0);

/** Order lines as a plain-text list, the way buyers paste them into a mail. */
export function linesAsText(lines: OrderLine[], lang: Lang): string {
  const qty = lang === 'de' ? 'Stk.' : 'pcs';
  return lines.map((l, i) => `${i + 1}. ${l.sku}  ${l.name}  ${l.quantity} ${qty}`).join('\n');
}

export const replyPrefix = (lang: Lang) => (lang === 'de' ? 'AW: ' : 'Re: ');
export const stripReplyPrefix = (subject: string) => subject.replace(/^((re|aw|fwd?|wg):\s*)+/i, '');
