// The rules of live updates: who hears what of a change, and which messages a conversation's subscription replays.
import type { ChangeEvent } from './changes.ts';
import { badInput, notFound } from './errors.ts';

/** What the inbox subscription tells a professional (InboxEventKind). */
export type InboxNoticeKind =
  | 'NEW_REQUEST'
  | 'REQUEST_ASSIGNED'
  | 'REQUEST_REDIRECTED'
  | 'NEW_MESSAGE'
  | 'STATUS_CHANGED'
  | 'REPORT_SIGNED'
  | 'SYNTHESIS_SHARED'
  | 'TRANSMISSION_FAILED'
  | 'DEADLINE_APPROACHING'
  | 'OVERDUE';

export interface InboxNotice {
  kind: InboxNoticeKind;
  requestId: string;
  messageId?: string | undefined;
  reportId?: string | undefined;
  shareId?: string | undefined;
}

/**
 * What each participant's inbox hears of one change: a new request with its question (not its opening messages apart),
 * a status change or a team request's assignment (with its SYSTEM message, not as a new message too), a new message, a deadline, and
 * to the expert who signed it, a report whose secure mail was given up.
 * Read marks only update the request (requestUpdated).
 */
export function inboxNotices(events: ChangeEvent[]): { professionalId: string; notice: InboxNotice }[] {
  const created = events.some((event) => event.kind === 'REQUEST_CREATED');
  const signed = events.some((event) => event.kind === 'REPORT_SIGNED');
  // A new request comes with its question, the last message of its opening.
  const opening = events.findLast((event) => event.kind === 'MESSAGE_ADDED');
  // A status change or an assignment is told with the SYSTEM message recording it, not as a new message too.
  const statusMessages = new Set(
    events.flatMap((event) =>
      event.kind === 'STATUS_CHANGED' || event.kind === 'REQUEST_ASSIGNED' || event.kind === 'REQUEST_REDIRECTED'
        ? [event.messageId]
        : [],
    ),
  );
  // A signature is told once, as REPORT_SIGNED with the SYSTEM message recording it (a status change or a correction).
  const signatureMessage = signed ? events.findLast((event) => event.kind === 'MESSAGE_ADDED') : undefined;
  const notices: { professionalId: string; notice: InboxNotice }[] = [];
  const tell = (professionalIds: string[], notice: InboxNotice) => {
    for (const professionalId of professionalIds) notices.push({ professionalId, notice });
  };
  for (const event of events) {
    switch (event.kind) {
      case 'REQUEST_CREATED':
        tell(event.participantIds, {
          kind: 'NEW_REQUEST',
          requestId: event.requestId,
          messageId: opening?.kind === 'MESSAGE_ADDED' ? opening.messageId : undefined,
        });
        break;
      case 'MESSAGE_ADDED':
        if (!created && !signed && !statusMessages.has(event.messageId))
          tell(event.participantIds, { kind: 'NEW_MESSAGE', requestId: event.requestId, messageId: event.messageId });
        break;
      case 'STATUS_CHANGED':
        if (!signed)
          tell(event.participantIds, {
            kind: 'STATUS_CHANGED',
            requestId: event.requestId,
            messageId: event.messageId,
          });
        break;
      case 'REPORT_SIGNED':
        tell(event.participantIds, {
          kind: 'REPORT_SIGNED',
          requestId: event.requestId,
          reportId: event.reportId,
          messageId: signatureMessage?.kind === 'MESSAGE_ADDED' ? signatureMessage.messageId : undefined,
        });
        // The treating doctor is told of the report only: no message of the conversation.
        tell(event.recipientIds, { kind: 'REPORT_SIGNED', requestId: event.requestId, reportId: event.reportId });
        break;
      case 'SYNTHESIS_SHARED':
        tell([event.recipientId], { kind: 'SYNTHESIS_SHARED', requestId: event.requestId, shareId: event.shareId });
        break;
      case 'TRANSMISSION_FAILED':
        tell([event.expertId], { kind: 'TRANSMISSION_FAILED', requestId: event.requestId, reportId: event.reportId });
        break;
      case 'DEADLINE_APPROACHING':
      case 'OVERDUE':
        tell(event.participantIds, { kind: event.kind, requestId: event.requestId });
        break;
      case 'REQUEST_ASSIGNED':
      case 'REQUEST_REDIRECTED':
        tell(event.participantIds, { kind: event.kind, requestId: event.requestId, messageId: event.messageId });
        break;
      case 'MESSAGES_READ':
        break;
    }
  }
  return notices;
}

/**
 * A notice of something sent to a professional who does not take part in the request (a report as the
 * treating doctor, a shared synthesis): told to them while they received it, every other notice only
 * while they take part (docs/rules.md#participants-and-access).
 */
export function isReceipt(notice: InboxNotice): boolean {
  return notice.kind === 'SYNTHESIS_SHARED' || (notice.kind === 'REPORT_SIGNED' && notice.messageId === undefined);
}

/** Messages a conversation's subscription reads per statement while it catches up. */
export const REPLAY_PAGE = 100;

/**
 * Where a conversation's replay stands: `last`, the sequence of the last message sent to the client;
 * `upTo`, the highest sequence announced and not yet read, or undefined to read everything recorded.
 */
export interface ReplayCursor {
  last: number;
  upTo: number | undefined;
  /** Who was told of the change that recorded message `upTo` (its participants at the commit), when announced. */
  toldTo?: readonly string[];
}

/**
 * The sequence after which a conversation's subscription starts: the client's `after` message (found
 * in this request, or refused), else the request's latest message, so that only new ones are sent.
 * `request` is null when the caller does not take part.
 */
export function replayStart(
  request: { lastSequence: number } | null,
  afterId: string | undefined,
  after: { sequence: number } | null,
): number {
  if (!request) throw notFound('Request');
  if (afterId !== undefined && !after)
    throw badInput('after is not a message of this request: send the id of the last message you received from it');
  return after?.sequence ?? request.lastSequence;
}

/** The sequences to read next: after the last one sent, up to the one announced when there is one. */
export function replayRange({ last, upTo }: ReplayCursor): { gt: number; lte?: number } {
  return upTo === undefined ? { gt: last } : { gt: last, lte: upTo };
}

/**
 * What a page read with replayRange tells: `more` (read the next page from `cursor`), caught up (wait
 * for announcements after `cursor.last`), or undefined when an announced message cannot be read: the
 * caller no longer takes part.
 */
export function afterReplayPage(
  cursor: ReplayCursor,
  page: readonly { sequence: number }[],
  pageSize = REPLAY_PAGE,
): { more: boolean; cursor: ReplayCursor } | undefined {
  if (page.length === 0 && cursor.upTo !== undefined) return undefined;
  const last = page.at(-1)?.sequence ?? cursor.last;
  const more = page.length >= pageSize && (cursor.upTo === undefined || last < cursor.upTo);
  return { more, cursor: more ? { ...cursor, last } : { last, upTo: undefined } };
}

/**
 * Where to read from once `events` arrive, `last` being the last sequence sent; undefined while none
 * announces a later message. An announcement is only a hint (events may come late, twice or out of
 * order between instances): messages are read from the database up to it. Events dropped for a slow
 * client (`overflowed`) are made up for by reading everything recorded.
 */
export function afterAnnouncements(last: number, events: ChangeEvent[], overflowed: boolean): ReplayCursor | undefined {
  if (overflowed) return { last, upTo: undefined };
  let latest: Extract<ChangeEvent, { kind: 'MESSAGE_ADDED' }> | undefined;
  for (const event of events)
    if (event.kind === 'MESSAGE_ADDED' && event.sequence > (latest?.sequence ?? last)) latest = event;
  return latest && { last, upTo: latest.sequence, toldTo: latest.participantIds };
}
