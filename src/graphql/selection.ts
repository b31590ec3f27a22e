// The Prisma selection a GraphQL query asks of a type at a path, for resolvers that load rows themselves.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { Context } from './context.ts';

export interface Selection {
  select?: Record<string, unknown>;
  include?: Record<string, unknown>;
}

/** What the query asks of `typeName` under `path`, plus the columns the resolver itself reads. */
export function selectionFor(ctx: Context, info: GraphQLResolveInfo, typeName: string, path: string[], columns: Record<string, true> = {}): Selection {
  const query = queryFromInfo({ context: ctx, info, typeName, path }) as Selection;
  return query.select ? { select: { ...query.select, ...columns } } : query;
}

/**
 * Whether the query asks, under the field being resolved, for the field at `path` (by field names,
 * through fragments; @skip and @include are not read, so a skipped field counts as asked).
 */
export function asksFor(info: GraphQLResolveInfo, path: string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap((field) => fieldsNamed(info, field.selectionSet?.selections ?? [], name));
    if (fields.length === 0) return false;
  }
  return true;
}

function fieldsNamed(info: GraphQLResolveInfo, selections: readonly SelectionNode[], name: string): FieldNode[] {
  return selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    return fragment ? fieldsNamed(info, fragment.selectionSet.selections, name) : [];
  });
}
