// Turns errors into what a client sees: domain errors keep their code and message, anything unexpected is masked.
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { DomainError, type DomainErrorCode } from '../domain/errors.ts';

export function graphQLError(code: DomainErrorCode | 'INTERNAL_SERVER_ERROR', message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** The error as a client may see it, or undefined when it must be masked. */
export function clientError(error: unknown): GraphQLError | undefined {
  let original = error;
  while (isGraphQLError(original) && original.originalError) original = original.originalError;
  if (original instanceof DomainError) {
    return rebuild(error, graphQLError(original.code, original.message, original.details));
  }
  if (original instanceof PothosValidationError) {
    // Malformed cursors and global IDs, conflicting pagination arguments.
    return rebuild(error, graphQLError('BAD_USER_INPUT', original.message));
  }
  if (isGraphQLError(original)) return original;
  return undefined;
}

/**
 * GraphQLError by shape: yoga and graphql-tools may hold another copy of graphql's classes
 * (ESM and CommonJS builds), where instanceof fails.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

function rebuild(source: unknown, target: GraphQLError): GraphQLError {
  if (!isGraphQLError(source)) return target;
  return new GraphQLError(target.message, {
    nodes: source.nodes,
    source: source.source,
    positions: source.positions,
    path: source.path,
    extensions: target.extensions,
  });
}
