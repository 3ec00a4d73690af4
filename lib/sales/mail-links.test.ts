import { describe, expect, it } from 'vitest';
import { bareAddress, linksFor, type Lookup, type MailFact } from './mail-links';

const own = new Set(['h-bu.de']);
const lookup: Lookup = {
  outreachByMessageId: new Map([['abc@h-bu.de', 'p-thread']]),
  prospectByAddress: new Map([
    ['anna@atelier.example', 'p-anna'],
    ['info@gmail.com', 'p-gmail'],
  ]),
  prospectsByDomain: new Map([
    ['atelier.example', ['p-anna', 'p-anna2']],
    ['gmail.com', ['p-gmail']],
  ]),
};
const fact = (f: Partial<MailFact>): MailFact => ({
  id: 'e1',
  source: 'email',
  direction: 'in',
  type: 'INQUIRY',
  subject: 's',
  at: new Date(),
  addresses: [],
  threadIds: [],
  bouncedAddress: null,
  prospectId: null,
  outboxKind: null,
  ...f,
});
const ids = (f: MailFact) => linksFor(f, lookup, own).map((l) => `${l.via}:${l.prospectId}`);

describe('linksFor', () => {
  it('prefers the thread, then the address, then the domain', () => {
    expect(ids(fact({ addresses: ['anna@atelier.example'], threadIds: ['<abc@h-bu.de>'] }))).toEqual(['thread:p-thread']);
    expect(ids(fact({ addresses: ['Anna <ANNA@atelier.example>'] }))).toEqual(['address:p-anna']);
    expect(ids(fact({ addresses: ['boss@atelier.example'] }))).toEqual(['domain:p-anna', 'domain:p-anna2']);
  });

  it('never links by a free-mail or our own domain, and ignores spam', () => {
    expect(ids(fact({ addresses: ['someone@gmail.com'] }))).toEqual([]);
    expect(ids(fact({ direction: 'out', addresses: ['support@h-bu.de'] }))).toEqual([]);
    expect(ids(fact({ type: 'SPAM', addresses: ['anna@atelier.example'] }))).toEqual([]);
  });

  it('links a bounce only to the prospect whose address failed', () => {
    expect(ids(fact({ type: 'BOUNCE', addresses: ['mailer-daemon@atelier.example'], bouncedAddress: 'anna@atelier.example' }))).toEqual(['bounce:p-anna']);
    expect(ids(fact({ type: 'BOUNCE', bouncedAddress: 'nobody@atelier.example' }))).toEqual([]);
  });

  it('trusts the composer’s prospect for outbox mail', () => {
    expect(ids(fact({ source: 'outbox', direction: 'out', prospectId: 'p-x', addresses: ['x@y.example'] }))).toEqual(['composer:p-x']);
  });

  it('reads bare addresses', () => {
    expect(bareAddress(' "Anna" <Anna@Atelier.example> ')).toBe('anna@atelier.example');
  });
});
