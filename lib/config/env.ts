// Environment, validated once with zod. A bad value stops start-up with a message naming the variable.
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  APP_URL: z.string().url().default('http://localhost:3000'),
  DATABASE_URL: z.string().min(1).default('file:./data/dev.db'),
  NEXTAUTH_SECRET: z.string().min(16).default('happy-buttons-dev-secret-change-me'),
  DEMO_PASSWORD: z.string().min(8).default('royal-buttons'),
  SEED_API_KEY: z.string().min(20).optional(),
  CRON_SECRET: z.string().min(16).default('happy-buttons-cron-secret'),
  PUSHER_APP_ID: z.string().default('happy-buttons'),
  PUSHER_KEY: z.string().default('hb-local-key'),
  PUSHER_SECRET: z.string().default('hb-local-secret'),
  PUSHER_HOST: z.string().default('127.0.0.1'),
  PUSHER_PORT: z.coerce.number().int().positive().default(6001),
  PUSHER_USE_TLS: bool.default(false),
  PUSHER_CLUSTER: z.string().default('local'),
  PUSHER_PUBLIC_HOST: z.string().optional(), // what browsers connect to; defaults to PUSHER_HOST
  PUSHER_PUBLIC_PORT: z.coerce.number().int().positive().optional(),
  SMTP_URL: z.string().optional(), // smtp://user:pass@host:port — unset: JSON files in data/outbox
  OUTBOX_DIR: z.string().default('data/outbox'),
  MAX_EMAIL_BYTES: z.coerce.number().int().positive().default(25 * 1024 * 1024),
  ALLOWED_ATTACHMENT_TYPES: z.string().default('pdf,doc,docx,xls,xlsx,png,jpg,jpeg,csv,txt'),
  SIMULATOR_RATE: z.coerce.number().int().min(0).default(5), // emails per simulator run
  SIMULATOR_SEED: z.coerce.number().int().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
});

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}

/** An absolute address in this app, for mail and structured data that leave the browser's context. */
export const appUrl = (path: string) => new URL(path, env().APP_URL).href;
