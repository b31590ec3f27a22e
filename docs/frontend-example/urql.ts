// urql on the API: queries, mutations and uploads over HTTP (multipart when a variable holds a file), subscriptions over SSE.
import { cacheExchange, Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';

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
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: sse.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
}
