// Day buckets are UTC days: a viewer west of Greenwich must still see 27 Nov on the bucket of 27 Nov.
import { afterEach, describe, expect, it } from 'vitest';
import { bucketTick, bucketTooltip } from './bucket-labels';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('KPI bucket labels', () => {
  it('name a day bucket by its UTC date in any time zone, and say so in the tooltip', () => {
    for (const tz of ['America/Los_Angeles', 'UTC', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      expect(bucketTick('2026-11-27T00:00:00.000Z', false)).toMatch(/\b27\b/);
      expect(bucketTooltip('2026-11-27T00:00:00.000Z', false)).toMatch(/\b27\b.*2026 \(UTC day\)$/);
    }
  });

  it('show an hour bucket on the viewer’s clock, naming the zone', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(bucketTick('2026-11-27T18:00:00.000Z', true)).toMatch(/10:00/);
    expect(bucketTooltip('2026-11-27T18:00:00.000Z', true)).toMatch(/10:00.*\(PST\)$/);
  });
});
