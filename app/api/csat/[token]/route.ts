// One customer's rating of one reply; the token in the link is the only credential and works once.
import { z } from 'zod';
import { route } from '@/lib/http/handler';
import { answerCsat, csatAnswer } from '@/lib/kpi/csat';

const params = z.object({ token: z.string().min(16).max(64) });

export const POST = route({ access: { public: true }, params, body: csatAnswer, invalidStatus: 422, rateLimit: 30 }, async ({ params, body }) =>
  answerCsat(params.token, body),
);
