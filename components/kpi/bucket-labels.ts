// Labels for KPI time buckets. Day buckets are UTC days (lib/kpi/time.ts), so a day is named in UTC: formatted in
// the viewer's zone, UTC midnight falls on the previous evening west of Greenwich. Hours read as the viewer's clock.

/** Axis tick: "27 Nov" for a day bucket, the local "10:00" for an hour bucket. */
export function bucketTick(iso: string, hourly: boolean): string {
  const d = new Date(iso);
  return hourly ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : d.toLocaleDateString([], { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** Tooltip heading, saying which clock it uses: "27 Nov 2026 (UTC day)" or "27 Nov 2026, 10:00 CET". */
export function bucketTooltip(iso: string, hourly: boolean): string {
  const d = new Date(iso);
  if (hourly) return d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' }) + ` (${localZone(d)})`;
  return `${d.toLocaleDateString([], { dateStyle: 'medium', timeZone: 'UTC' })} (UTC day)`;
}

const localZone = (d: Date) => new Intl.DateTimeFormat([], { timeZoneName: 'short' }).formatToParts(d).find((p) => p.type === 'timeZoneName')?.value ?? 'local time';
