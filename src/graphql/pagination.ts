// Page-size bounds shared by every connection: out of range is an error, never a silent clamp.
import { getConnectionPageSize } from '@pothos/core';
import { badInput } from '../domain/errors.ts';

export const MAX_PAGE_SIZE = 100;

export function pageArgs(args: { first?: number | null; last?: number | null }): void {
  for (const name of ['first', 'last'] as const) {
    const value = args[name];
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(`${name} must be between 0 and ${MAX_PAGE_SIZE}: ask for the next page with after/before instead`);
    }
  }
}

export interface ConnectionArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

/** Which way a hand-built connection reads, how many, and from which cursor. */
export interface PageRequest {
  /** `last` or `before`: the page nearest the cursor (or the list's end) on its earlier side. */
  backward: boolean;
  size: number;
  /** The cursor given, and its argument's name (for the error of a cursor that is not one). */
  cursor: { value: string; name: 'after' | 'before' } | null;
}

/**
 * A connection's arguments read as Pothos' prisma connections read them (`messages`, `experts`:
 * @pothos/plugin-prisma 4.17.0, prismaCursorConnectionQuery in esm/util/cursors.js), for connections
 * that read their page themselves: the same refusals, page size and direction.
 */
export function pageRequest(args: ConnectionArgs, defaultSize: number): PageRequest {
  pageArgs(args);
  if (args.before != null && args.after != null)
    throw badInput(
      'Arguments "before" and "after" are not supported at the same time: page forward with first/after, backward with last/before',
    );
  if (args.before != null && args.first != null)
    throw badInput('Arguments "before" and "first" are not supported at the same time: page backward with last/before');
  if (args.after != null && args.last != null)
    throw badInput('Arguments "after" and "last" are not supported at the same time: page forward with first/after');
  const { expectedSize } = getConnectionPageSize({ args, defaultSize, maxSize: MAX_PAGE_SIZE });
  const cursor =
    args.before != null
      ? { value: args.before, name: 'before' as const }
      : args.after != null
        ? { value: args.after, name: 'after' as const }
        : null;
  return { backward: args.before != null || args.last != null, size: expectedSize, cursor };
}

/**
 * pageInfo of a page that knows whether more rows lie past it in the direction it was read, with the
 * flags set as Pothos' connections set them (wrapConnectionResult, same file).
 */
export function pageInfoOf(
  args: ConnectionArgs,
  request: PageRequest,
  page: { more: boolean; startCursor: string | null; endCursor: string | null },
): { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null } {
  return {
    hasNextPage: args.before != null ? true : args.last != null ? false : page.more,
    hasPreviousPage: args.after != null ? true : request.backward ? page.more : false,
    startCursor: page.startCursor,
    endCursor: page.endCursor,
  };
}
