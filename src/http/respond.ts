// Answers outside GraphQL (health, downloads, refusals) in one JSON shape: { error, code, …details }.
import type http from 'node:http';

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** A refusal: what went wrong, in words a developer can act on, and a code a program can test. */
export function sendRefusal(
  res: http.ServerResponse,
  status: number,
  code: string,
  error: string,
  { headers, ...details }: Record<string, unknown> & { headers?: http.OutgoingHttpHeaders } = {},
): void {
  sendJson(res, status, { error, code, ...details }, headers);
}
