'use client';

import { useEffect, useState } from 'react';
import { formatDuration } from '@/lib/kpi/format';

/** Time left until the SLA is due (or how long it is overdue), ticking while the page is open. */
export function SlaCountdown({ dueAt, answeredAt }: { dueAt: string; answeredAt: string | null }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (answeredAt) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(id);
  }, [answeredAt]);
  const due = Date.parse(dueAt);
  if (answeredAt) {
    const late = Date.parse(answeredAt) - due;
    return <span className={late > 0 ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}>{late > 0 ? `answered ${formatDuration(late / 1000)} late` : 'answered in time'}</span>;
  }
  if (now === null) return <span className="text-muted">due {dueAt.slice(0, 16).replace('T', ' ')} UTC</span>;
  const left = (due - now) / 1000;
  return (
    <span role="timer" aria-live="off" className={left < 0 ? 'font-semibold text-red-700 dark:text-red-400' : left < 3600 ? 'font-semibold text-amber-700 dark:text-amber-400' : ''}>
      {left < 0 ? `overdue by ${formatDuration(-left)}` : `due in ${formatDuration(left)}`}
    </span>
  );
}
