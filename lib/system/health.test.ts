import { describe, expect, it } from 'vitest';
import { recentSystemHealth } from './health';

describe('recentSystemHealth', () => {
  it('shares one check between calls for a few seconds, then checks again', async () => {
    const t = Date.now();
    const first = recentSystemHealth(t);
    expect(recentSystemHealth(t + 4_000)).toBe(first);
    const later = recentSystemHealth(t + 6_000);
    expect(later).not.toBe(first);
    const [a, b] = await Promise.all([first, later]);
    expect(a.checks.database.status).toBe('ok');
    expect(Date.parse(b.timestamp)).toBeGreaterThanOrEqual(Date.parse(a.timestamp));
  });
});
