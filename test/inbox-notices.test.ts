// Who hears what of a change in their inbox (src/domain/live.ts), without a server: one rule, every kind of change.
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../src/domain/changes.ts';
import { inboxNotices, isReceipt } from '../src/domain/live.ts';

const requestId = 'r1';
const participantIds = ['requester', 'expert'];
const message = (messageId: string, sequence: number): ChangeEvent => ({
  kind: 'MESSAGE_ADDED',
  requestId,
  messageId,
  sequence,
  participantIds,
});

describe('inboxNotices', () => {
  it('tells both sides of a new request once, with its question, and not of its opening messages apart', () => {
    const notices = inboxNotices([
      { kind: 'REQUEST_CREATED', requestId, participantIds },
      message('context', 1),
      message('question', 2),
    ]);
    expect(notices).toEqual([
      { professionalId: 'requester', notice: { kind: 'NEW_REQUEST', requestId, messageId: 'question' } },
      { professionalId: 'expert', notice: { kind: 'NEW_REQUEST', requestId, messageId: 'question' } },
    ]);
  });

  it('tells both sides of a message, the author included', () => {
    expect(inboxNotices([message('m3', 3)]).map(({ professionalId, notice }) => [professionalId, notice])).toEqual([
      ['requester', { kind: 'NEW_MESSAGE', requestId, messageId: 'm3' }],
      ['expert', { kind: 'NEW_MESSAGE', requestId, messageId: 'm3' }],
    ]);
  });

  it('tells a status change with its SYSTEM message, not as a new message too', () => {
    const notices = inboxNotices([
      message('system', 4),
      { kind: 'STATUS_CHANGED', requestId, from: 'SUBMITTED', to: 'ACCEPTED', messageId: 'system', participantIds },
    ]);
    expect(notices.map(({ notice }) => notice.kind)).toEqual(['STATUS_CHANGED', 'STATUS_CHANGED']);
    expect(notices[0]!.notice.messageId).toBe('system');
  });

  it('tells a signature once to the participants, with the message recording it, and the report alone to the treating doctor', () => {
    const notices = inboxNotices([
      message('signed', 5),
      { kind: 'STATUS_CHANGED', requestId, from: 'ACCEPTED', to: 'REPORTED', messageId: 'signed', participantIds },
      { kind: 'REPORT_SIGNED', requestId, reportId: 'report', version: 1, participantIds, recipientIds: ['doctor'] },
    ]);
    expect(notices).toEqual([
      {
        professionalId: 'requester',
        notice: { kind: 'REPORT_SIGNED', requestId, reportId: 'report', messageId: 'signed' },
      },
      {
        professionalId: 'expert',
        notice: { kind: 'REPORT_SIGNED', requestId, reportId: 'report', messageId: 'signed' },
      },
      { professionalId: 'doctor', notice: { kind: 'REPORT_SIGNED', requestId, reportId: 'report' } },
    ]);
    expect(notices.map(({ notice }) => isReceipt(notice))).toEqual([false, false, true]);
  });

  it('tells a shared synthesis to its recipient only, as a receipt', () => {
    const notices = inboxNotices([
      { kind: 'SYNTHESIS_SHARED', requestId, shareId: 'share', recipientId: 'colleague', participantIds },
    ]);
    expect(notices).toEqual([
      { professionalId: 'colleague', notice: { kind: 'SYNTHESIS_SHARED', requestId, shareId: 'share' } },
    ]);
    expect(isReceipt(notices[0]!.notice)).toBe(true);
  });

  it('tells both sides of an approaching deadline and of an overdue request', () => {
    const dueAt = '2026-01-01T00:00:00.000Z';
    const notices = inboxNotices([
      { kind: 'DEADLINE_APPROACHING', requestId, dueAt, participantIds },
      { kind: 'OVERDUE', requestId, dueAt, participantIds },
    ]);
    expect(notices.map(({ professionalId, notice }) => `${professionalId} ${notice.kind}`)).toEqual([
      'requester DEADLINE_APPROACHING',
      'expert DEADLINE_APPROACHING',
      'requester OVERDUE',
      'expert OVERDUE',
    ]);
  });

  it('tells nobody of read marks', () => {
    expect(
      inboxNotices([{ kind: 'MESSAGES_READ', requestId, readerId: 'expert', upToSequence: 3, participantIds }]),
    ).toEqual([]);
  });
});

describe('isReceipt', () => {
  it('holds for what reaches someone outside the request, not for what its participants are told', () => {
    expect(isReceipt({ kind: 'SYNTHESIS_SHARED', requestId, shareId: 's' })).toBe(true);
    expect(isReceipt({ kind: 'REPORT_SIGNED', requestId, reportId: 'r' })).toBe(true);
    expect(isReceipt({ kind: 'REPORT_SIGNED', requestId, reportId: 'r', messageId: 'm' })).toBe(false);
    expect(isReceipt({ kind: 'NEW_MESSAGE', requestId, messageId: 'm' })).toBe(false);
    expect(isReceipt({ kind: 'NEW_REQUEST', requestId })).toBe(false);
  });
});
