// Channel and event names shared by publishers (server) and subscribers (browser).
export const CHANNELS = {
  /** Staff dashboards: emails, KPIs, agents, orders. */
  staff: 'private-staff',
  /** Sales boards: prospect moves and edits. */
  sales: 'private-sales',
  /** One user's notifications. */
  user: (userId: string) => `private-user-${userId}`,
} as const;

export const EVENTS = {
  emailReceived: 'email.received',
  emailUpdated: 'email.updated',
  kpiUpdated: 'kpi.updated',
  agentUpdated: 'agent.updated',
  orderCreated: 'order.created',
  orderUpdated: 'order.updated',
  prospectChanged: 'prospect.changed',
  notificationCreated: 'notification.created',
  /** Some of a person's notifications were marked read (in another tab, perhaps): their bells re-read the feed. */
  notificationsRead: 'notifications.read',
  systemStatus: 'system.status',
} as const;
