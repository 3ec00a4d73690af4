import type { Role } from './roles';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null };
  }
}
