// Routing: rules are data (RoutingRule rows, first seeded from config/company.yaml). A rule's conditions are the
// `when` object of the YAML — attachment (case-insensitive pattern on file names), keywords (subject or text),
// types, oem, from_domain; every condition given must hold, none given matches everything. First match by position wins.
// A rule without conditions is a catch-all: what it took goes to the unit whose mailbox the sender wrote to
// (followMailbox), and a reply to the unit handling its thread (followThread).
import type { EmailType, Priority } from '@/lib/generated/sqlite/enums';
import { ruleCondition, type RuleCondition } from '@/lib/config/company';
import { findKeywords, keywordPattern, KEYWORD_SCAN_CHARS } from './keywords';
import { domainCandidates } from './classify';

export type RouteUnit = { id: string; key: string; name: string; email: string; slaMinutes: Record<Priority, number> };

export type RouteRule = {
  id: string;
  key: string;
  name: string;
  unitId: string;
  template: string | null;
  when: RuleCondition;
  attachment: RegExp | null;
  keywords: RegExp | null;
  /** No conditions: it matches every email, so it says nothing about this one. */
  catchAll: boolean;
  /** Why the stored conditions cannot be used; such a rule never matches. */
  invalid: string | null;
};

export type RouteFacts = {
  subject: string;
  text: string;
  attachments: string[];
  type: EmailType;
  isOem: boolean;
  fromAddress: string | null;
};

export type RouteDecision = {
  /** The rule that decided; null when none matched or the thread decided. */
  rule: RouteRule | null;
  unit: RouteUnit;
  /** The courtesy reply this decision calls for. */
  template: string | null;
  /** Only a catch-all rule (or none) matched: the unit handling the email's thread may take it instead. */
  catchAll: boolean;
  reasons: string[];
};

/** Validates and pre-compiles a stored rule once, so routing an email does no parsing. */
export function compileRule(row: { id: string; key: string; name: string; businessUnitId: string; template: string | null; conditions: unknown }): RouteRule {
  const base = { id: row.id, key: row.key, name: row.name, unitId: row.businessUnitId, template: row.template };
  const parsed = ruleCondition.safeParse(row.conditions ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ...base, when: {}, attachment: null, keywords: null, catchAll: false, invalid: `conditions.${issue.path.join('.')}: ${issue.message}` };
  }
  const when = parsed.data;
  return {
    ...base,
    when,
    attachment: when.attachment ? new RegExp(when.attachment, 'i') : null,
    keywords: when.keywords ? keywordPattern(when.keywords) : null,
    catchAll: !when.attachment && !when.keywords && !when.types && when.oem === undefined && !when.from_domain,
    invalid: null,
  };
}

/** Null when the rule does not match; else why it does. */
export function matchRule(rule: RouteRule, facts: RouteFacts): string[] | null {
  if (rule.invalid) return null;
  const reasons: string[] = [];
  if (rule.attachment) {
    const file = facts.attachments.find((name) => rule.attachment!.test(name));
    if (!file) return null;
    reasons.push(`attachment ${file} matched ${rule.key}`);
  }
  if (rule.keywords) {
    const inSubject = findKeywords(rule.keywords, facts.subject);
    const inText = inSubject.length ? [] : findKeywords(rule.keywords, facts.text.slice(0, KEYWORD_SCAN_CHARS));
    if (!inSubject.length && !inText.length) return null;
    reasons.push(inSubject.length ? `keyword "${inSubject[0]}" in the subject matched ${rule.key}` : `keyword "${inText[0]}" in the text matched ${rule.key}`);
  }
  if (rule.when.types) {
    if (!rule.when.types.some((t) => t.toUpperCase() === facts.type)) return null;
    reasons.push(`type ${facts.type.toLowerCase()} matched ${rule.key}`);
  }
  if (rule.when.oem !== undefined) {
    if (facts.isOem !== rule.when.oem) return null;
    reasons.push(`${facts.isOem ? 'OEM' : 'non-OEM'} sender matched ${rule.key}`);
  }
  if (rule.when.from_domain) {
    const wanted = rule.when.from_domain.toLowerCase().replace(/^@/, '');
    if (!domainCandidates(facts.fromAddress).includes(wanted)) return null;
    reasons.push(`sender domain ${wanted} matched ${rule.key}`);
  }
  return rule.catchAll ? [`${rule.key} matches every email`] : reasons;
}

/** First matching rule (rules in position order) decides the unit; with none, the fallback unit takes the email. */
export function routeEmail(facts: RouteFacts, rules: readonly RouteRule[], units: ReadonlyMap<string, RouteUnit>, fallback: RouteUnit): RouteDecision {
  for (const rule of rules) {
    const unit = units.get(rule.unitId);
    if (!unit) continue;
    const reasons = matchRule(rule, facts);
    if (reasons) return { rule, unit, template: rule.template, catchAll: rule.catchAll, reasons };
  }
  return { rule: null, unit: fallback, template: null, catchAll: true, reasons: [`no rule matched; ${fallback.name} takes it`] };
}

/**
 * The sender chose a unit's mailbox (orders@ for a typed-out order): when only a catch-all took the email, that unit
 * does instead, with the catch-all's reply. It stays a catch-all decision, so a reply still follows its thread.
 */
export function followMailbox(decision: RouteDecision, recipients: readonly string[], units: ReadonlyMap<string, RouteUnit>): RouteDecision {
  if (!decision.catchAll) return decision;
  const wanted = recipients.map((r) => r.toLowerCase());
  const unit = wanted.map((r) => [...units.values()].find((u) => u.email.toLowerCase() === r)).find((u) => u !== undefined);
  if (!unit || unit.id === decision.unit.id) return decision;
  const matched = decision.rule ? `only the catch-all rule ${decision.rule.key} matched` : 'no rule matched';
  return { ...decision, rule: null, unit, reasons: [`addressed to ${unit.email}, the ${unit.name} mailbox`, matched] };
}

/**
 * A reply joins its conversation: when only a catch-all took it, the unit handling its thread does instead, and
 * answers with the catch-all's reply. Any rule with conditions wins over the thread (a complaint in an order thread
 * goes to Quality).
 */
export function followThread(decision: RouteDecision, threadUnit: RouteUnit): RouteDecision {
  if (!decision.catchAll || threadUnit.id === decision.unit.id) return decision;
  const matched = decision.rule ? `only the catch-all rule ${decision.rule.key} matched` : 'no rule matched';
  return { rule: null, unit: threadUnit, template: decision.template, catchAll: false, reasons: [`reply in a thread handled by ${threadUnit.name}`, matched] };
}
