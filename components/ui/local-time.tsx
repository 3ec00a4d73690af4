'use client';

import { useEffect, useState } from 'react';

/** Times are UTC in the database; shown in the viewer's locale and time zone (after hydration, to avoid a mismatch). */
export function LocalTime({ iso, mode = 'datetime' }: { iso: string; mode?: 'datetime' | 'date' | 'time' | 'relative' }) {
  const [text, setText] = useState<string>(iso.slice(0, 16).replace('T', ' ') + ' UTC');
  useEffect(() => {
    const d = new Date(iso);
    if (mode === 'relative') setText(relative(d));
    else if (mode === 'date') setText(d.toLocaleDateString());
    else if (mode === 'time') setText(d.toLocaleTimeString());
    else setText(d.toLocaleString());
  }, [iso, mode]);
  return <time dateTime={iso}>{text}</time>;
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
