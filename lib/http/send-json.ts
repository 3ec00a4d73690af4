// The forms' way to call our API: callApi, with field errors keyed as the form names its fields.
import { callApi } from '@/lib/http/call-api';

export type SendResult<T> = { ok: true; data: T } | { ok: false; message: string; fields: Record<string, string> };

export async function sendJson<T>(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<SendResult<T>> {
  const res = await callApi<T>(url, method, body);
  if (res.ok) return res;
  const fields = Object.fromEntries(res.errors.map((e) => [e.field.replace(/^body\.?/, ''), e.message]));
  // Field errors are shown at their fields; the summary then only points there.
  return { ok: false, message: Object.keys(fields).length ? 'Please correct the marked fields.' : res.detail, fields };
}
