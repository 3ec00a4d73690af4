import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RouteSampleResult } from '@/lib/email/route-sample';
import { SampleOutcome } from './route-sample-tester';

const result = (slaMinutes: number): RouteSampleResult => ({
  classification: { type: 'INQUIRY', priority: 'NORMAL', language: 'en', isOem: false, customer: null, reasons: { type: [], priority: [], oem: [], language: [] } },
  rule: null,
  unit: { key: 'support', name: 'Support', email: 'support@h-bu.de' },
  reasons: [],
  slaMinutes,
  reply: null,
  replyReasons: [],
});

const shown = (slaMinutes: number) => renderToStaticMarkup(createElement(SampleOutcome, { result: result(slaMinutes) })).replace(/<[^>]+>/g, ' ');

describe('SampleOutcome', () => {
  it('states the SLA as a person reads a duration', () => {
    expect(shown(480)).toContain('Answer due within 8 h (');
    expect(shown(90)).toContain('Answer due within 1 h 30 min (');
    expect(shown(45)).toContain('Answer due within 45 min (');
  });
});
