// GraphQL over SSE: graphql-sse's single connection mode is refused, with what to use instead.
import type { Plugin } from 'graphql-yoga';

const SINGLE_CONNECTION_REFUSED = JSON.stringify({
  errors: [
    {
      message:
        "graphql-sse's single connection mode (PUT to reserve a stream) is not supported: use its distinct connections mode (singleConnection: false, the default), or graphql-ws over a WebSocket for many subscriptions on one connection",
      extensions: { code: 'BAD_USER_INPUT' },
    },
  ],
});

/**
 * Answers graphql-sse's stream reservation (PUT, the first request of its single connection mode) with
 * 405 and a GraphQL error saying what to use instead, before any token is read. A reservation lives in
 * the process that made it, so the stream and every operation sent to it would have to reach that same
 * instance (sticky sessions behind a load balancer); distinct connections mode (one stream per
 * subscription, each complete on its own) and graphql-ws (up to 100 operations on one socket) need none.
 */
export function sseSingleConnectionRefused(): Plugin {
  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'PUT') return;
      endResponse(
        new fetchAPI.Response(SINGLE_CONNECTION_REFUSED, {
          status: 405,
          headers: { allow: 'GET, POST', 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
