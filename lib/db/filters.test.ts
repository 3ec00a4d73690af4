// Search text is matched literally on SQLite and Postgres alike: `%`, `_` and `\` are characters, not patterns.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { containsText } from './filters';
import { withLikeEscape } from './sqlite-like';

describe('containsText', () => {
  it('matches %, _ and \\ literally and still ignores case', async () => {
    const tag = `lit${randomUUID().slice(0, 6)}`;
    const names = ['50% off', '50x off', 'a_b', 'axb', 'back\\slash', 'Big Buttons'];
    await db.customer.createMany({ data: names.map((n) => ({ name: `${tag} ${n}` })) });
    const find = async (q: string) =>
      (await db.customer.findMany({ where: { AND: [{ name: { startsWith: tag } }, { name: containsText(q) }] }, orderBy: { name: 'asc' } })).map((c) => c.name.slice(tag.length + 1));
    expect(await find('%')).toEqual(['50% off']);
    expect(await find('0%')).toEqual(['50% off']);
    expect(await find('_')).toEqual(['a_b']);
    expect(await find('a_b')).toEqual(['a_b']);
    expect(await find('k\\s')).toEqual(['back\\slash']);
    expect(await find('BIG')).toEqual(['Big Buttons']);
    expect(await find('x')).toEqual(['50x off', 'axb']);
  });
});

describe('withLikeEscape', () => {
  it("names the backslash as escape character in each of Prisma's LIKE forms", () => {
    const sql = "WHERE (`a` LIKE ('%' || ? || '%') AND (NOT `b` LIKE (? || '%')) AND `c` NOT LIKE ('%' || ?))";
    expect(withLikeEscape(sql)).toBe("WHERE (`a` LIKE ('%' || ? || '%') ESCAPE '\\' AND (NOT `b` LIKE (? || '%') ESCAPE '\\') AND `c` NOT LIKE ('%' || ?) ESCAPE '\\')");
  });
});
