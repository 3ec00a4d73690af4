'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { inputClass } from '@/components/ui/field';
import { EmptyState } from '@/components/ui/states';
import { LocalTime } from '@/components/ui/local-time';
import { REPLY_VARIABLES, unknownVariables } from '@/lib/email/template-variables';
import { renderReply, type ReplyVars } from '@/lib/email/templates';
import type { ReplyTemplateView } from '@/lib/email/templates-admin';
import { sendJson } from '@/lib/http/send-json';

type Sender = { key: string; name: string; vars: ReplyVars };
type Props = { templates: ReplyTemplateView[]; senders: Sender[]; signature: string };

/** Template list beside an editor whose preview is rendered by the same renderer the pipeline uses. */
export function TemplateEditor({ templates, senders, signature }: Props) {
  const [selectedId, setSelectedId] = useState(templates[0]?.id ?? null);
  const [dirty, setDirty] = useState(false);
  const selected = templates.find((t) => t.id === selectedId) ?? null;

  function choose(id: string) {
    if (id === selectedId) return;
    if (dirty && !confirm('Discard the unsaved changes to this template?')) return;
    setDirty(false);
    setSelectedId(id);
  }

  if (!templates.length) return <EmptyState title="No reply templates">Run the seed (npm run db:seed) to copy them from config/company.yaml.</EmptyState>;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
      <nav aria-label="Reply templates">
        <ul className="space-y-1">
          {templates.map((t) => (
            <li key={t.id}>
              <button
                type="button"
                onClick={() => choose(t.id)}
                aria-current={t.id === selectedId ? 'true' : undefined}
                className="w-full rounded-md px-3 py-2 text-left text-sm hover:bg-subtle aria-[current=true]:bg-royal-100 aria-[current=true]:text-royal-900 dark:aria-[current=true]:bg-royal-800 dark:aria-[current=true]:text-royal-100"
              >
                <span className="block font-medium">{t.name}</span>
                <span className="block font-mono text-xs text-muted">{t.key}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {selected && <TemplateForm key={selected.id} template={selected} senders={senders} signature={signature} onDirty={setDirty} />}
    </div>
  );
}

type FormProps = { template: ReplyTemplateView; senders: Sender[]; signature: string; onDirty: (dirty: boolean) => void };

function TemplateForm({ template, senders, signature, onDirty }: FormProps) {
  const router = useRouter();
  const [subject, setSubject] = useState(template.subject);
  const [bodyText, setBodyText] = useState(template.bodyText);
  const [senderKey, setSenderKey] = useState(senders[0]?.key ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const lastField = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

  const dirty = subject !== template.subject || bodyText !== template.bodyText;
  const unknown = unknownVariables(`${subject}\n${bodyText}`);
  const sender = senders.find((s) => s.key === senderKey) ?? senders[0];
  const preview = sender ? renderReply({ key: template.key, subject, bodyText }, sender.vars, { signature }) : null;

  function edit(setter: (v: string) => void, value: string, changed: boolean) {
    setter(value);
    setSaved(null);
    onDirty(changed);
  }

  /** Puts {{name}} at the cursor of the field last typed in (the body by default). */
  function insertVariable(name: string) {
    const field = lastField.current ?? document.getElementById('template-body') as HTMLTextAreaElement;
    const token = `{{${name}}}`;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const value = field.value.slice(0, start) + token + field.value.slice(end);
    if (field.id === 'template-subject') edit(setSubject, value, value !== template.subject || bodyText !== template.bodyText);
    else edit(setBodyText, value, subject !== template.subject || value !== template.bodyText);
    requestAnimationFrame(() => {
      field.focus();
      field.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function save(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await sendJson<ReplyTemplateView>(`/api/settings/reply-templates/${template.id}`, 'PATCH', { subject, bodyText });
    setBusy(false);
    if (!result.ok) {
      setFields(result.fields);
      return setError(result.message);
    }
    setFields({});
    setSaved('Saved. The next courtesy reply uses it.');
    onDirty(false);
    router.refresh();
  }

  function reset() {
    setSubject(template.subject);
    setBodyText(template.bodyText);
    setFields({});
    setError(null);
    onDirty(false);
  }

  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <Card>
        <CardTitle>{template.name}</CardTitle>
        <form onSubmit={save} className="space-y-4" aria-label={`Edit template ${template.name}`}>
          <div className="space-y-1">
            <label htmlFor="template-subject" className="block text-sm font-medium">Subject</label>
            <input
              id="template-subject"
              value={subject}
              onFocus={(e) => (lastField.current = e.currentTarget)}
              onChange={(e) => edit(setSubject, e.target.value, e.target.value !== template.subject || bodyText !== template.bodyText)}
              aria-invalid={!!fields.subject}
              aria-describedby={fields.subject ? 'template-subject-error' : undefined}
              className={inputClass}
            />
            {fields.subject && <p id="template-subject-error" role="alert" className="text-xs text-red-700 dark:text-red-400">{fields.subject}</p>}
          </div>
          <div className="space-y-1">
            <label htmlFor="template-body" className="block text-sm font-medium">Body</label>
            <textarea
              id="template-body"
              rows={14}
              value={bodyText}
              onFocus={(e) => (lastField.current = e.currentTarget)}
              onChange={(e) => edit(setBodyText, e.target.value, subject !== template.subject || e.target.value !== template.bodyText)}
              aria-invalid={!!fields.bodyText}
              aria-describedby={fields.bodyText ? 'template-body-error' : 'template-body-hint'}
              className={`${inputClass} font-mono`}
            />
            <p id="template-body-hint" className="text-xs text-muted">A blank line starts a new paragraph. The company signature is added below.</p>
            {fields.bodyText && <p id="template-body-error" role="alert" className="text-xs text-red-700 dark:text-red-400">{fields.bodyText}</p>}
          </div>
          <fieldset>
            <legend className="mb-1 text-sm font-medium">Insert a variable</legend>
            <div className="flex flex-wrap gap-1">
              {REPLY_VARIABLES.map((v) => (
                <button key={v} type="button" onClick={() => insertVariable(v)} className="rounded-full border border-border px-2 py-0.5 font-mono text-xs hover:bg-subtle">
                  {`{{${v}}}`}
                </button>
              ))}
            </div>
          </fieldset>
          {unknown.length > 0 && (
            <p role="alert" className="text-sm text-amber-800 dark:text-amber-300">
              Unknown {unknown.length > 1 ? 'variables' : 'variable'} {unknown.map((v) => `{{${v}}}`).join(', ')} — no reply fills {unknown.length > 1 ? 'them' : 'it'}, so saving is refused.
            </p>
          )}
          {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
          {saved && <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">{saved}</p>}
          <div className="flex flex-wrap items-center gap-2">
            <Button type="submit" disabled={busy || !dirty || unknown.length > 0}>{busy ? 'Saving…' : 'Save template'}</Button>
            <Button variant="secondary" onClick={reset} disabled={!dirty}>Undo changes</Button>
            {dirty ? <Badge tone="warning">unsaved</Badge> : <span className="text-xs text-muted">Last saved <LocalTime iso={template.updatedAt} /></span>}
          </div>
        </form>
      </Card>
      <Card aria-labelledby="template-preview-title">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <CardTitle id="template-preview-title">Preview</CardTitle>
          <label className="flex items-center gap-2 text-sm">
            <span className="whitespace-nowrap">As sent by</span>
            <select value={sender?.key} onChange={(e) => setSenderKey(e.target.value)} className={`${inputClass} w-auto`}>
              {senders.map((s) => (
                <option key={s.key} value={s.key}>{s.name}</option>
              ))}
            </select>
          </label>
        </div>
        {preview ? (
          <div className="space-y-3" data-testid="template-preview">
            <p className="text-sm">
              <span className="text-muted">Subject: </span>
              <strong data-testid="preview-subject">{preview.subject}</strong>
            </p>
            <iframe title="HTML preview of the reply" sandbox="" srcDoc={preview.html} className="h-96 w-full rounded-md border border-border bg-white" />
            <details>
              <summary className="cursor-pointer text-sm text-muted">Plain-text version</summary>
              <pre className="mt-2 whitespace-pre-wrap rounded-md bg-subtle p-3 text-xs">{preview.text}</pre>
            </details>
            <p className="text-xs text-muted">Example customer and case reference; unit name, email and SLA promise are the chosen unit’s.</p>
          </div>
        ) : (
          <EmptyState title="No business units">The preview needs a unit to send from.</EmptyState>
        )}
      </Card>
    </div>
  );
}
