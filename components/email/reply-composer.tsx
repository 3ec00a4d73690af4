'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { callApi } from '@/lib/http/call-api';

type Wrap = { label: string; shortcut: string; before: string; after: string; line?: boolean };
const FORMATS: Wrap[] = [
  { label: 'Bold', shortcut: 'b', before: '**', after: '**' },
  { label: 'Italic', shortcut: 'i', before: '_', after: '_' },
  { label: 'List item', shortcut: 'l', before: '- ', after: '', line: true },
];

/** A reply box, or why there is none: an email without a sender address has nobody to answer. */
export function ReplyComposer({ taskId, to }: { taskId: string; to: string }) {
  if (!to.trim()) return <p className="text-sm text-muted">No reply possible: this email has no sender address to reply to.</p>;
  return <ReplyForm taskId={taskId} to={to} />;
}

/** A reply in light markup (**bold**, _italic_, "- " lists); the server renders it, adds a rating link and queues it. */
function ReplyForm({ taskId, to }: { taskId: string; to: string }) {
  const router = useRouter();
  const area = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function apply(f: Wrap) {
    const el = area.current;
    if (!el) return;
    const { selectionStart: s, selectionEnd: e, value } = el;
    const start = f.line ? value.lastIndexOf('\n', s - 1) + 1 : s;
    const next = f.line ? value.slice(0, start) + f.before + value.slice(start) : value.slice(0, s) + f.before + value.slice(s, e) + f.after + value.slice(e);
    setBody(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(e + f.before.length, e + f.before.length);
    });
  }

  async function send() {
    setBusy(true);
    setMessage(null);
    const res = await callApi(`/api/tasks/${taskId}/reply`, 'POST', { body });
    setBusy(false);
    if (!res.ok) return setMessage({ ok: false, text: res.errors[0]?.message ?? res.detail });
    setBody('');
    setMessage({ ok: true, text: 'Reply queued for sending.' });
    router.refresh();
  }

  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <div role="toolbar" aria-label="Formatting" className="flex gap-1">
        {FORMATS.map((f) => (
          <Button key={f.label} variant="ghost" className="px-2 py-1" title={`${f.label} (Ctrl+${f.shortcut.toUpperCase()})`} onClick={() => apply(f)}>
            {f.label}
          </Button>
        ))}
      </div>
      <label htmlFor="reply-body" className="sr-only">Reply to {to}</label>
      <textarea
        id="reply-body"
        ref={area}
        rows={7}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          const f = (e.ctrlKey || e.metaKey) && FORMATS.find((x) => x.shortcut === e.key.toLowerCase());
          if (f) {
            e.preventDefault();
            apply(f);
          }
        }}
        placeholder={`Dear customer, …  (to ${to})`}
        className={inputClass}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy || !body.trim()}>{busy ? 'Sending…' : 'Send reply'}</Button>
        <span className="text-xs text-muted">Signature and a one-click rating link are added.</span>
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`text-sm ${message.ok ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}`}>
          {message.text}
        </p>
      )}
    </form>
  );
}
