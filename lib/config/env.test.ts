import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('environment', () => {
  it('fills sensible defaults for a laptop', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe('file:./data/dev.db');
    expect(env.PUSHER_PORT).toBe(6001);
    expect(env.MAX_EMAIL_BYTES).toBe(25 * 1024 * 1024);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ PUSHER_PORT: 'sixty' })).toThrow(/PUSHER_PORT/);
    expect(() => parseEnv({ APP_URL: 'not a url' })).toThrow(/APP_URL/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'short' })).toThrow(/NEXTAUTH_SECRET/);
  });
});
