// Replies in existing threads: senders following up on their own mail, or answering our replies.
import { partyForAddress } from '../parties';
import type { DrawContext, EarlierMessage, Template } from '../types';
import { greeting, replyPrefix, signature, stripReplyPrefix } from '../writing';

function thread(earlier: EarlierMessage) {
  return { inReplyTo: earlier.messageId, references: [...earlier.references, earlier.messageId].slice(-10) };
}

/** Our message to an outside address, as that addressee would answer it. */
function answerTo(c: DrawContext) {
  const ours = c.rng.pick(c.outbound);
  return { ours, from: partyForAddress(ours.to) };
}

export const REPLY_TEMPLATES: Template[] = [
  {
    key: 'reply_follow_up_en',
    kind: 'reply',
    weight: 3,
    needs: 'inbound',
    build(c) {
      const earlier = c.rng.pick(c.inbound);
      const from = earlier.from;
      return {
        from,
        to: earlier.to,
        subject: `Re: ${stripReplyPrefix(earlier.subject)}`,
        text: [greeting(c.rng, 'en'), 'Just following up on my message below. Is there any news?', signature(c.rng, 'en', from)].join('\n\n'),
        ...thread(earlier),
      };
    },
  },
  {
    key: 'reply_nachfrage_de',
    kind: 'reply',
    weight: 2,
    needs: 'inbound',
    build(c) {
      const earlier = c.rng.pick(c.inbound);
      const from = earlier.from;
      return {
        from,
        to: earlier.to,
        subject: `AW: ${stripReplyPrefix(earlier.subject)}`,
        text: [greeting(c.rng, 'de'), 'gibt es hierzu schon Neuigkeiten? Wir warten noch auf Ihre Rückmeldung.', signature(c.rng, 'de', from)].join('\n\n'),
        encoding: c.rng.chance(0.5) ? 'latin1-qp' : 'utf8-qp',
        ...thread(earlier),
      };
    },
  },
  {
    key: 'reply_thanks',
    kind: 'reply',
    weight: 2,
    needs: 'outbound',
    build(c) {
      const { ours, from } = answerTo(c);
      const lang = from.company.lang;
      return {
        from,
        to: ours.from.email,
        subject: `${replyPrefix(lang)}${stripReplyPrefix(ours.subject)}`,
        text: lang === 'de' ? `Vielen Dank für die schnelle Rückmeldung!\n\n${signature(c.rng, 'de', from)}` : `Thank you for the quick confirmation!\n\n${signature(c.rng, 'en', from)}`,
        ...thread(ours),
      };
    },
  },
  {
    key: 'reply_more_info',
    kind: 'reply',
    weight: 2,
    needs: 'outbound',
    build(c) {
      const { ours, from } = answerTo(c);
      const [item] = c.orderLines(1, 1);
      return {
        from,
        to: ours.from.email,
        subject: `Re: ${stripReplyPrefix(ours.subject)}`,
        text: [greeting(c.rng, 'en'), `As requested, the article in question is ${item.sku}; we need ${item.quantity} pieces.`, signature(c.rng, 'en', from)].join('\n\n'),
        html: true,
        ...thread(ours),
      };
    },
  },
];
