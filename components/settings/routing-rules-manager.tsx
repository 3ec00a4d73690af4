'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/states';
import { TableScroll } from '@/components/ui/table-scroll';
import { RuleForm } from './rule-form';
import { describeConditions, type RoutingRuleView, type RuleTemplateOption, type RuleUnitOption } from './rule-view';
import { sendJson } from '@/lib/http/send-json';

type Props = { rules: RoutingRuleView[]; units: RuleUnitOption[]; templates: RuleTemplateOption[]; emailTypes: string[] };

const isCatchAll = (r: RoutingRuleView) => Object.keys(r.conditions).length === 0;

/** The rules in match order: move, switch on and off, edit, add, delete. The page re-renders from the database after each change. */
export function RoutingRulesManager({ rules, units, templates, emailTypes }: Props) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [editing, setEditing] = useState<RoutingRuleView | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const pendingFocus = useRef<{ rule: string; direction: 'up' | 'down'; rules: RoutingRuleView[] } | null>(null);

  // A moved row is re-inserted in the DOM and its button was disabled while saving, so focus is lost: once the new
  // order has rendered, put it back on the button pressed, or on the other one when the rule reached an end.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending || pending.rules === rules) return;
    pendingFocus.current = null;
    const pressed = document.getElementById(`rule-${pending.rule}-${pending.direction}`) as HTMLButtonElement | null;
    if (pressed && !pressed.disabled) pressed.focus();
    else document.getElementById(`rule-${pending.rule}-${pending.direction === 'up' ? 'down' : 'up'}`)?.focus();
  }, [rules]);

  const unitName = (r: RoutingRuleView) => units.find((u) => u.key === r.unit)?.name ?? r.unitName;
  const templateName = (key: string | null) => (key ? (templates.find((t) => t.key === key)?.name ?? key) : null);

  async function change(rule: RoutingRuleView, body: Record<string, unknown>, done: string) {
    setBusyId(rule.id);
    setError(null);
    const result = await sendJson<RoutingRuleView>(`/api/settings/routing-rules/${rule.id}`, 'PATCH', body);
    setBusyId(null);
    if (!result.ok) {
      pendingFocus.current = null;
      return setError(result.message);
    }
    setAnnouncement(done);
    startRefresh(() => router.refresh());
  }

  function move(rule: RoutingRuleView, index: number, direction: 'up' | 'down') {
    const to = direction === 'up' ? index - 1 : index + 1;
    pendingFocus.current = { rule: rule.id, direction, rules };
    void change(rule, { position: to }, `${rule.name} is now rule ${to + 1} of ${rules.length}.`);
  }

  async function remove(rule: RoutingRuleView) {
    if (!confirm(`Delete the rule "${rule.name}"? Emails it already routed keep their unit.`)) return;
    setBusyId(rule.id);
    const result = await sendJson<{ id: string }>(`/api/settings/routing-rules/${rule.id}`, 'DELETE');
    setBusyId(null);
    if (!result.ok) return setError(result.message);
    setAnnouncement(`${rule.name} was deleted.`);
    setEditing(null);
    startRefresh(() => router.refresh());
  }

  function saved(rule: RoutingRuleView) {
    setAnnouncement(`${rule.name} was saved; the next email is routed by it.`);
    setEditing(null);
    startRefresh(() => router.refresh());
  }

  const lastIsCatchAll = rules.length > 0 && isCatchAll(rules[rules.length - 1]);

  return (
    <div className="space-y-6">
      <Card aria-busy={refreshing}>
        <div className="flex flex-wrap items-start justify-between gap-2">
          <CardTitle>Rules in match order</CardTitle>
          <Button variant="secondary" onClick={() => setEditing('new')} disabled={editing === 'new'}>New rule</Button>
        </div>
        <p role="status" className="sr-only">{announcement}</p>
        {error && <p role="alert" className="mb-3 text-sm text-red-700 dark:text-red-400">{error}</p>}
        {rules.length === 0 ? (
          <EmptyState title="No routing rules">Every email goes to the fallback unit until you add a rule.</EmptyState>
        ) : (
          <TableScroll>
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th className="py-2 pr-2">#</th>
                  <th className="pr-2">Rule</th>
                  <th className="pr-2">When</th>
                  <th className="pr-2">Unit · reply</th>
                  <th className="pr-2">On</th>
                  <th><span className="sr-only">Order and actions</span></th>
                </tr>
              </thead>
              <tbody>
                {rules.map((r, i) => (
                  <tr key={r.id} data-rule-key={r.key} className={`border-t border-border align-top ${r.enabled ? '' : 'opacity-60'}`}>
                    <td className="py-2 pr-2 font-mono text-muted">{i + 1}</td>
                    <td className="py-2 pr-2">
                      <div className="font-medium">{r.name}</div>
                      <div className="font-mono text-xs text-muted">{r.key}</div>
                      {r.invalid && <Badge tone="critical">never matches: {r.invalid}</Badge>}
                    </td>
                    <td className="py-2 pr-2">
                      <ul className="space-y-0.5 text-xs max-lg:min-w-48">
                        {describeConditions(r.conditions).map((line) => (
                          <li key={line} className="break-all">{line}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2 pr-2">
                      <div>{unitName(r)}</div>
                      <div className="text-xs text-muted">{templateName(r.template) ?? 'no automatic reply'}</div>
                    </td>
                    <td className="py-2 pr-2">
                      <input
                        type="checkbox"
                        role="switch"
                        aria-label={`${r.name} enabled`}
                        checked={r.enabled}
                        disabled={busyId === r.id}
                        onChange={(e) => change(r, { enabled: e.target.checked }, `${r.name} is ${e.target.checked ? 'on' : 'off'}.`)}
                        className="h-4 w-4 accent-royal-700"
                      />
                    </td>
                    <td className="py-2">
                      <div className="flex justify-end gap-1">
                        <Button id={`rule-${r.id}-up`} variant="ghost" className="px-2" aria-label={`Move ${r.name} up`} disabled={i === 0 || busyId !== null} onClick={() => move(r, i, 'up')}>
                          <span aria-hidden="true">↑</span>
                        </Button>
                        <Button id={`rule-${r.id}-down`} variant="ghost" className="px-2" aria-label={`Move ${r.name} down`} disabled={i === rules.length - 1 || busyId !== null} onClick={() => move(r, i, 'down')}>
                          <span aria-hidden="true">↓</span>
                        </Button>
                        <Button variant="secondary" className="px-3" aria-label={`Edit ${r.name}`} onClick={() => setEditing(r)}>Edit</Button>
                        <Button variant="ghost" className="px-3 text-red-700" aria-label={`Delete ${r.name}`} disabled={busyId !== null} onClick={() => remove(r)}>Delete</Button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <p className="mt-3 text-xs text-muted">The first enabled rule that matches decides; an email no rule takes goes to the support unit.</p>
      </Card>

      {editing && (
        <Card>
          <CardTitle>{editing === 'new' ? 'New rule' : `Edit “${editing.name}”`}</CardTitle>
          <RuleForm
            key={editing === 'new' ? 'new' : editing.id}
            rule={editing === 'new' ? null : editing}
            defaultPosition={lastIsCatchAll ? rules.length - 1 : rules.length}
            units={units}
            templates={templates}
            emailTypes={emailTypes}
            onSaved={saved}
            onCancel={() => setEditing(null)}
          />
        </Card>
      )}
    </div>
  );
}
