// GraphQL over HTTP for tests: one call, one result with expectData() and expectError(code), one helper for raw HTTP.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import { tokenFor } from './tokens.ts';

/** Who calls: a professional (their session token is used), or a token as given (null: no Authorization header). */
export type Caller = { rpps: string } | { token: string | null };

export interface HttpResponse {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  /** The body decoded as UTF-8. */
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/**
 * Any HTTP request, its response read whole: the one way tests reach the server below GraphQL, for what is about
 * HTTP itself (status codes, headers, CORS, body limits, content types, downloads).
 */
export async function http(url: string | URL, init: RequestInit = {}): Promise<HttpResponse> {
  const response = await fetch(url, init);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = Buffer.from(bytes).toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, bytes, text, json };
}

/** Nothing of the server's insides in what a client receives: no stack, no frames, no source paths. */
export function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/"stack"|stacktrace/i);
  expect(text).not.toMatch(/\n?\s{2,}at [\w$.<>]+ \(|\s{4}at /);
  expect(text).not.toMatch(/\/src\/|node_modules|file:\/\/|\.ts:\d+|\.js:\d+/);
}

/** A GraphQL response: data, errors and extensions as sent (only those present), and how to expect either. */
export class GraphQLResult<T> {
  declare readonly data?: T | null;
  declare readonly errors?: GraphQLFormattedError[];
  declare readonly extensions?: Record<string, unknown>;
  /** The HTTP status; undefined for a result received over a socket. */
  readonly status: number | undefined;
  readonly #response: Pick<HttpResponse, 'headers' | 'text' | 'json'>;

  constructor(response: Pick<HttpResponse, 'headers' | 'text' | 'json'> & { status: number | undefined }) {
    this.status = response.status;
    this.#response = response;
    const body = response.json;
    if (body && typeof body === 'object') {
      for (const key of ['data', 'errors', 'extensions'] as const)
        if (key in body) Object.assign(this, { [key]: (body as Record<string, unknown>)[key] });
    }
  }

  /** A result received otherwise than over HTTP (a WebSocket `next` payload), to expect the same way. */
  static of<T>(payload: { data?: T | null; errors?: readonly unknown[] }): GraphQLResult<T> {
    return new GraphQLResult<T>({
      status: undefined,
      headers: new Headers(),
      text: JSON.stringify(payload),
      json: payload,
    });
  }

  get headers(): Headers {
    return this.#response.headers;
  }

  /** The body as sent, for leak checks and messages. */
  get text(): string {
    return this.#response.text;
  }

  /** The body parsed as JSON, or undefined when it was not JSON. */
  get body(): unknown {
    return this.#response.json;
  }

  /** The codes of the errors, in order. */
  get codes(): unknown[] {
    return this.errors?.map((error) => error.extensions?.['code']) ?? [];
  }

  /** The data, failing the test with the errors printed if there are any. */
  expectData(): T {
    expect(this.errors, `errors instead of data (HTTP ${this.status})`).toBeUndefined();
    expect(this.data, `no data (HTTP ${this.status}): ${this.text.slice(0, 500)}`).toBeTruthy();
    return this.data as T;
  }

  /**
   * Exactly one error, with this code (and message: a string is the whole message, a pattern a part; and HTTP
   * status), nothing leaked, and no data but null fields (a request error has no data, a field error nulls its field).
   */
  expectError(code: string, expected: { message?: string | RegExp; status?: number } = {}): GraphQLFormattedError {
    expect(this.codes, `one ${code} error expected (HTTP ${this.status}): ${this.text.slice(0, 1000)}`).toEqual([code]);
    const error = this.errors![0]!;
    if (typeof expected.message === 'string') expect(error.message).toBe(expected.message);
    else if (expected.message) expect(error.message).toMatch(expected.message);
    if (expected.status !== undefined) expect(this.status, 'HTTP status').toBe(expected.status);
    // GraphQL over HTTP: a status other than 2xx is a request error, which has no data.
    if (this.status !== undefined && this.status >= 300)
      expect(this.data ?? null, 'data of a request error').toBeNull();
    if (this.data)
      expect(
        Object.values(this.data).every((value) => value === null),
        'data besides the error',
      ).toBe(true);
    expectNoLeak(this.text);
    return error;
  }
}

export type GraphQLOptions = {
  /** More headers, or ones replacing the defaults (accept, content-type). */
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

export async function authorization(as: Caller): Promise<Record<string, string>> {
  const token = 'rpps' in as ? await tokenFor(as.rpps) : as.token;
  return token === null ? {} : { authorization: `Bearer ${token}` };
}

/** Sends an operation (a typed document, or a plain string as a client without generated documents) as `as`. */
export async function graphql<R, V>(
  graphqlUrl: string,
  operation: TypedDocumentNode<R, V>,
  variables: V,
  as: Caller,
  options?: GraphQLOptions,
): Promise<GraphQLResult<R>>;
export async function graphql<R = Record<string, unknown>>(
  graphqlUrl: string,
  operation: string,
  variables: Record<string, unknown> | undefined,
  as: Caller,
  options?: GraphQLOptions,
): Promise<GraphQLResult<R>>;
export async function graphql(
  graphqlUrl: string,
  operation: TypedDocumentNode | string,
  variables: unknown,
  as: Caller,
  options: GraphQLOptions = {},
): Promise<GraphQLResult<unknown>> {
  const query = typeof operation === 'string' ? operation : print(operation);
  return post(
    graphqlUrl,
    JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) }),
    as,
    {
      'content-type': 'application/json',
      ...options.headers,
    },
    options.signal && { signal: options.signal },
  );
}

/** A POST of any body (JSON, multipart, or malformed on purpose) to the GraphQL endpoint, read as a GraphQL result. */
export async function post<R = Record<string, unknown>>(
  graphqlUrl: string,
  body: RequestInit['body'] | undefined,
  as: Caller,
  headers: Record<string, string> = {},
  init: Omit<RequestInit, 'method' | 'headers' | 'body'> & { duplex?: 'half' } = {},
): Promise<GraphQLResult<R>> {
  const response = await http(graphqlUrl, {
    ...init,
    method: 'POST',
    headers: {
      accept: 'application/graphql-response+json, application/json',
      ...headers,
      ...(await authorization(as)),
    },
    ...(body === undefined ? {} : { body }),
  });
  return new GraphQLResult<R>(response);
}
