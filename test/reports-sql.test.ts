// No N+1 for what issue 5 added: reports, billing acts and compliance grids of a page of requests take a fixed number of statements.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ReportedInboxDocument } from './generated/graphql.ts';
import { freshPatient, signReport } from './kit/reports.ts';
import { createRequest, professionalId, RPPS } from './kit/requests.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  const treatingDoctorId = await professionalId(server.db, RPPS.outsider);
  for (let i = 0; i < 20; i += 1) {
    const request = await createRequest(server, RPPS.colleague, { patient: freshPatient({ treatingDoctorId }) });
    await signReport(server, request.id);
  }
});
afterAll(() => server?.stop());

it('reads 20 reported requests with their report, transmissions, billing acts and compliance grid in as many statements as 5', async () => {
  const read = (first: number) =>
    server.statements(() => server.graphql(ReportedInboxDocument, { first }, { rpps: RPPS.colleague }));
  const many = await read(20);
  const few = await read(5);
  const edges = many.result.data!.requests.edges;
  expect(edges).toHaveLength(20);
  expect(
    edges.every(
      (e) =>
        e.node.report?.transmissions.length === 2 &&
        e.node.billingActs.length === 2 &&
        e.node.compliance.parts.length === 4,
    ),
  ).toBe(true);
  // The page's ids (along the caller's indexes); its requests with reports, transmissions, recipients and acts joined;
  // the traces the grids read; the actors of their evidence; the trace of the report reads (the caller's token is
  // known: no statement to authenticate).
  expect(many.statements).toHaveLength(few.statements.length);
  expect(many.statements).toHaveLength(5);
});
