'use server';

import { revalidatePath } from 'next/cache';
import { requireArea } from '@/lib/auth/session';
import { actorOf } from '@/lib/http/handler';
import { HttpError } from '@/lib/http/problem';
import { requirePipelineManager, userCaller } from '@/lib/sales/access';
import { stagesEditSchema } from '@/lib/sales/schemas';
import { editStages } from '@/lib/sales/stages';
import type { SaveStagesResult } from '@/components/sales/stage-editor';

/** Renames and reorders the pipeline (managers and admins). */
export async function saveStages(input: unknown): Promise<SaveStagesResult> {
  const caller = userCaller(await requireArea('sales', '/sales/stages'));
  const parsed = stagesEditSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues.map((i) => `stage ${Number(i.path[0]) + 1} ${String(i.path[1] ?? '')}: ${i.message}`).join('; ') };
  try {
    requirePipelineManager(caller, 'edit the pipeline stages');
    await editStages(actorOf(caller), parsed.data);
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, message: error.detail ?? error.title };
    throw error;
  }
  revalidatePath('/sales', 'layout');
  return { ok: true };
}
