import { describe, expect, it } from 'vitest';
import { metricsQuerySchema, unknownOwner } from '@/lib/sales/schemas';
import { parseNamingProblems } from '@/lib/http/url-params';
import { filterFromSearch, searchFromFilter, sortFromSearch } from './filter-params';

const stages = [{ key: 'lead' }, { key: 'qualified' }];

describe('filterFromSearch', () => {
  it('reads a valid bookmarked URL without a word', () => {
    const { filter, problems } = filterFromSearch({ stage: 'qualified', minEur: '1.000,50', maxEur: '5000', due: '1', q: 'Knopf', status: 'ACTIVE' }, { stages });
    expect(problems).toEqual([]);
    expect(filter).toEqual({ stage: 'qualified', minValue: 100_050, maxValue: 500_000, followUpDue: true, q: 'Knopf', status: 'ACTIVE' });
    expect(filterFromSearch(Object.fromEntries(searchFromFilter(filter)), { stages })).toMatchObject({ filter, problems: [] });
  });

  it('names a value range that ends before it starts in the form’s words and keeps the rest', () => {
    const { filter, problems, typed } = filterFromSearch({ minEur: '5000', maxEur: '100', tag: 'vip' }, { stages });
    expect(problems).toEqual(['Max value €: is below the minimum value']);
    expect(filter).toEqual({ minValue: 500_000, tag: 'vip' });
    expect(typed).toEqual({ minEur: '5000', maxEur: '100', tag: 'vip' }); // the form shows what to correct
  });

  it('names an unknown stage, an unknown status and an amount that is none, the same way', () => {
    const { filter, problems } = filterFromSearch({ stage: 'bogus', status: 'SLEEPING', minEur: 'abc', q: 'x' }, { stages });
    expect(problems).toEqual(['Stage: no stage is called “bogus”', 'Status: no status is called “SLEEPING”', 'Min value €: is not an amount']);
    expect(filter).toEqual({ q: 'x' });
  });

  it('leaves the stage alone where no stage list applies (the board shows every stage)', () => {
    expect(filterFromSearch({ stage: 'bogus' }).problems).toEqual([]);
  });

  it('names an owner no user is, and keeps one that is', () => {
    const users = [{ id: 'u-rita' }];
    expect(filterFromSearch({ owner: 'u-ghost', q: 'x' }, { stages, users: [] })).toMatchObject({ filter: { q: 'x' }, problems: ['Owner: no user has the id “u-ghost”'] });
    expect(filterFromSearch({ owner: 'u-rita' }, { users })).toMatchObject({ filter: { owner: 'u-rita' }, problems: [] });
    expect(filterFromSearch({ owner: 'me' }, { users: [] })).toMatchObject({ filter: { owner: 'me' }, problems: [] });
  });
});

describe('sortFromSearch', () => {
  it('names a sort that is none and sorts by the default', () => {
    expect(sortFromSearch({ sort: 'valueCents' })).toEqual({ sort: 'valueCents', problems: [] });
    expect(sortFromSearch({})).toEqual({ sort: 'updatedAt', problems: [] });
    expect(sortFromSearch({ sort: 'price' })).toEqual({ sort: 'updatedAt', problems: ['Sort: no sort is called “price”'] });
  });
});

describe('parseNamingProblems', () => {
  it('names a reversed or unreadable period in the picker’s words and keeps what it can use', () => {
    const labels = { from: 'From', to: 'To', owner: 'Rep' };
    const reversed = parseNamingProblems(metricsQuerySchema, { from: '2026-11-27', to: '2026-11-02', owner: 'u1' }, labels);
    expect(reversed).toEqual({ data: { from: new Date('2026-11-27'), owner: 'u1' }, problems: ['To: ends before the period starts'], dropped: ['to'] });
    expect(parseNamingProblems(metricsQuerySchema, { from: 'soon' }, labels)).toEqual({ data: {}, problems: ['From: is not a date'], dropped: ['from'] });
    expect(parseNamingProblems(metricsQuerySchema, { from: '2999-01-01', owner: 'u1' }, labels)).toEqual({ data: { owner: 'u1' }, problems: ['From: starts in the future'], dropped: ['from'] });
  });

  it('names what a lookup found first (an owner no user is), drops it and keeps the rest', () => {
    const labels = { from: 'From', to: 'To', owner: 'Rep' };
    const input = { from: '2999-01-01', owner: 'ghost' };
    expect(parseNamingProblems(metricsQuerySchema, input, labels, { owner: unknownOwner('ghost', []) })).toEqual({
      data: {},
      problems: ['Rep: no user has the id “ghost”', 'From: starts in the future'],
      dropped: ['owner', 'from'],
    });
    expect(parseNamingProblems(metricsQuerySchema, { owner: 'u1' }, labels, { owner: unknownOwner('u1', [{ id: 'u1' }]) })).toEqual({ data: { owner: 'u1' }, problems: [], dropped: [] });
  });
});
