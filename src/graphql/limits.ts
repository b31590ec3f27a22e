// Operation limits, the same over HTTP, SSE and WebSocket (all run through yoga's envelop):
// depth, aliases, directives, tokens, cost, cyclic introspection; suggestions hidden.
// Errors say which kind of limit was hit and what to do, never the limit itself.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  GraphQLError,
  MaxIntrospectionDepthRule,
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { isGraphQLError } from './errors.ts';
import { MAX_PAGE_SIZE } from './pagination.ts';

/**
 * The limits. Depth allows the deepest operation a front end sends (a page of requests with their
 * messages, each with its author's expert profile and its templates: 11 levels); GraphiQL's
 * introspection is exempt from depth and cost, but not from the cyclic-introspection rule.
 */
export const OPERATION_LIMITS = {
  depth: 14,
  aliases: 30,
  directives: 20,
  tokens: 3000,
  /** Estimated fields resolved: a connection page multiplies its content by `first`/`last`. */
  cost: 20_000,
} as const;

export const LIMIT_CODE = 'OPERATION_TOO_COMPLEX';

function limitError(message: string, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: LIMIT_CODE, ...(status && { http: { status } }) } });
}

/** Reports armor's rejection as our own error (armor's says "Syntax Error" and may quote the limit). */
const reject =
  (message: string): GraphQLArmorRejectCallback =>
  (context) => {
    context?.reportError(limitError(message));
  };

/** The cost of a page whose size is not given: the largest default page size of the schema. */
const UNSIZED_PAGE = 50;

const SPLIT = 'split it into smaller operations (read deeper parts with node(id:) afterwards)';

/** How many items a list field may return, for the cost estimate: connection pages by their size, nodes by ids. */
const listEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (named.name.endsWith('Connection')) {
    const size =
      typeof args['first'] === 'number'
        ? args['first']
        : typeof args['last'] === 'number'
          ? args['last']
          : UNSIZED_PAGE;
    // The connection's own fields (pageInfo, totalCount) once, its edges `size` times. A size past the
    // maximum is refused by the connection itself, with a message that says the bound.
    return 1 + Math.min(Math.max(size, 1), MAX_PAGE_SIZE) * childComplexity;
  }
  if (isListType(type) && Array.isArray(args['ids'])) return 1 + args['ids'].length * childComplexity;
  return undefined;
};

/** A full introspection is a fixed, large amount of work (about 2 MB of answer): one per operation, as GraphiQL sends. */
const INTROSPECTION_COST = 5_000;

const introspectionEstimator: ComplexityEstimator = ({ field }) =>
  field.name === '__schema' ? INTROSPECTION_COST : undefined;

/**
 * The operation's estimated cost, or the error that kept it from being priced. An operation that
 * cannot be priced is refused (failing open would let `null` for a required argument, an error
 * of one field only, carry any cost through).
 */
function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | GraphQLError {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName,
      estimators: [introspectionEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch (error) {
    const message = isGraphQLError(error)
      ? withoutSuggestions(error.message)
      : 'The operation could not be read: check its variables and operationName';
    return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
  }
}

/**
 * What an operation's cost can depend on besides its text: the variables that can set a page size, an `ids`
 * list's length or an @include/@skip condition (Int, Boolean and list variables); of the others, only whether
 * they are given (an operation with null for a required argument cannot be priced, and is refused).
 */
function costKey(
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): string {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  const parts: unknown[] = [operationName ?? null];
  for (const { variable, type } of operation?.variableDefinitions ?? []) {
    const value = variables[variable.name.value];
    const named = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
    if (named.kind === Kind.LIST_TYPE) parts.push(Array.isArray(value) ? value.length : (value ?? null));
    else if (named.name.value === 'Int' || named.name.value === 'Boolean') parts.push(value ?? null);
    // A null where the operation needs a value cannot be priced, whatever the type: the same answer every time.
    else parts.push(value == null);
  }
  return JSON.stringify(parts);
}

/** Costs already computed, per parsed document (yoga keeps one per operation text) and costKey. */
const costs = new WeakMap<DocumentNode, Map<string, number>>();
/** Page sizes and the like an operation is priced for at most, before its costs are computed afresh. */
const COSTS_PER_DOCUMENT = 100;

/** operationCost, computed once per document and cost-bearing variables (an error is never kept: it is rare). */
function cachedCost(args: ExecutionArgs): number | GraphQLError {
  const variables = args.variableValues ?? {};
  const operationName = args.operationName ?? undefined;
  const key = costKey(args.document, operationName, variables);
  let known = costs.get(args.document);
  const cost = known?.get(key) ?? operationCost(args.schema, args.document, variables, operationName);
  if (typeof cost === 'number' && !known?.has(key)) {
    if (!known || known.size >= COSTS_PER_DOCUMENT) costs.set(args.document, (known = new Map()));
    known.set(key, cost);
  }
  return cost;
}

/** The error that refuses the operation before it runs, if any. */
function costRefusal(args: ExecutionArgs, subject: string): GraphQLError | undefined {
  const cost = cachedCost(args);
  if (typeof cost !== 'number') return cost;
  return cost > OPERATION_LIMITS.cost
    ? limitError(`${subject} asks for too much at once: ask for smaller pages (first/last) or ${SPLIT}`, 400)
    : undefined;
}

/**
 * The cost check, once variables are known (a page size may come from a variable): not a
 * validation rule, whose result yoga caches by document whatever the variables. Refused before
 * execution starts, hence 400 over HTTP, as a validation error would be.
 */
const costLimit: Plugin = {
  onExecute({ args, setResultAndStopExecution }) {
    const refusal = costRefusal(args, 'The operation');
    if (refusal) setResultAndStopExecution({ errors: [refusal] });
  },
  onSubscribe({ args, setResultAndStopExecution }) {
    const refusal = costRefusal(args, 'The subscription');
    if (refusal) setResultAndStopExecution({ errors: [refusal] });
  },
};

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** graphql-js suggests field, argument, type and enum value names: they would map the schema for someone without access to it. */
function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

/**
 * Validation errors without suggestions, and introspection that nests fields/interfaces/possibleTypes
 * in a cycle (a denial of service) refused; GraphiQL's is not.
 */
const validationErrors: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(MaxIntrospectionDepthRule);
    return ({ valid, result, setResult }) => {
      if (valid) return;
      for (const error of result) error.message = withoutSuggestions(error.message);
      const others = result.filter((error) => error.message !== 'Maximum introspection depth exceeded');
      // The rule reports each cycle it finds: one error says it.
      if (others.length < result.length)
        setResult([
          ...others,
          limitError('The introspection query nests too deeply: send the standard introspection query'),
        ]);
    };
  },
};

export function operationLimits(): Plugin[] {
  const rejected = (message: string) => ({
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [reject(message)],
  });
  const armor = new EnvelopArmor({
    maxTokens: {
      n: OPERATION_LIMITS.tokens,
      exposeLimits: false,
      // The parser stops at once: the error is thrown, as ours.
      propagateOnRejection: false,
      onReject: [
        () => {
          throw limitError(`The operation is too long: ${SPLIT}`);
        },
      ],
    },
    maxDepth: {
      n: OPERATION_LIMITS.depth,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...rejected(`The operation is nested too deeply: ${SPLIT}`),
    },
    maxAliases: { n: OPERATION_LIMITS.aliases, ...rejected(`The operation has too many aliases: ${SPLIT}`) },
    maxDirectives: { n: OPERATION_LIMITS.directives, ...rejected(`The operation has too many directives: ${SPLIT}`) },
    // Armor's cost ignores page sizes given as variables: ours (costLimit) reads them.
    costLimit: { enabled: false },
    // Armor's pattern misses enum values and variables: validationErrors and costLimit hide them all.
    blockFieldSuggestion: { enabled: false },
  });
  return [...(armor.protect().plugins as Plugin[]), validationErrors, costLimit];
}
