// Subscriptions over a WebSocket, run by graphql-js itself rather than through yoga's executor.
import {
  createSourceEventStream,
  execute,
  getOperationAST,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLError,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Context } from '../graphql/context.ts';
import { eventStreamError, maskedResult, maskError, withoutHttpExtension } from '../graphql/errors.ts';

/**
 * Runs a subscription over a WebSocket once the operation limits have let it through (it comes after
 * them among yoga's plugins), in place of yoga's executor and envelop's wrappers around its event
 * stream: those stay in memory as long as the subscription does (some 6 KB per socket). graphql-js
 * runs it, and one iterator executes and masks each event; clients receive the same results and
 * errors (masked as maskExecutionErrors and yoga's masking do, a failed event stream located at the
 * operation as yoga's executor reports it). An event stream over HTTP is still yoga's.
 */
export function socketSubscriptions(logger: Logger): Plugin<Context> {
  return {
    onSubscribe({ args, setResultAndStopExecution }) {
      if (args.contextValue.transport !== 'ws') return;
      return subscribeOnSocket(args, logger).then(setResultAndStopExecution);
    },
  };
}

async function subscribeOnSocket(
  args: ExecutionArgs,
  logger: Logger,
): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> {
  const { requestId } = args.contextValue as Context;
  let stream: AsyncIterable<unknown> | ExecutionResult;
  try {
    stream = await createSourceEventStream(args);
  } catch (error) {
    // (yoga's executor answers any failure to start with an error, not a rejection.)
    stream = { errors: [error as GraphQLError] };
  }
  if (!(Symbol.asyncIterator in stream)) return maskedResult(stream, logger, requestId);
  return new SocketEvents(stream[Symbol.asyncIterator](), args, logger);
}

/** A subscription's results over a WebSocket: each event of its source stream executed, its errors masked. */
class SocketEvents implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly logger: Logger,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.next().then(
      (event) => (event.done ? event : this.#execute(event.value)),
      // A failed event stream ends with one masked error, with the request id (then the stream, finished, is done).
      (error: unknown) =>
        this.#failed(eventStreamError(error, getOperationAST(this.args.document, this.args.operationName))),
    );
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async #execute(payload: unknown): Promise<IteratorResult<ExecutionResult>> {
    let result: ExecutionResult;
    try {
      result = await execute({ ...this.args, rootValue: payload });
    } catch (error) {
      await this.source.return?.().catch(() => undefined);
      return this.#failed(error);
    }
    return {
      done: false,
      value: forSocket(maskedResult(result, this.logger, (this.args.contextValue as Context).requestId)),
    };
  }

  #failed(error: unknown): IteratorResult<ExecutionResult> {
    const requestId = (this.args.contextValue as Context).requestId;
    return { done: false, value: { errors: [withoutHttpExtension(maskError(error, this.logger, { requestId }))] } };
  }
}

/** A result refused before execution (a limit) carries an HTTP status for yoga: meaningless on a socket. */
export function forSocket<T>(result: T): T {
  if (result === null || typeof result !== 'object' || Symbol.asyncIterator in result) return result;
  const { errors } = result as ExecutionResult;
  return errors ? { ...result, errors: errors.map(withoutHttpExtension) } : result;
}
