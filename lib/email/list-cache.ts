// GET /api/emails pages, answered from memory while nothing they show has changed (lib/db/versioned-cache.ts): the
// counter "email_list.version" changes with every write to an email, its task, auto-reply or attachments, or the
// names shown beside them (migration email_list_version), and a page expires when an SLA state on it falls due.
import { versionedCache } from '@/lib/db/versioned-cache';
import { listEmailsUntil, type EmailListQuery } from './queries';

const pages = versionedCache('email_list.version');

/** One page as UTF-8 JSON; `q` is the caller's query with `assignee=me` already resolved (see forCaller). */
export function listEmailsJson(q: EmailListQuery, now = new Date()): Promise<Uint8Array<ArrayBuffer>> {
  // Which emails are at risk or breached changes with the clock alone, so such a page is never kept.
  const key = q.sla ? null : JSON.stringify(q);
  return pages(key, async () => {
    const { page, validUntil } = await listEmailsUntil(q, now);
    return { value: page, validUntil };
  }, now.getTime());
}
