import { describe, expect, it } from 'vitest';
import { planStageMove, type StageRef } from './transitions';

const stage = (key: string, probability: number, extra: Partial<StageRef> = {}): StageRef => ({
  id: `id-${key}`,
  key,
  name: key[0].toUpperCase() + key.slice(1),
  probability,
  isWon: false,
  isLost: false,
  ...extra,
});
const lead = stage('lead', 10);
const qualified = stage('qualified', 40);
const won = stage('won', 100, { isWon: true });
const lost = stage('lost', 0, { isLost: true });

describe('planStageMove', () => {
  it('moves between open stages, taking the stage probability and keeping the status', () => {
    expect(planStageMove({ stage: lead, status: 'RESPONDED' }, qualified)).toEqual({
      ok: true,
      changed: true,
      move: { stageId: qualified.id, probability: 40, status: 'RESPONDED', wonReason: null, lostReason: null },
    });
  });

  it('treats a move to the current stage as no change', () => {
    expect(planStageMove({ stage: lead, status: 'ACTIVE' }, lead)).toEqual({ ok: true, changed: false });
  });

  it('refuses Won and Lost without a reason', () => {
    expect(planStageMove({ stage: qualified, status: 'ACTIVE' }, won)).toMatchObject({ ok: false, field: 'reason' });
    expect(planStageMove({ stage: qualified, status: 'ACTIVE' }, lost, { reason: '   ' })).toMatchObject({ ok: false, field: 'reason' });
  });

  it('closes with the reason and the outcome status', () => {
    expect(planStageMove({ stage: qualified, status: 'ACTIVE' }, lost, { reason: 'Chose a cheaper supplier' })).toMatchObject({
      ok: true,
      move: { status: 'LOST', lostReason: 'Chose a cheaper supplier', wonReason: null, probability: 0 },
    });
    expect(planStageMove({ stage: qualified, status: 'ACTIVE' }, won, { reason: 'Signed framework contract' })).toMatchObject({
      ok: true,
      move: { status: 'WON', wonReason: 'Signed framework contract' },
    });
  });

  it('refuses to leave Won or Lost unless reopened, and reopening makes it active again', () => {
    expect(planStageMove({ stage: won, status: 'WON' }, qualified)).toMatchObject({ ok: false, field: 'reopen' });
    expect(planStageMove({ stage: lost, status: 'LOST' }, won, { reason: 'came back' })).toMatchObject({ ok: false, field: 'reopen' });
    expect(planStageMove({ stage: lost, status: 'LOST' }, qualified, { reopen: true })).toMatchObject({
      ok: true,
      move: { status: 'ACTIVE', lostReason: null, probability: 40 },
    });
  });
});
