// The life of a request (docs/workflow.md#status-graph): which status may follow which, through which action, and its deadline.
import { RequestStatus } from '../generated/prisma/enums.ts';
import { conflict } from './errors.ts';

/** Délai de réponse: the expert answers within 7 days of the request. */
export const RESPONSE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Each status's possible next statuses, with the mutation that makes the move. */
const TRANSITIONS: Record<RequestStatus, Partial<Record<RequestStatus, string>>> = {
  SUBMITTED: {
    INFO_REQUESTED: 'requestInformation',
    ACCEPTED: 'acceptRequest',
    DECLINED: 'declineRequest',
    REPORTED: 'submitReport',
    WITHDRAWN: 'withdrawRequest',
  },
  INFO_REQUESTED: {
    SUBMITTED: 'postMessage (by the requester)',
    DECLINED: 'declineRequest',
    REPORTED: 'submitReport',
    WITHDRAWN: 'withdrawRequest',
  },
  ACCEPTED: { REPORTED: 'submitReport', WITHDRAWN: 'withdrawRequest' },
  DECLINED: {},
  REPORTED: {},
  WITHDRAWN: {},
};

/** Statuses in which the expert still owes an answer. */
export const OPEN_STATUSES: RequestStatus[] = [
  RequestStatus.SUBMITTED,
  RequestStatus.INFO_REQUESTED,
  RequestStatus.ACCEPTED,
];

/** Statuses in which the conversation is closed to new messages. */
export const CLOSED_STATUSES: RequestStatus[] = [RequestStatus.DECLINED, RequestStatus.WITHDRAWN];

export function allowedTransitions(from: RequestStatus): RequestStatus[] {
  return Object.keys(TRANSITIONS[from]) as RequestStatus[];
}

export function assertTransition(from: RequestStatus, to: RequestStatus): void {
  if (TRANSITIONS[from][to]) return;
  const next = Object.entries(TRANSITIONS[from]).map(([status, action]) => `${status} (${action})`);
  throw conflict(
    next.length === 0
      ? `This request is ${from}: it cannot change any more`
      : `This request is ${from}: it cannot become ${to}; it can become ${next.join(', ')}`,
    { status: from, allowedTransitions: allowedTransitions(from) },
  );
}

export function assertConversationOpen(status: RequestStatus): void {
  if (!CLOSED_STATUSES.includes(status)) return;
  throw conflict(`This request is ${status}: its conversation is closed to new messages`, {
    status,
    allowedTransitions: [],
  });
}

/** The latest deadline an expert may set: 7 days after the request was sent. */
export function latestDeadline(sentAt: Date): Date {
  return new Date(sentAt.getTime() + RESPONSE_DAYS * DAY_MS);
}

/** A request is overdue once its deadline passed while the expert still owes an answer. */
export function isOverdue(request: { status: RequestStatus; dueAt: Date }, now = new Date()): boolean {
  return OPEN_STATUSES.includes(request.status) && request.dueAt.getTime() < now.getTime();
}
