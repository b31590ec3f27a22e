// Errors the rules raise, with the code a client can act on; the GraphQL layer turns them into GraphQL errors.

export type DomainErrorCode =
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  /** A replay asked for events no longer kept (past the retention period): reload, then subscribe without `after`. */
  | 'REPLAY_EXPIRED'
  /** The expert is away: wait for their return (send again with waitForReturn) or ask the backup named. */
  | 'EXPERT_ABSENT'
  /** The expert takes no new request for now: ask someone else. */
  | 'EXPERT_UNAVAILABLE';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Extra fields for the error's extensions, e.g. the external tool's URL. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** Read by GraphQL (and other protocols) when it wraps this error: the code travels with it. */
  get extensions(): Record<string, unknown> {
    return { ...this.details, code: this.code };
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new DomainError('CONFLICT', message, details);
