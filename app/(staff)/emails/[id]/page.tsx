import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Badge } from '@/components/ui/badge';
import { Card, CardTitle } from '@/components/ui/card';
import { LocalTime } from '@/components/ui/local-time';
import { PageHeader } from '@/components/ui/states';
import { LiveRefresh } from '@/components/dashboard/live-refresh';
import { AuditTrail } from '@/components/email/audit-trail';
import { EmailBody } from '@/components/email/email-body';
import { PRIORITY_LABEL, PRIORITY_TONE, STATUS_LABEL, TYPE_LABEL } from '@/components/email/labels';
import { Reasons } from '@/components/email/reasons';
import { ReplyComposer } from '@/components/email/reply-composer';
import { SlaBadge } from '@/components/email/sla-badge';
import { SlaCountdown } from '@/components/email/sla-countdown';
import { TaskActions } from '@/components/email/task-actions';
import { ThreadView } from '@/components/email/thread-view';
import { requireArea } from '@/lib/auth/session';
import { emailWorkspace } from '@/lib/dashboard/email-detail';
import { unitOptions } from '@/lib/dashboard/units';
import { emailDetailById } from '@/lib/email/queries';
import { EVENTS } from '@/lib/realtime/channels';

export const metadata: Metadata = { title: 'Email' };

const formatBytes = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

export default async function EmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea('emails', `/emails/${id}`);
  const email = await emailDetailById(id);
  if (!email) notFound();
  const [work, units] = await Promise.all([emailWorkspace({ id: email.id, threadId: email.threadId, taskId: email.task?.id ?? null }), unitOptions()]);
  const ownOutbox = work.outbox.filter((m) => m.emailId === email.id);
  const autoReply = ownOutbox.find((m) => m.kind === 'auto_reply');
  const headerRows: [string, string][] = [
    ['From', email.from.name ? `${email.from.name} <${email.from.address}>` : email.from.address],
    ['To', email.to.join(', ')],
    ...(email.cc.length ? [['Cc', email.cc.join(', ')] as [string, string]] : []),
    ['Message-ID', email.messageId],
    ...(email.inReplyTo ? [['In-Reply-To', email.inReplyTo] as [string, string]] : []),
    ['Size', formatBytes(email.size)],
  ];

  return (
    <>
      <LiveRefresh events={[EVENTS.emailUpdated]} />
      <p className="mb-2 text-sm"><Link href="/emails" className="underline">← Inbox</Link></p>
      <PageHeader
        title={email.subject || '(no subject)'}
        description={`${TYPE_LABEL[email.type]} · ${email.language.toUpperCase()}${email.customer ? ` · ${email.customer.name}` : ''}`}
        actions={
          <span className="flex flex-wrap gap-1">
            <Badge tone={PRIORITY_TONE[email.priority]}>{PRIORITY_LABEL[email.priority]}</Badge>
            {email.isOem && <Badge tone="purple">OEM</Badge>}
            {email.autoHandled && <Badge tone="gold">Auto-handled{email.autoHandledBy ? ` by ${email.autoHandledBy}` : ''}</Badge>}
            <SlaBadge state={email.sla} />
          </span>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="headers-title">
            <CardTitle id="headers-title">Headers</CardTitle>
            <dl className="grid grid-cols-[6rem_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm sm:grid-cols-[8rem_minmax(0,1fr)]">
              {headerRows.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="text-muted">{k}</dt>
                  <dd className="break-all">{v}</dd>
                </div>
              ))}
              <dt className="text-muted">Received</dt>
              <dd><LocalTime iso={email.receivedAt} /></dd>
            </dl>
            {user.role === 'ADMIN' && (
              <p className="mt-2 text-xs"><a href={`/api/emails/${email.id}/source`} className="underline">Download original message (admins)</a></p>
            )}
          </Card>
          <Card aria-labelledby="body-title">
            <CardTitle id="body-title">Message</CardTitle>
            <EmailBody html={email.html} text={email.text} subject={email.subject} />
          </Card>
          {email.attachments.length > 0 && (
            <Card aria-labelledby="attachments-title">
              <CardTitle id="attachments-title">Attachments</CardTitle>
              <ul className="space-y-1 text-sm">
                {email.attachments.map((a) => (
                  <li key={a.id} className="flex items-center gap-2">
                    {a.url ? <a href={a.url} className="underline" download>{a.filename}</a> : <span>{a.filename}</span>}
                    <span className="text-xs text-muted">{a.contentType} · {formatBytes(a.size)}</span>
                    {!a.allowed && <Badge tone="critical">Quarantined — not served</Badge>}
                  </li>
                ))}
              </ul>
            </Card>
          )}
          <Card aria-labelledby="why-title">
            <CardTitle id="why-title">Classification and routing</CardTitle>
            <Reasons reasons={email.reasons} unit={email.unit?.name ?? null} type={TYPE_LABEL[email.type]} priority={PRIORITY_LABEL[email.priority]} isOem={email.isOem} />
          </Card>
          <Card aria-labelledby="auto-reply-title">
            <CardTitle id="auto-reply-title">Auto-reply</CardTitle>
            {autoReply ? (
              <div className="space-y-1 text-sm">
                <p>
                  <strong>{autoReply.subject}</strong> to {autoReply.toAddress} · template {autoReply.template ?? '—'} · <Badge tone={autoReply.status === 'SENT' ? 'good' : autoReply.status === 'FAILED' ? 'critical' : 'neutral'}>{autoReply.status}</Badge>
                </p>
                <pre className="whitespace-pre-wrap break-words rounded-md bg-subtle p-3 font-sans text-sm">{autoReply.text}</pre>
              </div>
            ) : (
              <p className="text-sm text-muted">{email.reasons.autoReply.length ? email.reasons.autoReply.join(' · ') : 'No auto-reply went out for this email.'}</p>
            )}
          </Card>
          {email.task && (
            <Card aria-labelledby="reply-title">
              <CardTitle id="reply-title">Reply</CardTitle>
              <ReplyComposer taskId={email.task.id} to={email.from.address} />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          {email.task ? (
            <Card aria-labelledby="task-title">
              <CardTitle id="task-title">Task</CardTitle>
              <dl className="mb-4 space-y-1 text-sm">
                <div className="flex justify-between gap-2"><dt className="text-muted">Status</dt><dd>{STATUS_LABEL[email.task.status]}</dd></div>
                <div className="flex justify-between gap-2"><dt className="text-muted">Unit</dt><dd>{email.unit?.name ?? '—'}</dd></div>
                <div className="flex justify-between gap-2"><dt className="text-muted">SLA</dt><dd><SlaCountdown dueAt={email.task.slaDueAt} answeredAt={email.task.firstResponseAt ?? email.task.closedAt} /></dd></div>
                {email.task.escalationLevel > 0 && <div className="flex justify-between gap-2"><dt className="text-muted">Escalated</dt><dd>level {email.task.escalationLevel}</dd></div>}
                {email.task.handoffReason && <div><dt className="text-muted">Handed to people because</dt><dd>{email.task.handoffReason}</dd></div>}
              </dl>
              <TaskActions
                taskId={email.task.id}
                status={email.task.status}
                assigneeId={email.task.assignee?.id ?? null}
                unitKey={email.unit?.key ?? null}
                priority={email.priority}
                staff={work.staff}
                units={units}
              />
            </Card>
          ) : (
            <Card><p className="text-sm text-muted">No task: nothing to answer for this email.</p></Card>
          )}
          <Card aria-labelledby="thread-title">
            <CardTitle id="thread-title">Thread ({email.thread.messageCount})</CardTitle>
            <ThreadView currentId={email.id} emails={work.thread} outbox={work.outbox} />
          </Card>
          <Card aria-labelledby="trail-title">
            <CardTitle id="trail-title">Audit trail</CardTitle>
            <AuditTrail entries={work.trail} names={work.names} />
          </Card>
        </div>
      </div>
    </>
  );
}
