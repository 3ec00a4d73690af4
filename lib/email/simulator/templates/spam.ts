// The odd spam: SEO offers, investment scams, phishing, and malware posing as a payment document.
import { crc32 } from 'node:zlib';
import { SPAM_DOMAINS } from '../parties';
import type { DrawContext, Template } from '../types';

const spammer = (c: DrawContext, local: string[]) => {
  const domain = c.rng.pick(SPAM_DOMAINS);
  return { name: c.rng.pick(['Support Team', 'Account Service', 'John Miller', 'Business Development']), email: `${c.rng.pick(local)}${c.rng.int(1, 999)}@${domain}` };
};

/** A real (stored, uncompressed) zip archive with one file: the wrapper phishing mail uses to slip past filters. */
function zipOf(name: string, content: Buffer, at: Date): Buffer {
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  const date = ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  const fileName = Buffer.from(name);
  const entry = (head: number[], tail: number[]) => {
    const b = Buffer.alloc(head.length * 2 + 18 + tail.length * 2);
    let o = 0;
    for (const v of head) o = b.writeUInt16LE(v, o);
    o = b.writeUInt16LE(time, o);
    o = b.writeUInt16LE(date, o);
    o = b.writeUInt32LE(crc32(content), o);
    o = b.writeUInt32LE(content.length, o);
    o = b.writeUInt32LE(content.length, o);
    o = b.writeUInt16LE(fileName.length, o);
    for (const v of tail) o = b.writeUInt16LE(v, o);
    return b;
  };
  const u32 = (v: number) => Buffer.from(Uint32Array.of(v).buffer);
  const local = Buffer.concat([u32(0x04034b50), entry([20, 0, 0], [0]), fileName, content]);
  const central = Buffer.concat([u32(0x02014b50), entry([20, 20, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0]), fileName]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, central, end]);
}

export const SPAM_TEMPLATES: Template[] = [
  {
    key: 'spam_seo_en',
    kind: 'spam',
    weight: 2,
    build: (c) => ({
      from: spammer(c, ['seo.expert', 'rank', 'growth']),
      to: `info@${c.ourDomain}`,
      subject: 'Rank #1 on Google in 7 days – guaranteed!!!',
      text: `Dear Website Owner,\n\nI noticed ${c.ourDomain} is not on page 1 for "buttons". Our proven SEO package guarantees #1 ranking in 7 days or your money back. Only $199 this week!!!\n\nReply YES to claim your FREE audit.`,
    }),
  },
  {
    key: 'spam_crypto_en',
    kind: 'spam',
    weight: 1,
    build: (c) => {
      const link = `https://${c.rng.pick(SPAM_DOMAINS)}/join?ref=${c.rng.hex(6)}`;
      return {
        from: spammer(c, ['invest', 'profit', 'wealth']),
        to: `${c.rng.pick(['info', 'sales', 'support'])}@${c.ourDomain}`,
        subject: 'Guaranteed 40% monthly returns – limited spots',
        text: `Make money while you sleep! Our AI trading bot delivers 40% monthly returns. Join now: ${link}`,
        html: `<html><body><h2>Make money while you sleep!</h2><p>Our AI trading bot delivers <b>40% monthly returns</b>.</p><p><a href="${link}" onclick="track()">JOIN NOW</a></p><script>function track(){document.location='${link}'}</script><iframe src="${link}" width="0" height="0"></iframe></body></html>`,
      };
    },
  },
  {
    key: 'spam_phishing_de',
    kind: 'spam',
    weight: 1,
    build: (c) => {
      const link = `http://${c.rng.pick(SPAM_DOMAINS)}/login/verify.php?id=${c.rng.hex(10)}`;
      return {
        from: { name: 'Sparkasse Kundenservice', email: `kundenservice@${c.rng.pick(SPAM_DOMAINS)}` },
        to: `info@${c.ourDomain}`,
        subject: 'Ihr Konto wurde vorübergehend gesperrt',
        text: `Sehr geehrter Kunde,\n\naus Sicherheitsgründen wurde Ihr Konto gesperrt. Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden: ${link}\n\nIhr Kundenservice`,
        html: `<html><body><p>Sehr geehrter Kunde,</p><p>aus Sicherheitsgründen wurde Ihr Konto gesperrt.</p><form action="${link}" method="post"><input name="pin"><button>Bestätigen</button></form><a href="javascript:alert(1)">Hilfe</a></body></html>`,
      };
    },
  },
  {
    key: 'spam_payment_zip',
    kind: 'spam',
    weight: 1,
    build: (c) => {
      const link = `https://${c.rng.pick(SPAM_DOMAINS)}/pay/${c.rng.hex(12)}`;
      const page = Buffer.from(`<html><body><form action="${link}" method="post"><p>Enter your e-mail password to view the document</p><input name="email"><input name="password" type="password"><button>View</button></form></body></html>`);
      return {
        from: spammer(c, ['accounts', 'billing', 'remittance']),
        to: `${c.rng.pick(['info', 'finance'])}@${c.ourDomain}`,
        subject: `Overdue payment notice #${c.rng.int(10000, 99999)}`,
        text: 'Please see the attached payment details and settle the outstanding amount today to avoid legal action.',
        attachments: [{ filename: 'Payment_Details.zip', contentType: 'application/zip', content: zipOf('Payment_Details.html', page, c.at) }],
      };
    },
  },
];
