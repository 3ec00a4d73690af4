import { describe, expect, it } from 'vitest';
import { fixture } from '@/tests/fixtures/email';
import { autoReplyBlocker, type LoopGuardInput } from './loop-guard';
import { parseEmail } from './parse';

const guard = (over: Partial<LoopGuardInput>) => autoReplyBlocker({ headers: {}, recipient: 'buyer@customer.example', type: 'INQUIRY', ownDomain: 'h-bu.de', ...over });

async function guardFixture(name: string, type: LoopGuardInput['type'] = 'INQUIRY') {
  const p = await parseEmail(fixture(name));
  return guard({ headers: p.headers, recipient: p.replyTo?.address ?? p.from?.address ?? null, type });
}

describe('autoReplyBlocker (RFC 3834)', () => {
  it('lets an ordinary customer email be answered', async () => {
    expect(guard({})).toBeNull();
    expect(guard({ headers: { 'auto-submitted': 'no' } })).toBeNull();
    expect(await guardFixture('order-pdf.eml', 'ORDER')).toBeNull();
  });

  it('never answers automatic mail', async () => {
    expect(await guardFixture('auto-reply.eml')).toBe('Auto-Submitted: auto-replied');
    expect(guard({ headers: { 'auto-submitted': 'auto-generated' } })).toBe('Auto-Submitted: auto-generated');
    expect(guard({ headers: { 'x-autoreply': 'yes' } })).toMatch(/automatic reply/);
    expect(guard({ headers: { 'x-auto-response-suppress': 'OOF, AutoReply' } })).toMatch(/X-Auto-Response-Suppress/);
    expect(guard({ type: 'AUTO_REPLY' })).toMatch(/automatic reply/);
  });

  it('never answers lists and bulk mail', async () => {
    expect(await guardFixture('bulk-newsletter.eml')).toBe('Precedence: bulk');
    expect(guard({ headers: { precedence: 'list' } })).toBe('Precedence: list');
    expect(guard({ headers: { precedence: 'junk' } })).toBe('Precedence: junk');
    expect(guard({ headers: { 'list-id': '<buttons.lists.example>' } })).toBe('mailing list (List-Id)');
  });

  it('never answers daemons, no-reply senders, bounces or the null sender', async () => {
    expect(await guardFixture('noreply.eml')).toBe('no-reply@marketplace.example is an automated sender');
    for (const sender of ['MAILER-DAEMON@mx.example.com', 'postmaster@example.com', 'noreply@example.com', 'do-not-reply@example.com', 'list-request@example.com']) {
      expect(guard({ recipient: sender })).toMatch(/automated sender/);
    }
    expect(await guardFixture('dsn.eml', 'BOUNCE')).toMatch(/Auto-Submitted|delivery status/);
    expect(guard({ type: 'BOUNCE' })).toBe('delivery status notification');
    expect(guard({ headers: { 'return-path': '<>' } })).toBe('null sender (Return-Path: <>)');
  });

  it('never answers our own domain, or nobody', () => {
    expect(guard({ recipient: 'orders@h-bu.de' })).toBe('orders@h-bu.de is our own domain');
    expect(guard({ recipient: 'someone@mail.h-bu.de' })).toBe('someone@mail.h-bu.de is our own domain');
    expect(guard({ recipient: null })).toBe('no address to reply to');
  });
});
