import { describe, expect, it } from 'vitest';
import { REPLY_VARIABLES, unknownVariables } from './template-variables';

describe('reply template variables', () => {
  it('lists every variable a reply fills', () => {
    expect(REPLY_VARIABLES).toEqual(['customer_name', 'reference', 'sla_promise', 'unit_name', 'unit_email', 'company', 'subject']);
  });

  it('names each unknown placeholder once, typos with dashes or spaces included', () => {
    expect(unknownVariables('Dear {{ customer_name }}, {{first_name}} {{unit-name}} {{first_name}} {{reference}}')).toEqual(['first_name', 'unit-name']);
    expect(unknownVariables('Case {{reference}} within {{sla_promise}}')).toEqual([]);
  });
});
