// Live test clients: the real graphql-ws client over WebSocket and the real graphql-sse client over SSE, with awaitable feeds.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { tokenFor } from './tokens.ts';

/** The results of one subscription, to await one by one. */
export class Feed<T> {
  readonly results: ExecutionResult<T>[] = [];
  /** How the subscription ended: completed by the server, or an error (a close event, a network failure). */
  readonly ended: Promise<{ completed: boolean; error?: unknown }>;
  private read = 0;
  private wake: (() => void) | undefined;
  private finish!: (end: { completed: boolean; error?: unknown }) => void;
  private over = false;

  constructor(readonly dispose: () => void) {
    this.ended = new Promise((resolve) => {
      this.finish = resolve;
    });
  }

  readonly sink = {
    next: (result: ExecutionResult<T>) => {
      this.results.push(result);
      this.wake?.();
    },
    error: (error: unknown) => this.end({ completed: false, error }),
    complete: () => this.end({ completed: true }),
  };

  private end(end: { completed: boolean; error?: unknown }) {
    this.over = true;
    this.finish(end);
    this.wake?.();
  }

  /** The next result, waiting for it; fails if the subscription ends first. */
  async next(): Promise<ExecutionResult<T>> {
    while (this.read >= this.results.length) {
      if (this.over) throw new Error(`the subscription ended after ${this.results.length} results`);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    return this.results[this.read++]!;
  }

  /** The next `count` results' data, failing on any error. */
  async take(count: number): Promise<T[]> {
    const taken: T[] = [];
    while (taken.length < count) {
      const result = await this.next();
      if (result.errors) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
      taken.push(result.data!);
    }
    return taken;
  }

  /** Results until `done` says the last one arrived. */
  async until(done: (data: T) => boolean): Promise<T[]> {
    const taken: T[] = [];
    for (;;) {
      const [data] = await this.take(1);
      taken.push(data!);
      if (done(data!)) return taken;
    }
  }
}

export interface Socket {
  client: Client;
  /** The close event once the socket closes (code and reason). */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<R, V>(document: TypedDocumentNode<R, V>, variables: V): Feed<R>;
  dispose(): Promise<void>;
}

/** A graphql-ws connection to the server as `rpps` (or with a given token), without retries. */
export async function openSocket(graphqlUrl: string, as: { rpps: string } | { token: string }): Promise<Socket> {
  const token = 'rpps' in as ? await tokenFor(as.rpps) : as.token;
  let closedWith!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    closedWith = resolve;
  });
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => {
    connected = resolve;
  });
  const client = createWsClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => connected(),
      closed: (event) =>
        closedWith({
          code: (event as { code: number }).code,
          reason: String((event as { reason?: string }).reason ?? ''),
        }),
    },
    onNonLazyError: () => undefined,
  });
  await Promise.race([ready, closed]);
  return {
    client,
    closed,
    subscribe(document, variables) {
      let dispose = () => {};
      const feed = new Feed<never>(() => dispose());
      dispose = client.subscribe(
        { query: print(document), variables: variables as Record<string, unknown> },
        feed.sink,
      );
      return feed as never;
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** A subscription over SSE (GraphQL over SSE, distinct connections unless asked), with the real graphql-sse client, without retries. */
export async function subscribeSse<R, V>(
  graphqlUrl: string,
  document: TypedDocumentNode<R, V>,
  variables: V,
  as: { rpps: string } | { token: string },
  { singleConnection = false } = {},
): Promise<Feed<R>> {
  const token = 'rpps' in as ? await tokenFor(as.rpps) : as.token;
  const client = createSseClient({
    url: graphqlUrl,
    headers: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    singleConnection,
  });
  let dispose = () => {};
  const feed = new Feed<R>(() => {
    dispose();
    client.dispose();
  });
  dispose = client.subscribe(
    { query: print(document), variables: variables as Record<string, unknown> },
    feed.sink as never,
  );
  return feed;
}
