'use client';

import { useSyncExternalStore } from 'react';
import { formatDuration } from '@/lib/kpi/format';

const everySecond = (tick: () => void) => {
  const id = setInterval(tick, 1_000);
  return () => clearInterval(id);
};
const currentSecond = () => Math.floor(Date.now() / 1000);

/** Time left until the SLA is due (or how long it is overdue), ticking while the page is open. */
export function SlaCountdown({ dueAt, answeredAt }: { dueAt: string; answeredAt: string | null }) {
  const now = useSyncExternalStore(everySecond, currentSecond, () => null);
  const due = Date.parse(dueAt);
  if (answeredAt) {
    const late = Date.parse(answeredAt) - due;
    return <span className={late > 0 ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}>{late > 0 ? `answered ${formatDuration(late / 1000)} late` : 'answered in time'}</span>;
  }
  if (now === null) return <span className="text-muted">due {dueAt.slice(0, 16).replace('T', ' ')} UTC</span>;
  const left = (due - now * 1000) / 1000;
  return (
    <span role="timer" aria-live="off" className={left < 0 ? 'font-semibold text-red-700 dark:text-red-400' : left < 3600 ? 'font-semibold text-amber-700 dark:text-amber-400' : ''}>
      {left < 0 ? `overdue by ${formatDuration(-left)}` : `due in ${formatDuration(left)}`}
    </span>
  );
}
