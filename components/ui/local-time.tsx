'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Times are UTC in the database; shown in the viewer's locale and time zone once hydrated (the server can't know them). */
export function LocalTime({ iso, mode = 'datetime' }: { iso: string; mode?: 'datetime' | 'date' | 'time' | 'relative' }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  return <time dateTime={iso}>{inBrowser ? format(new Date(iso), mode) : `${iso.slice(0, 16).replace('T', ' ')} UTC`}</time>;
}

function format(d: Date, mode: 'datetime' | 'date' | 'time' | 'relative') {
  if (mode === 'relative') return relative(d);
  if (mode === 'date') return d.toLocaleDateString();
  if (mode === 'time') return d.toLocaleTimeString();
  return d.toLocaleString();
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
