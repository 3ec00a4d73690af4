import { route } from '@/lib/http/handler';
import { routeSample, routeSampleSchema } from '@/lib/email/route-sample';

// A dry run: POST because a sample can be long, but nothing is stored.
export const POST = route({ access: { roles: ['ADMIN'] }, body: routeSampleSchema }, async ({ body }) => routeSample(body));
