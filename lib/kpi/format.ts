// How KPI figures read on pages, in recommendations and in the CSV export.

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h < 48) return m ? `${h} h ${m} min` : `${h} h`;
  return `${Math.round(h / 24)} d`;
}

export const formatPercent = (value: number | null, digits = 1) => (value === null ? '—' : `${value.toFixed(digits)} %`);

export const formatValue = (value: number | null, unit: '%' | 's') => (unit === 's' ? formatDuration(value) : formatPercent(value));

export const formatEuros = (cents: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
