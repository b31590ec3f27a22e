// urql on the API: a normalized cache, uploads over HTTP (multipart when a variable holds a file), subscriptions over SSE.
import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createSseClient } from 'graphql-sse';
import { graphcacheKeys } from './cache.ts';

export interface UrqlOptions {
  baseUrl: string;
  token: () => string;
}

export function createUrqlClient({ baseUrl, token }: UrqlOptions): Client {
  const url = `${baseUrl}/graphql`;
  // Distinct connections mode (one event stream per subscription): any instance behind a load balancer can serve it.
  const sse = createSseClient({ url, headers: () => ({ authorization: `Bearer ${token()}` }) });
  return new Client({
    url,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token()}` } }),
    exchanges: [
      cacheExchange({ keys: graphcacheKeys }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sse.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
