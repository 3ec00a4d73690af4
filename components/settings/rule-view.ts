// What the routing-rule editors receive from the server page, and how a rule reads to an admin.
import type { RoutingRuleView } from '@/lib/email/rules-admin';

export type { RoutingRuleView };
export type RuleUnitOption = { key: string; name: string };
export type RuleTemplateOption = { key: string; name: string };
export type Conditions = RoutingRuleView['conditions'];

/** One line per condition, as an admin reads a rule. */
export function describeConditions(c: Conditions): string[] {
  const parts: string[] = [];
  if (c.attachment) parts.push(`attachment name matches ${c.attachment}`);
  if (c.keywords) parts.push(`keyword: ${c.keywords.slice(0, 4).join(', ')}${c.keywords.length > 4 ? ` (+${c.keywords.length - 4} more)` : ''}`);
  if (c.types) parts.push(`type: ${c.types.join(', ')}`);
  if (c.oem !== undefined) parts.push(c.oem ? 'sender is an OEM customer' : 'sender is not an OEM customer');
  if (c.from_domain) parts.push(`sender domain ${c.from_domain}`);
  return parts.length ? parts : ['every email'];
}
