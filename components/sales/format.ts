// How sales figures read on the board, the table and the metrics (fixed locale, so server and browser agree).
const wholeEuro = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export const formatEuroWhole = (cents: number) => wholeEuro.format(Math.round(cents / 100));
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10} %`);
export const formatDays = (days: number | null) => (days === null ? '—' : `${Math.round(days * 10) / 10} d`);

export const STATUS_LABEL: Record<string, string> = {
  ACTIVE: 'Active',
  RESPONDED: 'Responded',
  BOUNCING: 'Bouncing',
  UNRESPONSIVE: 'Unresponsive',
  WON: 'Won',
  LOST: 'Lost',
};
