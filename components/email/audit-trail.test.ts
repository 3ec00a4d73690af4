import { describe, expect, it } from 'vitest';
import { describeEntry } from './audit-trail';

const names = { people: new Map([['u1', 'Quentin Quality']]), units: new Map([['b1', 'Orders'], ['b2', 'Quality']]) };

describe('describeEntry', () => {
  it('says what changed from what to what', () => {
    expect(describeEntry({ action: 'task.change_priority', before: { priority: 'NORMAL' }, after: { priority: 'HIGH' } }, names)).toBe('changed the priority from Normal to High');
    expect(describeEntry({ action: 'task.change_unit', before: { businessUnitId: 'b1' }, after: { businessUnitId: 'b2' } }, names)).toBe('moved it from Orders to Quality');
    expect(describeEntry({ action: 'task.assign', before: { assigneeId: null }, after: { assigneeId: 'u1' } }, names)).toBe('assigned it to Quentin Quality');
    expect(describeEntry({ action: 'task.assign', before: { assigneeId: 'u1' }, after: { assigneeId: null } }, names)).toBe('left it unassigned');
  });

  it("gives an agent's decision in words with its reason", () => {
    const after = { reason: 'an inquiry: a person must answer it' };
    expect(describeEntry({ action: 'agent.handed_off', before: null, after }, names)).toBe('handed it to people: an inquiry: a person must answer it');
    expect(describeEntry({ action: 'email.received', before: null, after: {} }, names)).toBe('received and routed it');
  });
});
