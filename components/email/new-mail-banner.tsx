'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useChannelEvent } from '@/components/realtime/use-channel-event';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';

/** Counts emails that arrived since the list was rendered; the list moves only when the reader asks, not under the cursor.
 *  The live region stays mounted (so the count is announced) but takes no room until there is something to show. */
export function NewMailBanner() {
  const router = useRouter();
  const [count, setCount] = useState(0);
  useChannelEvent(CHANNELS.staff, EVENTS.emailReceived, () => setCount((n) => n + 1));
  return (
    <div aria-live="polite" className={count > 0 ? 'mb-3' : undefined}>
      {count > 0 && (
        <Button
          variant="gold"
          onClick={() => {
            setCount(0);
            router.refresh();
          }}
        >
          {count === 1 ? '1 new email' : `${count} new emails`} — show
        </Button>
      )}
    </div>
  );
}
