// Guests have no account, so their confirmation link carries a token: an HMAC of the order number, which
// cannot be guessed from the (sequential) number itself.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/config/env';
import { canOpen, type Role } from '@/lib/auth/roles';

export function orderAccessToken(number: string): string {
  return createHmac('sha256', env().NEXTAUTH_SECRET).update(`order:${number}`).digest('base64url').slice(0, 32);
}

export function isOrderAccessToken(number: string, token: string | undefined): boolean {
  if (!token) return false;
  const expected = Buffer.from(orderAccessToken(number));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const confirmationPath = (number: string) => `/checkout/confirmation/${number}?token=${orderAccessToken(number)}`;

/** The buyer who placed it, staff who handle orders, or whoever holds the confirmation link. */
export function mayViewOrder(order: { number: string; userId: string | null }, viewer: { id: string; role: Role } | null, token?: string): boolean {
  if (viewer && (order.userId === viewer.id || canOpen(viewer.role, 'orders'))) return true;
  return isOrderAccessToken(order.number, token);
}
