'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { sendJson } from '@/lib/http/send-json';
import type { Conditions, RoutingRuleView, RuleTemplateOption, RuleUnitOption } from './rule-view';

type Props = {
  rule: RoutingRuleView | null;
  /** Where a new rule goes in match order (0-based). */
  defaultPosition: number;
  units: RuleUnitOption[];
  templates: RuleTemplateOption[];
  emailTypes: string[];
  onSaved: (rule: RoutingRuleView) => void;
  onCancel: () => void;
};

const OEM_CHOICES = { any: 'Any sender', yes: 'OEM customers only', no: 'Everyone but OEM customers' } as const;

function conditionsFrom(form: FormData): Conditions {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const keywords = text('keywords')
    .split(/[\n,]/)
    .map((k) => k.trim())
    .filter(Boolean);
  const types = form.getAll('types').map(String);
  const oem = text('oem');
  return {
    ...(text('attachment') && { attachment: text('attachment') }),
    ...(keywords.length && { keywords }),
    ...(types.length && { types }),
    ...(oem !== 'any' && { oem: oem === 'yes' }),
    ...(text('from_domain') && { from_domain: text('from_domain') }),
  };
}

/** Create or edit one rule: where it sends mail, which reply goes out, and when it applies. */
export function RuleForm({ rule, defaultPosition, units, templates, emailTypes, onSaved, onCancel }: Props) {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const c = rule?.conditions ?? {};
  const err = (name: string) => fields[name];

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const body = {
      key: String(form.get('key') ?? '').trim(),
      name: String(form.get('name') ?? '').trim(),
      unit: String(form.get('unit')),
      template: String(form.get('template')) || null,
      conditions: conditionsFrom(form),
      ...(rule ? {} : { position: defaultPosition }),
    };
    setBusy(true);
    const result = rule ? await sendJson<RoutingRuleView>(`/api/settings/routing-rules/${rule.id}`, 'PATCH', body) : await sendJson<RoutingRuleView>('/api/settings/routing-rules', 'POST', body);
    setBusy(false);
    if (!result.ok) {
      setFields(result.fields);
      return setError(result.message);
    }
    onSaved(result.data);
  }

  const fieldError = (name: string) =>
    err(name) && (
      <p id={`rule-${name}-error`} role="alert" className="text-xs text-red-700 dark:text-red-400">
        {err(name)}
      </p>
    );

  return (
    <form onSubmit={submit} className="space-y-4" aria-label={rule ? `Edit rule ${rule.name}` : 'New routing rule'} noValidate>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Name" name="name" id="rule-name" defaultValue={rule?.name} required error={err('name')} placeholder="Samples to Sales" />
        <Field label="Key" name="key" id="rule-key" defaultValue={rule?.key} required error={err('key')} hint="lower-case letters, digits and _" placeholder="sample_requests" />
        <div className="space-y-1">
          <label htmlFor="rule-unit" className="block text-sm font-medium">Send to unit</label>
          <select id="rule-unit" name="unit" defaultValue={rule?.unit ?? units[0]?.key} className={inputClass} aria-invalid={!!err('unit')} aria-describedby={err('unit') ? 'rule-unit-error' : undefined}>
            {units.map((u) => (
              <option key={u.key} value={u.key}>{u.name}</option>
            ))}
          </select>
          {fieldError('unit')}
        </div>
        <div className="space-y-1">
          <label htmlFor="rule-template" className="block text-sm font-medium">Courtesy reply</label>
          <select id="rule-template" name="template" defaultValue={rule?.template ?? ''} className={inputClass} aria-invalid={!!err('template')} aria-describedby={err('template') ? 'rule-template-error' : undefined}>
            <option value="">No automatic reply</option>
            {templates.map((t) => (
              <option key={t.key} value={t.key}>{t.name}</option>
            ))}
          </select>
          {fieldError('template')}
        </div>
      </div>

      <fieldset className="space-y-4 rounded-lg border border-border p-4">
        <legend className="px-1 text-sm font-medium">When</legend>
        <p className="text-xs text-muted">Every condition you fill in must hold. With none, the rule takes every email that reaches it.</p>
        {err('conditions') && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{err('conditions')}</p>}
        <Field
          label="Attachment name matches"
          name="attachment"
          id="rule-attachment"
          defaultValue={c.attachment}
          error={err('conditions.attachment')}
          hint="A regular expression, case-insensitive, e.g. ^(invoice|rechnung).*\.pdf$"
          className={`${inputClass} font-mono`}
        />
        <div className="space-y-1">
          <label htmlFor="rule-keywords" className="block text-sm font-medium">Keywords in subject or text</label>
          <textarea
            id="rule-keywords"
            name="keywords"
            rows={3}
            defaultValue={c.keywords?.join('\n')}
            className={inputClass}
            aria-invalid={!!err('conditions.keywords')}
            aria-describedby="rule-keywords-hint"
          />
          <p id="rule-keywords-hint" className="text-xs text-muted">One per line or separated by commas; any one of them matches, as a whole word.</p>
          {err('conditions.keywords') && <p role="alert" className="text-xs text-red-700 dark:text-red-400">{err('conditions.keywords')}</p>}
        </div>
        <fieldset>
          <legend className="mb-1 text-sm font-medium">Classified as</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {emailTypes.map((t) => (
              <label key={t} className="flex items-center gap-2">
                <input type="checkbox" name="types" value={t} defaultChecked={c.types?.some((x) => x.toLowerCase() === t)} /> {t.replace('_', ' ')}
              </label>
            ))}
          </div>
          <p className="mt-1 text-xs text-muted">None ticked: any type.</p>
          {Object.entries(fields).filter(([k]) => k.startsWith('conditions.types')).map(([k, m]) => (
            <p key={k} role="alert" className="text-xs text-red-700 dark:text-red-400">{m}</p>
          ))}
        </fieldset>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="rule-oem" className="block text-sm font-medium">Sender</label>
            <select id="rule-oem" name="oem" defaultValue={c.oem === undefined ? 'any' : c.oem ? 'yes' : 'no'} className={inputClass}>
              {Object.entries(OEM_CHOICES).map(([value, label]) => (
                <option key={value} value={value}>{label}</option>
              ))}
            </select>
          </div>
          <Field label="Sender domain" name="from_domain" id="rule-from-domain" defaultValue={c.from_domain} error={err('conditions.from_domain')} hint="Subdomains count too" placeholder="royal-motors.de" />
        </div>
      </fieldset>

      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>{busy ? 'Saving…' : rule ? 'Save rule' : 'Create rule'}</Button>
        <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
