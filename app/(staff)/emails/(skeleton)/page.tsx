import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/states';
import { LiveIndicator } from '@/components/realtime/live-indicator';
import { InboxFilters } from '@/components/email/inbox-filters';
import { InboxTable } from '@/components/email/inbox-table';
import { NewMailBanner } from '@/components/email/new-mail-banner';
import { requireArea } from '@/lib/auth/session';
import { inboxProblems, listInbox, parseInboxParams } from '@/lib/dashboard/inbox';
import { forCaller } from '@/lib/email/queries';
import { unitOptions } from '@/lib/dashboard/units';

export const metadata: Metadata = { title: 'Inbox' };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function InboxPage({ searchParams }: { searchParams: Search }) {
  const user = await requireArea('emails', '/emails');
  const params = await searchParams;
  const values = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const parsed = parseInboxParams(params);
  const [page, units] = await Promise.all([parsed.success ? listInbox(forCaller(parsed.data, user.id)!) : null, unitOptions()]);
  const next = page?.nextCursor ? `/emails?${new URLSearchParams({ ...values, cursor: page.nextCursor })}` : null;
  const searching = !!values.q?.trim();
  return (
    <>
      <PageHeader title="Inbox" description="Every inbound email, newest first. j / k to move, Enter to open." actions={<LiveIndicator />} />
      <InboxFilters values={values} units={units} />
      {!parsed.success && (
        <p role="alert" className="mb-4 text-sm text-red-700 dark:text-red-400">
          {inboxProblems(parsed.error).join(' ')}
        </p>
      )}
      {!values.cursor && <NewMailBanner />}
      {page && page.items.length > 0 && <InboxTable emails={page.items} />}
      {page && page.items.length === 0 && (
        <EmptyState title={searching ? 'Nothing matches this search' : 'No emails match'}>
          {values.cursor ? 'There are no further emails.' : 'Change the filters or the search words; new emails appear here as they arrive.'}
        </EmptyState>
      )}
      <nav aria-label="Pages" className="mt-4 flex justify-between">
        {values.cursor ? <ButtonLink href={`/emails?${new URLSearchParams(Object.entries(values).filter(([k]) => k !== 'cursor'))}`} variant="secondary">← Newest</ButtonLink> : <span />}
        {next && <ButtonLink href={next} variant="secondary">Older →</ButtonLink>}
      </nav>
    </>
  );
}
