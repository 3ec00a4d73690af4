import { describe, expect, it } from 'vitest';
import { recentSystemHealth } from './health';

describe('recentSystemHealth', () => {
  it('shares one check between calls for a few seconds, then checks again', async () => {
    const t = Date.now();
    const first = recentSystemHealth(t);
    expect(recentSystemHealth(t + 4_000)).toBe(first);
    // The timestamp is taken as a check finishes: the later check starts once the first is done, to compare them.
    const a = await first;
    const later = recentSystemHealth(t + 6_000);
    expect(later).not.toBe(first);
    const b = await later;
    expect(a.checks.database.status).toBe('ok');
    expect(Date.parse(b.timestamp)).toBeGreaterThanOrEqual(Date.parse(a.timestamp));
  });
});
