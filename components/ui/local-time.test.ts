import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalTime, localTimeText } from './local-time';

const at = new Date('2026-11-27T10:41:07Z');

describe('LocalTime', () => {
  // A viewer at the company in Germany; restored so other files keep the machine's zone.
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('names the zone and stops at minutes, in the viewer’s own way of writing dates', () => {
    expect(localTimeText(at, 'datetime', 'de-DE')).toBe('27.11.2026, 11:41 MEZ');
    expect(localTimeText(at, 'datetime', 'en-GB')).toBe('27/11/2026, 11:41 CET');
    expect(localTimeText(at, 'time', 'en-GB')).toBe('11:41 CET');
    expect(localTimeText(at, 'date', 'en-GB')).toBe('27/11/2026');
  });

  it('renders the same UTC text on the server and in hydration, and gives a relative time its full date as a title', () => {
    expect(renderToStaticMarkup(createElement(LocalTime, { iso: at.toISOString() }))).toBe('<time dateTime="2026-11-27T10:41:07.000Z">2026-11-27 10:41 UTC</time>');
    expect(renderToStaticMarkup(createElement(LocalTime, { iso: at.toISOString(), mode: 'relative' }))).toBe(
      '<time dateTime="2026-11-27T10:41:07.000Z" title="2026-11-27 10:41 UTC">2026-11-27 10:41 UTC</time>',
    );
  });
});
