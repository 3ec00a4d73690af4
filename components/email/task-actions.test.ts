import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { pendingTaskActions, TaskActions, taskOutcome } from './task-actions';

// Rendered outside the App Router: the refresh after a save is not under test here.
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh: () => {} }) }));

const props = {
  taskId: 't1',
  status: 'IN_PROGRESS' as const,
  assigneeId: 'u1',
  unitKey: 'orders',
  priority: 'NORMAL' as const,
  staff: [{ id: 'u1', name: 'Olivia Orders' }, { id: 'u2', name: 'Quentin Quality' }],
  units: [{ key: 'orders', name: 'Orders' }, { key: 'quality', name: 'Quality' }],
};

describe('TaskActions', () => {
  it('saves the selects with one explicit button and announces outcomes in a polite status line', () => {
    const html = renderToStaticMarkup(createElement(TaskActions, props));
    expect(html).toMatch(/<button type="submit"[^>]*>Save changes<\/button>/);
    expect(html).toContain('role="status" aria-live="polite"');
    expect(html).not.toMatch(/<(select|button)[^>]* disabled=""/);
  });

  it('sends only what changed, the move before the person chosen with it', () => {
    const current = { assigneeId: 'u1', unitKey: 'orders', priority: 'NORMAL' as const };
    expect(pendingTaskActions(current, {})).toEqual([]);
    expect(pendingTaskActions(current, { priority: 'NORMAL', unit: 'orders', assigneeId: 'u1' })).toEqual([]);
    expect(pendingTaskActions(current, { assigneeId: '' })).toEqual([{ action: 'assign', assigneeId: null }]);
    expect(pendingTaskActions(current, { priority: 'HIGH', assigneeId: 'u1', unit: 'quality' })).toEqual([
      { action: 'change_unit', unit: 'quality' },
      { action: 'assign', assigneeId: 'u1' },
      { action: 'change_priority', priority: 'HIGH' },
    ]);
  });

  it('words each outcome, including who a move unassigned', () => {
    expect(taskOutcome({ action: 'change_priority', priority: 'HIGH' }, props, false)).toBe('Priority set to High');
    expect(taskOutcome({ action: 'change_unit', unit: 'quality' }, props, false)).toBe('Moved to Quality and unassigned Olivia Orders');
    expect(taskOutcome({ action: 'change_unit', unit: 'quality' }, props, true)).toBe('Moved to Quality');
    expect(taskOutcome({ action: 'assign', assigneeId: 'u2' }, props, true)).toBe('Assigned to Quentin Quality');
    expect(taskOutcome({ action: 'close' }, props, false)).toBe('Task closed');
  });
});
