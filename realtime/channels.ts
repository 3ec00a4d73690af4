/** Anything that can receive pre-serialized frames: a WebSocket connection in practice. */
export interface Subscriber {
  readonly socketId: string;
  send(frame: Buffer): void;
}

export type ChannelKind = 'public' | 'private' | 'presence';

/** Pusher's allowed characters; 164 is the documented maximum length. */
export const CHANNEL_NAME_RE = /^[-a-zA-Z0-9_=@,.;]{1,164}$/;

export function channelKind(name: string): ChannelKind {
  if (name.startsWith('presence-')) return 'presence';
  if (name.startsWith('private-')) return 'private';
  return 'public';
}

interface Member {
  info: unknown;
  /** A user may be subscribed from several sockets (tabs); they are one member. */
  sockets: number;
}

interface Channel {
  readonly subscribers: Set<Subscriber>;
  readonly members: Map<string, Member>;
}

export interface PresenceState {
  ids: string[];
  hash: Record<string, unknown>;
  count: number;
}

/** Occupied channels only: a channel exists while it has at least one subscriber. */
export class ChannelRegistry {
  private readonly channels = new Map<string, Channel>();

  get size(): number {
    return this.channels.size;
  }

  names(): IterableIterator<string> {
    return this.channels.keys();
  }

  isSubscribed(name: string, sub: Subscriber): boolean {
    return this.channels.get(name)?.subscribers.has(sub) ?? false;
  }

  subscriptionCount(name: string): number {
    return this.channels.get(name)?.subscribers.size ?? 0;
  }

  userCount(name: string): number {
    return this.channels.get(name)?.members.size ?? 0;
  }

  userIds(name: string): string[] {
    return [...(this.channels.get(name)?.members.keys() ?? [])];
  }

  presence(name: string): PresenceState {
    const members = this.channels.get(name)?.members ?? new Map<string, Member>();
    const hash: Record<string, unknown> = {};
    for (const [id, m] of members) hash[id] = m.info;
    return { ids: [...members.keys()], hash, count: members.size };
  }

  /** Adds a subscriber; for presence channels also the member. Returns true if this is a new member. */
  add(name: string, sub: Subscriber, member?: { userId: string; info: unknown }): boolean {
    let ch = this.channels.get(name);
    if (!ch) {
      ch = { subscribers: new Set(), members: new Map() };
      this.channels.set(name, ch);
    }
    ch.subscribers.add(sub);
    if (!member) return false;
    const existing = ch.members.get(member.userId);
    if (existing) {
      existing.sockets++;
      return false;
    }
    ch.members.set(member.userId, { info: member.info, sockets: 1 });
    return true;
  }

  /** Removes a subscriber; returns true if `userId` left the presence channel entirely. */
  remove(name: string, sub: Subscriber, userId?: string): boolean {
    const ch = this.channels.get(name);
    if (!ch || !ch.subscribers.delete(sub)) return false;
    let memberGone = false;
    if (userId !== undefined) {
      const m = ch.members.get(userId);
      if (m && --m.sockets === 0) {
        ch.members.delete(userId);
        memberGone = true;
      }
    }
    if (ch.subscribers.size === 0) this.channels.delete(name);
    return memberGone;
  }

  /** Sends one already-serialized frame to every subscriber except `except`. */
  publish(name: string, frame: Buffer, except?: Subscriber): number {
    const ch = this.channels.get(name);
    if (!ch) return 0;
    let sent = 0;
    for (const sub of ch.subscribers) {
      if (sub === except) continue;
      sub.send(frame);
      sent++;
    }
    return sent;
  }
}
