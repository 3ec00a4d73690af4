// Stores emails (with thread and task) exactly as given, for KPI, rollup, search and task-action tests.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { EmailType, Priority, TaskStatus } from '@/lib/generated/sqlite/enums';

export type StoredEmailInput = {
  receivedAt: Date;
  type?: EmailType;
  priority?: Priority;
  unit?: string;
  autoHandled?: boolean;
  subject?: string;
  text?: string;
  fromAddress?: string;
  fromName?: string;
  task?: { slaDueAt: Date; firstResponseAt?: Date | null; closedAt?: Date | null; status?: TaskStatus } | null;
};

const unitIds = new Map<string, string>();
async function unitId(key: string) {
  if (!unitIds.has(key)) unitIds.set(key, (await db.businessUnit.findUniqueOrThrow({ where: { key } })).id);
  return unitIds.get(key)!;
}

export async function storeEmail(input: StoredEmailInput) {
  const unit = input.unit ? await unitId(input.unit) : null;
  const subject = input.subject ?? `Test ${randomUUID()}`;
  const thread = await db.thread.create({
    data: { subject, subjectKey: subject.toLowerCase(), participantsKey: input.fromAddress ?? 'kunde@example.com', messageCount: 1, lastMessageAt: input.receivedAt },
  });
  return db.email.create({
    data: {
      messageId: `<${randomUUID()}@test.example>`,
      threadId: thread.id,
      fromAddress: input.fromAddress ?? 'kunde@example.com',
      fromName: input.fromName ?? null,
      toAddresses: ['support@h-bu.de'],
      ccAddresses: [],
      subject,
      text: input.text ?? 'Hello',
      headers: {},
      references: [],
      receivedAt: input.receivedAt,
      type: input.type ?? 'INQUIRY',
      priority: input.priority ?? 'NORMAL',
      businessUnitId: unit,
      reasons: { type: [], priority: [], oem: [], route: [] },
      autoHandled: input.autoHandled ?? false,
      ...(input.task &&
        unit && {
          task: {
            create: {
              businessUnitId: unit,
              priority: input.priority ?? 'NORMAL',
              slaDueAt: input.task.slaDueAt,
              firstResponseAt: input.task.firstResponseAt ?? null,
              closedAt: input.task.closedAt ?? null,
              status: input.task.status ?? (input.task.closedAt ? 'CLOSED' : 'OPEN'),
            },
          },
        }),
    },
    include: { task: true },
  });
}
