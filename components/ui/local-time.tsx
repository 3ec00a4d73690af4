'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

type Mode = 'datetime' | 'date' | 'time' | 'relative';

// Minutes with the zone's short name: "27/11/2026, 10:41 GMT" is unambiguous for staff and customers in other zones.
const DATETIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/**
 * Times are UTC in the database; shown in the viewer's locale and time zone once hydrated (the server can't know them).
 * A relative time carries the full date and time as its title, for hovering and assistive tech.
 */
export function LocalTime({ iso, mode = 'datetime' }: { iso: string; mode?: Mode }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const utc = `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const d = new Date(iso);
  return (
    <time dateTime={iso} title={mode === 'relative' ? (inBrowser ? localTimeText(d, 'datetime') : utc) : undefined}>
      {inBrowser ? localTimeText(d, mode) : utc}
    </time>
  );
}

/** `locales` is the viewer's by default; tests name one. */
export function localTimeText(d: Date, mode: Mode, locales?: Intl.LocalesArgument) {
  if (mode === 'relative') return relative(d);
  if (mode === 'date') return d.toLocaleDateString(locales);
  return d.toLocaleString(locales, mode === 'time' ? TIME : DATETIME);
}

function relative(d: Date) {
  const seconds = Math.round((d.getTime() - Date.now()) / 1000);
  const fmt = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return fmt.format(seconds, 'second');
  if (abs < 3600) return fmt.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return fmt.format(Math.round(seconds / 3600), 'hour');
  return fmt.format(Math.round(seconds / 86400), 'day');
}
