// Which database failures are worth retrying, and which of them certainly wrote nothing.
import { describe, expect, it } from 'vitest';
import { failedBeforeSending, isTransientFailure } from '../src/db/failures.ts';
import { isUniqueViolation } from '../src/domain/changes.ts';

/** A Prisma error as Prisma 7 raises it: a code, and the driver adapter's cause under meta. */
const prismaError = (code: string, cause?: Record<string, unknown>) =>
  Object.assign(new Error('prisma'), { code, ...(cause && { meta: { driverAdapterError: { cause } } }) });

describe('database failures', () => {
  it.each([
    ['unreachable', prismaError('P2010', { kind: 'DatabaseNotReachable' }), true, true],
    ['no transaction in time', prismaError('P2028'), true, true],
    ['no connection in time (pg)', new Error('timeout exceeded when trying to connect'), true, true],
    ['no answer to a statement (pg)', new Error('Query read timeout'), true, false],
    ['statement past its timeout', prismaError('P2010', { kind: 'postgres', originalCode: '57014' }), true, false],
    ['server shutting down', prismaError('P2010', { kind: 'postgres', originalCode: '57P01' }), true, false],
    ['a missing column', prismaError('P2022', { kind: 'ColumnNotFound' }), false, false],
    ['a unique violation', prismaError('P2002', { kind: 'UniqueConstraintViolation' }), false, false],
  ])('%s: transient %s, nothing sent %s', (_name, error, transient, nothingSent) => {
    expect(isTransientFailure(error)).toBe(transient);
    if (transient) expect(failedBeforeSending(error)).toBe(nothingSent);
  });
});

describe('unique violations (isUniqueViolation)', () => {
  const constraint = { index: 'Message_requestId_authorId_clientMessageId_key' };
  it.each([
    ['from a Prisma query', prismaError('P2002', { kind: 'UniqueConstraintViolation', constraint }), true],
    ['from a raw statement', prismaError('P2010', { kind: 'UniqueConstraintViolation', constraint }), true],
    [
      'on another column',
      prismaError('P2010', { kind: 'UniqueConstraintViolation', constraint: { index: 'x' } }),
      false,
    ],
    ['another failure of a raw statement', prismaError('P2010', { kind: 'postgres', originalCode: '57014' }), false],
  ])('%s: a unique violation of clientMessageId, %s', (_name, error, unique) => {
    expect(isUniqueViolation(error, 'clientMessageId')).toBe(unique);
  });
});
