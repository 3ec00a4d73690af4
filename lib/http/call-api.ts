// The browser's one way to call our API: JSON in, JSON or the problem (detail and field errors) out.
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; detail: string; errors: { field: string; message: string }[] };

export async function callApi<T>(
  url: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  body?: unknown,
  { headers, signal }: { headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<ApiResult<T>> {
  try {
    const res = await fetch(url, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store', // our answers are live data, never the browser's copy
    });
    // A proxy's HTML error page is not JSON: the status then speaks for itself.
    const data: unknown = res.status === 204 ? null : await res.json().catch(() => null);
    // A read answered without JSON (say, a sign-in page) has nothing to show: it fails like an error answer.
    if (res.ok && (data !== null || method !== 'GET')) return { ok: true, data: data as T };
    const problem = (data ?? {}) as { detail?: string; errors?: { field: string; message: string }[] };
    return { ok: false, status: res.status, detail: problem.detail ?? `The server answered ${res.status}.`, errors: problem.errors ?? [] };
  } catch {
    return { ok: false, status: 0, detail: 'The server could not be reached; check the connection and try again.', errors: [] };
  }
}
