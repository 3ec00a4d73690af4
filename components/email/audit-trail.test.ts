import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditTrail, describeEntry } from './audit-trail';

const names = { people: new Map([['u1', 'Quentin Quality']]), units: new Map([['b1', 'Orders'], ['b2', 'Quality']]), agents: new Map([['orders', 'Orders agent']]) };

describe('describeEntry', () => {
  it('says what changed from what to what', () => {
    expect(describeEntry({ action: 'task.change_priority', actorId: 'u1', before: { priority: 'NORMAL' }, after: { priority: 'HIGH' } }, names)).toBe('changed the priority from Normal to High');
    expect(describeEntry({ action: 'task.change_unit', actorId: 'u1', before: { businessUnitId: 'b1' }, after: { businessUnitId: 'b2' } }, names)).toBe('moved it from Orders to Quality');
    expect(describeEntry({ action: 'task.change_unit', actorId: 'u9', before: { businessUnitId: 'b1', assigneeId: 'u1' }, after: { businessUnitId: 'b2', assigneeId: null } }, names)).toBe(
      'moved it from Orders to Quality and unassigned Quentin Quality',
    );
    expect(describeEntry({ action: 'task.assign', actorId: 'u9', before: { assigneeId: null }, after: { assigneeId: 'u1' } }, names)).toBe('assigned it to Quentin Quality');
    expect(describeEntry({ action: 'task.assign', actorId: 'u1', before: { assigneeId: null }, after: { assigneeId: 'u1' } }, names)).toBe('took it on');
    expect(describeEntry({ action: 'task.assign', actorId: 'u1', before: { assigneeId: 'u1' }, after: { assigneeId: null } }, names)).toBe('left it unassigned');
  });

  it("gives an agent's decision in words with its reason", () => {
    const after = { reason: 'an inquiry: a person must answer it', assignee: { id: 'u1', name: 'Quentin Quality' } };
    expect(describeEntry({ action: 'agent.handed_off', actorId: null, before: null, after }, names)).toBe('handed it to Quentin Quality: an inquiry: a person must answer it');
    expect(describeEntry({ action: 'agent.handed_off', actorId: null, before: null, after: { reason: 'no one free' } }, names)).toBe('handed it to people: no one free');
    expect(describeEntry({ action: 'email.received', actorId: null, before: null, after: {} }, names)).toBe('received and routed it');
  });

  it('names an agent as the agents page does, not by its unit key', () => {
    const entry = { id: 'a1', action: 'agent.auto_handled', actorType: 'agent', actorId: 'orders', actorName: 'orders agent', createdAt: new Date(0), before: null, after: {} };
    const html = renderToStaticMarkup(createElement(AuditTrail, { entries: [entry], names }));
    expect(html).toContain('<span class="font-medium">Orders agent</span>');
  });
});
