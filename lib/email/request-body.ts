// Reads an inbound email request body without ever holding more than the size limit: a declared Content-Length over
// the limit is refused before reading, a streamed body as soon as it passes the limit.
import { EmailTooLarge } from './pipeline';

export async function readLimitedBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new EmailTooLarge(limit);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new EmailTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
