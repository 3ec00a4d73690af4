import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DepartmentKpi } from '@/lib/kpi/departments';
import { DepartmentTable } from './department-table';

const row = (r: Pick<DepartmentKpi, 'kpi' | 'label' | 'current' | 'previous' | 'target' | 'unit' | 'better'>): DepartmentKpi => ({
  unitKey: 'orders',
  unitName: 'Orders',
  status: 'good',
  trend: 'down',
  ...r,
});

const rows = [
  row({ kpi: 'first_response_median', label: 'First response (median)', current: 180, previous: 240, target: 3600, unit: 's', better: 'lower' }),
  row({ kpi: 'sla_compliance', label: 'SLA compliance', current: 97.5, previous: 99, target: 95, unit: '%', better: 'higher' }),
];

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('DepartmentTable', () => {
  it('shows each figure with the unit it is written in and names no other unit beside it', () => {
    const shown = text(renderToStaticMarkup(createElement(DepartmentTable, { rows })));
    expect(shown).toContain('First response (median) 3 min ≤ 1 h');
    expect(shown).toContain('was 4 min');
    expect(shown).toContain('SLA compliance 97.5 % ≥ 95.0 %');
    expect(shown).not.toMatch(/seconds|percent/i);
  });
});
