// Who may listen to which private channel.
import { isStaff, type Role } from '@/lib/auth/roles';
import { CHANNELS } from './channels';

export function mayListen(user: { id: string; role: Role }, channel: string): boolean {
  if (channel === CHANNELS.user(user.id)) return true;
  if (channel === CHANNELS.staff) return isStaff(user.role) && user.role !== 'SALES_REP';
  if (channel === CHANNELS.sales) return ['ADMIN', 'MANAGER', 'SALES_REP'].includes(user.role);
  return false;
}
