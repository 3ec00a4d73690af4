// Realtime news and notifications need not hold up a checkout's response. Inside a Next request they run once
// the response is sent (next/server `after`); called outside one (tests, scripts, in-process benchmarks) they run now.
import { after } from 'next/server';

export async function afterResponse(task: () => Promise<unknown>): Promise<void> {
  try {
    after(task);
  } catch {
    await task(); // no request scope: `after` throws before scheduling anything
  }
}
