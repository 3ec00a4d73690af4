// Stage rules, pure: what a move does to a prospect, or why it is refused.
import type { ProspectStatus } from '@/lib/generated/sqlite/enums';

export type StageRef = { id: string; key: string; name: string; probability: number; isWon: boolean; isLost: boolean };

export type MoveRequest = { reason?: string | null; reopen?: boolean };

export type StageMove = {
  stageId: string;
  probability: number;
  status: ProspectStatus;
  wonReason: string | null;
  lostReason: string | null;
};

export type MovePlan = { ok: true; changed: false } | { ok: true; changed: true; move: StageMove } | { ok: false; field: string; message: string };

export const isClosedStage = (s: Pick<StageRef, 'isWon' | 'isLost'>) => s.isWon || s.isLost;

export function planStageMove(current: { stage: StageRef; status: ProspectStatus }, target: StageRef, req: MoveRequest = {}): MovePlan {
  if (current.stage.id === target.id) return { ok: true, changed: false };
  if (isClosedStage(current.stage) && !req.reopen) {
    return {
      ok: false,
      field: 'reopen',
      message: `the prospect is ${current.stage.name}; reopen it (reopen: true) before moving it to ${target.name}`,
    };
  }
  const reason = req.reason?.trim() || null;
  if (isClosedStage(target) && !reason) {
    return { ok: false, field: 'reason', message: `moving to ${target.name} needs a reason` };
  }
  const status: ProspectStatus = target.isWon ? 'WON' : target.isLost ? 'LOST' : isClosedStage(current.stage) ? 'ACTIVE' : current.status;
  return {
    ok: true,
    changed: true,
    move: {
      stageId: target.id,
      probability: target.probability,
      status,
      wonReason: target.isWon ? reason : null,
      lostReason: target.isLost ? reason : null,
    },
  };
}
