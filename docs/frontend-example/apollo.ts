// Apollo Client on the API: queries and mutations over HTTP, subscriptions over graphql-ws, a normalized cache.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type ClientOptions } from 'graphql-ws';
import { typePolicies } from './cache.ts';

export interface ApiOptions {
  /** The API's address, e.g. `http://127.0.0.1:4000`. */
  baseUrl: string;
  /** The current access token (Pro Santé Connect in production), asked for again at each request and reconnection. */
  token: () => string | Promise<string>;
  /** Only outside a browser (Node 20 has no global WebSocket): the `ws` package. */
  webSocketImpl?: ClientOptions['webSocketImpl'];
}

export function createApolloClient({ baseUrl, token, webSocketImpl }: ApiOptions): ApolloClient {
  const http = new HttpLink({
    uri: `${baseUrl}/graphql`,
    // The token may have been renewed since the last request.
    fetch: async (input, init) =>
      fetch(input, { ...init, headers: { ...init?.headers, authorization: `Bearer ${await token()}` } }),
  });
  const sockets = new GraphQLWsLink(
    createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      connectionParams: async () => ({ authorization: `Bearer ${await token()}` }),
      // The server closes with 4403 when the token expires and 1012 when it restarts: both are retried, with a fresh token.
      retryAttempts: Infinity,
      webSocketImpl,
    }),
  );
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, sockets, http),
    cache: new InMemoryCache({ typePolicies }),
  });
}
