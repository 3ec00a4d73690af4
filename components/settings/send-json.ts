// The settings editors' one way to call their API: JSON in, problem+json field errors out, keyed as the form names them.
export type SendResult<T> = { ok: true; data: T } | { ok: false; message: string; fields: Record<string, string> };

type Problem = { detail?: string; errors?: { field: string; message: string }[] };

export async function sendJson<T>(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<SendResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, message: 'The server could not be reached. Check the connection and try again.', fields: {} };
  }
  const data: unknown = await res.json().catch(() => null);
  if (res.ok) return { ok: true, data: data as T };
  const problem = (data ?? {}) as Problem;
  const fields = Object.fromEntries((problem.errors ?? []).map((e) => [e.field.replace(/^body\.?/, ''), e.message]));
  // Field errors are shown at their fields; the summary then only points there.
  const message = Object.keys(fields).length ? 'Please correct the marked fields.' : (problem.detail ?? `The request failed (${res.status}).`);
  return { ok: false, message, fields };
}
