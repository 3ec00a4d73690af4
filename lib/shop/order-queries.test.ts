import { describe, expect, it } from 'vitest';
import { parseOrderFilters } from './order-queries';

describe('parseOrderFilters', () => {
  it('names a bad value from the URL and keeps the filters that are fine', () => {
    const { filters, problems } = parseOrderFilters({ status: 'BOGUS', source: 'api', q: 'royal', page: '2' });
    expect(problems).toEqual(['Status “BOGUS” is not one of the statuses, so it is ignored.']);
    expect(filters).toEqual({ source: 'api', q: 'royal', page: 2 });
  });

  it('reads a clean URL without complaint, empty fields as no filter', () => {
    expect(parseOrderFilters({ status: 'DRAFT', q: '' })).toEqual({ filters: { status: 'DRAFT', page: 1 }, problems: [] });
    expect(parseOrderFilters({ page: 'x' }).problems).toEqual(['Page “x” is not a page number, so it is ignored.']);
    // A value that breaks two rules at once (not whole, below 1) is named once.
    expect(parseOrderFilters({ page: '-1.5' })).toEqual({ filters: { page: 1 }, problems: ['Page “-1.5” is not a page number, so it is ignored.'] });
  });
});
