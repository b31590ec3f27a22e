// Apollo Client's normalized cache against the real server: with the front-end example's type policies (docs/frontend-example/cache.ts),
// objects read in several selections are merged, mutations update them in place, and Apollo never warns
// "Cache data may be lost"; without them (and without ExpertProfile's id) it does.
import { format } from 'node:util';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createRequest, postMessage, professionalId, RPPS } from './kit/requests.ts';
import { signReport } from './kit/reports.ts';
import { startTestServer, type TestServer } from './kit/server.ts';
import { tokenFor } from './kit/tokens.ts';

type Apollo = typeof import('@apollo/client');
type TypePolicies = NonNullable<ConstructorParameters<Apollo['InMemoryCache']>[0]>['typePolicies'];

let server: TestServer;
let apollo: Apollo;
let typePolicies: TypePolicies;
const warnings: string[] = [];

beforeAll(async () => {
  // Apollo warns in development only: the entry Node loads reads this flag (@apollo/client 4.3.8, utilities/environment/index.js).
  (globalThis as { __DEV__?: boolean }).__DEV__ = true;
  apollo = await import('@apollo/client');
  const dev = await import('@apollo/client/dev');
  dev.loadDevMessages();
  dev.loadErrorMessages();
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(format(...args));
  });
  // The policies of the front-end example, loaded once the development flag is set.
  ({ typePolicies } = await import('../docs/frontend-example/cache.ts'));
  server = await startTestServer();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.stop();
});

const dataLoss = () => warnings.filter((warning) => warning.includes('Cache data may be lost'));

async function client(rpps: string, policies: TypePolicies = typePolicies) {
  const { ApolloClient, HttpLink, InMemoryCache } = apollo;
  const headers = { authorization: `Bearer ${await tokenFor(rpps)}` };
  return new ApolloClient({
    link: new HttpLink({ uri: server.graphqlUrl, fetch, headers }),
    cache: new InMemoryCache({ typePolicies: policies }),
  });
}

const profileQueries = (id: string) => [
  `{ me { id expertProfile { ${id} listed prerequisites } } }`,
  `{ me { id expertProfile { ${id} activityDescription tool } } }`,
];

const requestQueries = [
  `query ($id: ID!) { node(id: $id) { id ... on TeleexpertiseRequest { consent { givenBy collectedAt } patient { birthName firstNames } compliance { complete } } } }`,
  `query ($id: ID!) { node(id: $id) { id ... on TeleexpertiseRequest { consent { givenBy notCollectedReason } patient { birthDate sex } compliance { notAssessed parts { part } } } } }`,
];

const forecastQueries = [
  `query ($expertId: ID!) { reimbursementForecast(expertId: $expertId) { reimbursable } }`,
  `query ($expertId: ID!) { reimbursementForecast(expertId: $expertId) { acts { code amountCents } } }`,
];

it("keeps one entry per expert profile, merged across selections and updated by the profile's mutations", async () => {
  const expert = await client(RPPS.expert);
  const { gql } = apollo;
  for (const query of profileQueries('id')) await expert.query({ query: gql(query) });
  const both = gql`{ me { id expertProfile { id listed prerequisites activityDescription tool } } }`;
  const cached = expert.cache.readQuery<{ me: { expertProfile: Record<string, unknown> } }>({ query: both });
  expect(cached?.me.expertProfile).toMatchObject({ __typename: 'ExpertProfile', listed: true, tool: 'IN_APP' });
  expect(Object.keys(cached!.me.expertProfile)).toEqual(
    expect.arrayContaining(['prerequisites', 'activityDescription']),
  );

  await expert.mutate({
    mutation: gql`mutation { updateExpertProfile(input: { prerequisites: "Photos dermatoscopiques" }) { id prerequisites } }`,
  });
  expect(
    expert.cache.readQuery<{ me: { expertProfile: { prerequisites: string } } }>({ query: both })?.me.expertProfile
      .prerequisites,
  ).toBe('Photos dermatoscopiques');
  expect(dataLoss()).toEqual([]);
});

it("merges a request's consent, patient and compliance grid across selections, and a forecast per set of arguments", async () => {
  const request = await createRequest(server);
  const requester = await client(RPPS.requester);
  const { gql } = apollo;
  for (const query of requestQueries) await requester.query({ query: gql(query), variables: { id: request.id } });
  const merged = requester.cache.readQuery<{ node: Record<string, Record<string, unknown>> }>({
    query: gql`query ($id: ID!) { node(id: $id) { id ... on TeleexpertiseRequest {
      consent { givenBy collectedAt notCollectedReason } patient { birthName firstNames birthDate sex } compliance { complete notAssessed parts { part } } } } }`,
    variables: { id: request.id },
  });
  expect(merged?.node['consent']).toMatchObject({ givenBy: 'PATIENT', notCollectedReason: null });
  expect(merged?.node['patient']).toMatchObject({ birthName: request.patient!.birthName, sex: request.patient!.sex });
  expect(merged?.node['compliance']).toMatchObject({ complete: false, parts: expect.any(Array) });

  const expertId = await professionalId(server.db, RPPS.expert);
  for (const query of forecastQueries) await requester.query({ query: gql(query), variables: { expertId } });
  expect(dataLoss()).toEqual([]);
});

it("replaces a report's transmissions whole, without a policy", async () => {
  const request = await createRequest(server);
  const report = await signReport(server, request.id);
  const requester = await client(RPPS.requester);
  const { gql } = apollo;
  for (const fields of ['role channel', 'role sentAt recipient { id }']) {
    const query = gql(`query ($id: ID!) { node(id: $id) { id ... on Report { transmissions { ${fields} } } } }`);
    const result = await requester.query({ query, variables: { id: report.id } });
    expect((result.data as { node: { transmissions: unknown[] } }).node.transmissions.length).toBeGreaterThan(0);
  }
  expect(dataLoss()).toEqual([]);
});

it('lets each inbox event replace the previous one, whatever each subscription selects', async () => {
  await twoInboxSubscriptions(typePolicies);
  expect(dataLoss()).toEqual([]);
});

/** The expert's inbox followed by two subscriptions selecting different fields, over graphql-ws, until a new message reaches both. */
async function twoInboxSubscriptions(policies: TypePolicies) {
  const { ApolloClient, InMemoryCache } = apollo;
  const { GraphQLWsLink } = await import('@apollo/client/link/subscriptions');
  const token = await tokenFor(RPPS.expert);
  const ws = createClient({
    url: server.graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
  });
  const expert = new ApolloClient({
    link: new GraphQLWsLink(ws),
    cache: new InMemoryCache({ typePolicies: policies }),
  });
  try {
    const request = await createRequest(server);
    const events = await inboxEvents(expert, [
      `subscription { inbox { kind request { id } } }`,
      `subscription { inbox { kind message { id } } }`,
    ]);
    await postMessage(server, request.id, RPPS.requester, 'Une photo de plus');
    await Promise.all(events);
  } finally {
    await ws.dispose();
  }
}

/** Subscribes to the inbox with each selection; resolves, once every subscription listens, with each one's first event. */
async function inboxEvents(apolloClient: InstanceType<Apollo['ApolloClient']>, selections: string[]) {
  const events = selections.map(
    (query) =>
      new Promise<void>((resolve, reject) => {
        apolloClient.subscribe({ query: apollo.gql(query) }).subscribe({ next: () => resolve(), error: reject });
      }),
  );
  const { id } = await server.db.prisma.professional.findUniqueOrThrow({
    where: { rpps: RPPS.expert },
    select: { id: true },
  });
  await vi.waitFor(() => expect(server.app.live.listenerCount('inbox', id)).toBe(selections.length));
  return events;
}

// Last: Apollo warns once per type and field in a process, so this check would hide a warning from those above.
it('warns without the policies and without the profile id, as clients did before', async () => {
  const expert = await client(RPPS.expert, {});
  const { gql } = apollo;
  for (const query of profileQueries('')) await expert.query({ query: gql(query) });
  const request = await createRequest(server);
  const requester = await client(RPPS.requester, {});
  for (const query of requestQueries) await requester.query({ query: gql(query), variables: { id: request.id } });
  const expertId = await professionalId(server.db, RPPS.expert);
  for (const query of forecastQueries) await requester.query({ query: gql(query), variables: { expertId } });
  await twoInboxSubscriptions({});
  const replaced = dataLoss().map((warning) =>
    /replacing the (\w+) field of a (\w+) object/.exec(warning)?.slice(1).join(' of '),
  );
  expect(replaced.sort()).toEqual([
    'compliance of TeleexpertiseRequest',
    'consent of TeleexpertiseRequest',
    'expertProfile of Professional',
    'inbox of Subscription',
    'patient of TeleexpertiseRequest',
    'reimbursementForecast of Query',
  ]);
});
