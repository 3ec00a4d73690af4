// Who may do what. Pages, navigation and route handlers all ask this one table.
export const ROLES = ['ADMIN', 'MANAGER', 'AGENT', 'SALES_REP', 'BUYER'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: Role[] = ['ADMIN', 'MANAGER', 'AGENT', 'SALES_REP'];

/** Areas of the staff app; each lists the roles that may open it. */
export const AREAS = {
  dashboard: ['ADMIN', 'MANAGER', 'AGENT'],
  emails: ['ADMIN', 'MANAGER', 'AGENT'],
  kpi: ['ADMIN', 'MANAGER'],
  agents: ['ADMIN', 'MANAGER', 'AGENT'],
  teams: ['ADMIN', 'MANAGER'],
  orders: ['ADMIN', 'MANAGER', 'AGENT'],
  products: ['ADMIN'],
  sales: ['ADMIN', 'MANAGER', 'SALES_REP'],
  settings: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;
export type Area = keyof typeof AREAS;

export function canOpen(role: Role | undefined, area: Area): boolean {
  return !!role && (AREAS[area] as readonly Role[]).includes(role);
}

export const isStaff = (role: Role | undefined) => !!role && STAFF_ROLES.includes(role);

/** Where a role lands after signing in. */
export function homeFor(role: Role): string {
  if (role === 'BUYER') return '/account';
  if (role === 'SALES_REP') return '/sales';
  return '/dashboard';
}

/** API key scopes an integrator can be given. */
export const SCOPES = [
  'emails:ingest',
  'emails:read',
  'orders:read',
  'orders:write',
  'products:read',
  'products:write',
  'prospects:read',
  'prospects:write',
  'metrics:read',
] as const;
export type Scope = (typeof SCOPES)[number];
