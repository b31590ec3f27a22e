// Which messages a conversation's subscription replays (src/domain/live.ts), without a server: where it starts, each
// page, and what an announcement asks for.
import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../src/domain/changes.ts';
import { DomainError } from '../src/domain/errors.ts';
import { afterAnnouncements, afterReplayPage, REPLAY_PAGE, replayRange, replayStart } from '../src/domain/live.ts';

const sequences = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({ sequence: from + i }));
const added = (sequence: number, participantIds: string[] = []): ChangeEvent => ({
  kind: 'MESSAGE_ADDED',
  requestId: 'r',
  messageId: `m${sequence}`,
  sequence,
  participantIds,
});

describe('replayStart', () => {
  it('starts after the client’s `after` message, else after the latest one', () => {
    expect(replayStart({ lastSequence: 9 }, 'm4', { sequence: 4 })).toBe(4);
    expect(replayStart({ lastSequence: 9 }, undefined, null)).toBe(9);
  });

  it('refuses an `after` that is not a message of the request, and a request the caller does not take part in', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof DomainError ? error.code : error;
      }
      return 'accepted';
    };
    expect(refusal(() => replayStart({ lastSequence: 9 }, 'elsewhere', null))).toBe('BAD_USER_INPUT');
    expect(refusal(() => replayStart(null, undefined, null))).toBe('NOT_FOUND');
  });
});

describe('replayRange', () => {
  it('reads what comes after the last message sent, up to the one announced', () => {
    expect(replayRange({ last: 4, upTo: undefined })).toEqual({ gt: 4 });
    expect(replayRange({ last: 4, upTo: 7 })).toEqual({ gt: 4, lte: 7 });
  });
});

describe('afterReplayPage', () => {
  it('reads the next page after a full one, from its last message', () => {
    expect(afterReplayPage({ last: 0, upTo: undefined }, sequences(1, REPLAY_PAGE))).toEqual({
      more: true,
      cursor: { last: REPLAY_PAGE, upTo: undefined },
    });
    expect(afterReplayPage({ last: 0, upTo: 250, toldTo: ['a'] }, sequences(1, REPLAY_PAGE))).toEqual({
      more: true,
      cursor: { last: REPLAY_PAGE, upTo: 250, toldTo: ['a'] },
    });
  });

  it('is caught up after a short page, or once the announced message is sent, however full the page', () => {
    expect(afterReplayPage({ last: 100, upTo: undefined }, sequences(101, 50))).toEqual({
      more: false,
      cursor: { last: 150, upTo: undefined },
    });
    expect(afterReplayPage({ last: 0, upTo: REPLAY_PAGE, toldTo: ['a'] }, sequences(1, REPLAY_PAGE))).toEqual({
      more: false,
      cursor: { last: REPLAY_PAGE, upTo: undefined },
    });
    expect(afterReplayPage({ last: 7, upTo: undefined }, [])).toEqual({
      more: false,
      cursor: { last: 7, upTo: undefined },
    });
  });

  it('says the caller lost access when an announced message cannot be read', () => {
    expect(afterReplayPage({ last: 7, upTo: 8 }, [])).toBeUndefined();
  });
});

describe('afterAnnouncements', () => {
  it('reads up to the highest message announced after the last one sent, in whatever order they came', () => {
    expect(afterAnnouncements(4, [added(6, ['a', 'b']), added(5, ['a'])], false)).toEqual({
      last: 4,
      upTo: 6,
      // Who may read up to 6 without a check of their own: those told of the change that recorded it.
      toldTo: ['a', 'b'],
    });
  });

  it('keeps waiting for events that announce nothing later: a message already sent, a read mark', () => {
    const read: ChangeEvent = {
      kind: 'MESSAGES_READ',
      requestId: 'r',
      readerId: 'x',
      upToSequence: 4,
      participantIds: [],
    };
    expect(afterAnnouncements(4, [added(4), added(3), read], false)).toBeUndefined();
  });

  it('reads everything recorded after events were dropped', () => {
    expect(afterAnnouncements(4, [], true)).toEqual({ last: 4, upTo: undefined });
  });
});
