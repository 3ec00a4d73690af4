import { describe, expect, it } from 'vitest';
import { atRiskLeadMs, bumpPriority, escalationDue } from './escalation';

const received = new Date('2026-11-24T08:00:00Z');
const due = new Date('2026-11-24T12:00:00Z'); // a 4-hour SLA
const at = (minutes: number) => new Date(+received + minutes * 60_000);

describe('escalationDue', () => {
  it('is at risk from 80 % of the window and breached from the due time', () => {
    expect(escalationDue({ receivedAt: received, slaDueAt: due, escalationLevel: 0 }, at(191))).toBeNull();
    expect(escalationDue({ receivedAt: received, slaDueAt: due, escalationLevel: 0 }, at(192))).toBe(1);
    expect(escalationDue({ receivedAt: received, slaDueAt: due, escalationLevel: 0 }, at(240))).toBe(2);
  });

  it('never escalates a task to a level it has reached', () => {
    expect(escalationDue({ receivedAt: received, slaDueAt: due, escalationLevel: 1 }, at(200))).toBeNull();
    expect(escalationDue({ receivedAt: received, slaDueAt: due, escalationLevel: 1 }, at(300))).toBe(2);
    expect(escalationDue({ receivedAt: received, slaDueAt: due, escalationLevel: 2 }, at(600))).toBeNull();
  });

  it('knows how early a window turns at risk', () => {
    expect(atRiskLeadMs(240)).toBe(48 * 60_000);
  });
});

describe('bumpPriority', () => {
  it('raises one step and stops at urgent', () => {
    expect(['LOW', 'NORMAL', 'HIGH', 'URGENT'].map((p) => bumpPriority(p as 'LOW'))).toEqual(['NORMAL', 'HIGH', 'URGENT', 'URGENT']);
  });
});
