// POST /api/emails/inbound — raw message/rfc822 or the JSON form. 201 stored, 200 duplicate, 400 not an email, 413 too large.
import { env } from '@/lib/config/env';
import { actorOf, route } from '@/lib/http/handler';
import { badRequest, fieldErrors, HttpError, validationError } from '@/lib/http/problem';
import { inboundJsonSchema } from '@/lib/email/inbound-json';
import { EmailTooLarge, ingest, ingestJson } from '@/lib/email/pipeline';
import { UnreadableEmail } from '@/lib/email/parse';
import { readLimitedBody } from '@/lib/email/request-body';

const RAW_TYPES = new Set(['message/rfc822', 'application/octet-stream']);

function parseJson(bytes: Buffer) {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    throw validationError(400, [{ field: 'body', message: 'is not valid JSON' }]);
  }
}

// Mail servers deliver in bursts; the integrator key is trusted, so the per-minute limit does not apply here.
export const POST = route({ access: { scope: 'emails:ingest', roles: ['ADMIN'] }, rateLimit: false }, async ({ req, caller }) => {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const limit = env().MAX_EMAIL_BYTES;
  const opts = { actor: actorOf(caller) };
  try {
    let result;
    if (type === 'application/json') {
      const payload = inboundJsonSchema.safeParse(parseJson(await readLimitedBody(req, limit)));
      if (!payload.success) throw validationError(400, fieldErrors('body', payload.error));
      result = await ingestJson(payload.data, opts);
    } else if (RAW_TYPES.has(type)) {
      result = await ingest(await readLimitedBody(req, limit), opts);
    } else {
      throw new HttpError(415, 'Unsupported Media Type', 'Send the message as message/rfc822, or the JSON form as application/json.');
    }
    return Response.json(result, { status: result.duplicate ? 200 : 201, headers: { location: `/api/emails/${result.id}` } });
  } catch (error) {
    if (error instanceof UnreadableEmail) throw badRequest(error.message, { reason: error.reason });
    if (error instanceof EmailTooLarge) throw new HttpError(413, 'Content Too Large', error.message, { limit: error.limit });
    throw error;
  }
});
