import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompanyConfig } from './company';

const good = readFileSync('config/company.yaml', 'utf8');

describe('company configuration', () => {
  it('accepts the shipped config/company.yaml', () => {
    const config = parseCompanyConfig(good);
    expect(config.company.domain).toBe('h-bu.de');
    expect(config.kpi_targets).toMatchObject({ auto_handled_share: 70, response_time: 3600, customer_satisfaction: 85 });
    expect(config.business_units.map((u) => u.email)).toEqual(
      expect.arrayContaining(['support@h-bu.de', 'orders@h-bu.de', 'finance@h-bu.de', 'quality@h-bu.de', 'supplier@h-bu.de', 'oem1@h-bu.de']),
    );
    expect(config.routing_rules.map((r) => r.key)).toEqual(['order_pdf', 'invoice_pdf', 'supplier_keywords', 'complaint_keywords', 'oem_customer', 'expedite_mail', 'fallback']);
  });

  it('names the key and the line of a wrong value', () => {
    const bad = good.replace('response_time: 3600', 'response_time: soon');
    const line = bad.split('\n').findIndex((l) => l.includes('response_time: soon')) + 1;
    expect(() => parseCompanyConfig(bad)).toThrow(`config/company.yaml:${line}: kpi_targets.response_time:`);
  });

  it('refuses a rule that routes to a unit that does not exist', () => {
    const bad = good.replace('unit: quality\n    template: complaint_ack', 'unit: qualitee\n    template: complaint_ack');
    expect(() => parseCompanyConfig(bad)).toThrow(/routing_rules\.3\.unit: unknown business unit "qualitee"/);
  });

  it('refuses an invalid routing pattern', () => {
    const bad = good.replace("attachment: '^(invoice|rechnung|inv)[^/]*\\.pdf$'", "attachment: '(unclosed'");
    expect(() => parseCompanyConfig(bad)).toThrow(/routing_rules\.1\.when\.attachment: not a valid regular expression/);
  });

  it('reports YAML syntax errors with their line', () => {
    expect(() => parseCompanyConfig('company:\n  name: [unclosed\n')).toThrow(/company\.yaml:\d+: YAML syntax error/);
  });

  it('reports a missing section', () => {
    const bad = good.replace(/kpi_targets:[\s\S]*?customer_satisfaction: 85[^\n]*\n/, '');
    expect(() => parseCompanyConfig(bad)).toThrow(/kpi_targets:/);
  });
});
