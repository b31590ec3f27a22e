// Closed-loop HTTP load with autocannon; every response body is checked, since GraphQL errors come back with status 200.
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses that were not 2xx, or whose body failed the check. */
  failures: number;
}

export interface LoadOptions {
  url: string;
  /** The bodies to send, in turn, each with its Authorization header (if any). */
  bodies: { body: string; authorization?: string }[];
  connections: number;
  seconds: number;
  /** A cheap test on each response body (no parsing): true when it is the answer expected. */
  check: (body: string) => boolean;
}

export async function load({ url, bodies, connections, seconds, check }: LoadOptions): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request: autocannon.Request) => {
          const { body, authorization } = bodies[next++ % bodies.length]!;
          return {
            ...request,
            method: 'POST',
            body,
            headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
          };
        },
      },
    ],
    verifyBody: (body) => typeof body === 'string' && check(body),
  });
  const failures = result.non2xx + result.errors + result.timeouts + (result as { mismatches?: number }).mismatches!;
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures,
  };
}
