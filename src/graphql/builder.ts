// The schema builder: plugins, scalars and root types. Object types live in one file per domain.
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin, { decodeGlobalID } from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { GraphQLError } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import { badInput, DomainError } from '../domain/errors.ts';
import type { Upload } from '../domain/files.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Context } from './context.ts';
import { MAX_PAGE_SIZE } from './pagination.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: { authenticated: boolean };
  Scalars: {
    Date: { Input: Date; Output: Date | string };
    DateTime: { Input: Date; Output: Date | string };
    File: { Input: Upload; Output: never };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  // Scope-auth first, so that its checks wrap the resolvers the other plugins build.
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: async () => ({ authenticated: true }),
    // Only participants read a request's fields: a professional who was sent its synthesis or report reads those.
    unauthorizedError: (_parent, _ctx, info) =>
      new DomainError(
        'FORBIDDEN',
        `${info.parentType.name}.${info.fieldName} is for the request’s participants: you can read only what was sent to you (synthesisUrl for a shared synthesis, report for a report transmitted to you)`,
      ),
  },
  prisma: {
    // Each request brings its own client (embedded or server database), so it is read from the context.
    client: (ctx) => ctx.db.prisma as unknown as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // What does not exist and what is not the caller's to see look the same: null, with NOT_FOUND.
    nodeQueryOptions: {
      resolve: async (_root, args, _ctx, _info, resolveNode) => {
        const node = await resolveNode(args.id);
        if (!node) throw nodeNotFound();
        return node;
      },
    },
    nodesQueryOptions: {
      resolve: async (_root, args, _ctx, _info, resolveNodes) => {
        if (args.ids.length > MAX_PAGE_SIZE)
          throw badInput(`nodes takes at most ${MAX_PAGE_SIZE} ids at once: ask for the rest in another call`);
        return (await resolveNodes(args.ids)).map((node) => node ?? nodeNotFound());
      },
    },
    // Every record id is a UUID: anything else is refused here, before it reaches the database.
    decodeGlobalID: (globalID) => {
      let decoded: { typename: string; id: string } | undefined;
      try {
        decoded = decodeGlobalID(globalID);
      } catch {
        decoded = undefined;
      }
      if (!decoded || !UUID.test(decoded.id) || (nodeTypenames.size > 0 && !nodeTypenames.has(decoded.typename))) {
        throw badInput(`"${globalID.slice(0, 100)}" is not an id this API issued`);
      }
      return decoded;
    },
  },
});

/** Names of the types implementing Node, filled once the schema is built (see schema.ts). */
export const nodeTypenames = new Set<string>();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const nodeNotFound = () => new DomainError('NOT_FOUND', 'No record with this id exists among those you can see');

builder.addScalarType('Date', DateResolver);
builder.scalarType('File', {
  description: 'A file sent as a part of a multipart request (GraphQL multipart request specification).',
  serialize: () => {
    throw new Error('File is an input type');
  },
  parseValue: (value) => {
    if (isUpload(value)) return value;
    throw new GraphQLError('A File must be sent as a part of a multipart/form-data request, mapped onto the variable', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
  parseLiteral: () => {
    throw new GraphQLError('A File cannot be written in the query: send it as a multipart upload', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

function isUpload(value: unknown): value is Upload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Upload).name === 'string' &&
    typeof (value as Upload).size === 'number' &&
    typeof (value as Upload).arrayBuffer === 'function'
  );
}
builder.addScalarType('DateTime', DateTimeResolver);

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
