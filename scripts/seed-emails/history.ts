// What became of each seeded email: auto-handled by its unit's agent, or answered (late, sometimes) and closed by
// a person, or still open when the seed ran; and whether the customer rated the answer.
import type { EmailType, TaskStatus } from '@/lib/generated/sqlite/enums';
import type { Rng } from '@/lib/email/simulator/random';

export type Outcome = {
  autoHandled: boolean;
  status: TaskStatus;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  /** A person took it (assigned to a member of the unit, when it has one). */
  assigned: boolean;
  rating: { invitedAt: Date; answeredAt: Date | null; rating: number | null } | null;
};

/** Share of each type the agents finish without a person. */
const AUTO_HANDLE: Record<EmailType, number> = { ORDER: 0.8, INVOICE: 0.85, SUPPLIER: 0.7, INQUIRY: 0.5, EXPEDITE: 0.3, COMPLAINT: 0.1, AUTO_REPLY: 1, BOUNCE: 1, SPAM: 1 };
const MACHINE: ReadonlySet<EmailType> = new Set(['AUTO_REPLY', 'BOUNCE', 'SPAM']);
/** People answer after a log-normal delay whose median is this share of the SLA (σ = 1: about one in nine is late). */
const MEDIAN_SHARE_OF_SLA = 0.3;
const CLOSE_MEDIAN_S = 6 * 3600;
const INVITED = 0.25;
const ANSWERED = 0.45;
const RATINGS_COMPLAINT = [8, 12, 20, 30, 30];
const RATINGS_PERSON = [3, 6, 14, 35, 42];

function logNormal(rng: Rng, median: number, sigma = 1) {
  const u = Math.max(1e-12, rng.next());
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  return median * Math.exp(sigma * z);
}

const at = (t: Date, seconds: number) => new Date(+t + seconds * 1000);

export function outcomeOf(rng: Rng, e: { type: EmailType; receivedAt: Date; slaMinutes: number }, now: Date): Outcome {
  if (rng.chance(AUTO_HANDLE[e.type])) {
    const done = at(e.receivedAt, rng.int(3, 90));
    if (+done > +now) return { autoHandled: false, status: 'OPEN', firstResponseAt: null, closedAt: null, assigned: false, rating: null };
    if (MACHINE.has(e.type)) return { autoHandled: true, status: 'CLOSED', firstResponseAt: null, closedAt: done, assigned: false, rating: null };
    // Only a person's reply asks for a rating (the automatic acknowledgement does not).
    return { autoHandled: true, status: 'CLOSED', firstResponseAt: done, closedAt: done, assigned: false, rating: null };
  }
  const answered = at(e.receivedAt, logNormal(rng, e.slaMinutes * 60 * MEDIAN_SHARE_OF_SLA));
  if (+answered > +now) return { autoHandled: false, status: rng.chance(0.5) ? 'IN_PROGRESS' : 'OPEN', firstResponseAt: null, closedAt: null, assigned: rng.chance(0.6), rating: null };
  const closed = at(answered, logNormal(rng, CLOSE_MEDIAN_S));
  return {
    autoHandled: false,
    status: +closed > +now ? 'WAITING' : 'CLOSED',
    firstResponseAt: answered,
    closedAt: +closed > +now ? null : closed,
    assigned: true,
    rating: rating(rng, answered, now, e.type === 'COMPLAINT' ? RATINGS_COMPLAINT : RATINGS_PERSON),
  };
}

function rating(rng: Rng, repliedAt: Date, now: Date, weights: number[]): Outcome['rating'] {
  if (!rng.chance(INVITED)) return null;
  const answeredAt = at(repliedAt, rng.int(1800, 36 * 3600));
  if (!rng.chance(ANSWERED) || +answeredAt > +now) return { invitedAt: repliedAt, answeredAt: null, rating: null };
  return { invitedAt: repliedAt, answeredAt, rating: rng.weighted([1, 2, 3, 4, 5], (r) => weights[r - 1]) };
}
