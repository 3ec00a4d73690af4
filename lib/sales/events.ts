// Tells every open board that prospects changed; boards re-read from the database (realtime is a hint, not the data).
import { publish } from '@/lib/realtime/publish';
import { CHANNELS, EVENTS } from '@/lib/realtime/channels';

export type ProspectChange = { ids: string[]; action: 'created' | 'updated' | 'moved' | 'deleted' | 'contacted'; stageId?: string };

export function announceProspectChange(change: ProspectChange) {
  if (change.ids.length === 0) return Promise.resolve(false);
  return publish(CHANNELS.sales, EVENTS.prospectChanged, change);
}
