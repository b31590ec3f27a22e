// Finds announcements lost while Redis was up (a process that died between its commit and its publish) from the durable state.
import { lastSequences } from '../domain/conversation.ts';
import { inboxHeads } from '../domain/inbox-log.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Topics } from './channels.ts';
import type { LiveEvents } from './events.ts';

/**
 * Compares, for every inbox and request listened to on this instance, the latest position or message
 * sequence in the database with the highest one announced here; the listeners of those behind catch
 * up. Two statements per sweep, whatever the number of subscriptions. Returns how many channels were
 * behind (a channel announced nothing yet counts once, as it may have missed the first).
 */
export async function sweepLive(live: LiveEvents, prisma: PrismaClient): Promise<number> {
  const [inbox, requests] = await Promise.all([
    behind(live, 'inbox', (keys) => inboxHeads(prisma, keys)),
    behind(live, 'request', (keys) => lastSequences(prisma, keys)),
  ]);
  return inbox + requests;
}

async function behind(
  live: LiveEvents,
  topic: keyof Topics,
  read: (keys: string[]) => Promise<Map<string, number>>,
): Promise<number> {
  const marks = live.marks(topic);
  if (marks.length === 0) return 0;
  const latest = await read(marks.map(({ key }) => key));
  let count = 0;
  for (const { key, mark } of marks) {
    const stored = latest.get(key) ?? 0;
    if (mark !== undefined && stored <= mark) continue;
    live.behind(topic, key, stored);
    count++;
  }
  return count;
}
