// The Prisma selection a GraphQL query asks of a type at a path, for resolvers that load rows themselves.
import type { GraphQLResolveInfo } from 'graphql';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { Context } from './context.ts';

export interface Selection {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}

/** What the query asks of `typeName` under `path`, plus the columns the resolver itself reads. */
export function selectionFor(
  ctx: Context,
  info: GraphQLResolveInfo,
  typeName: string,
  path: string[],
  columns: Record<string, true> = {},
): Selection {
  const query = queryFromInfo({ context: ctx, info, typeName, path }) as Selection;
  return query.select ? { select: { ...query.select, ...columns } } : query;
}
