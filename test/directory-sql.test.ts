// No N+1 in the directory: a page of experts with their profiles is a fixed number of SQL statements.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_REQUESTER_RPPS } from '../prisma/seed-data.ts';
import { professionalSearchKeys } from '../src/domain/professionals.ts';
import { ExpertsDocument } from './generated/graphql.ts';
import { startTestServer, type TestServer } from './kit/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // The demonstration directory has fewer than 20 listed experts: add some.
  for (let i = 0; i < 12; i += 1) {
    const person = {
      firstName: `Expert${i}`,
      lastName: `Zeta${String(i).padStart(2, '0')}`,
      specialty: 'Allergologie',
      city: 'Lyon',
    };
    await server.db.prisma.professional.create({
      data: {
        ...person,
        ...professionalSearchKeys(person),
        rpps: `2000000${String(i).padStart(4, '0')}`,
        profession: 'PHYSICIAN',
        postalCode: '69001',
        expertProfile: { create: { listed: true, activityDescription: 'Allergies' } },
      },
    });
  }
});
afterAll(() => server?.stop());

async function page(first: number) {
  const response = await server.graphql(ExpertsDocument, { first }, { rpps: DEMO_REQUESTER_RPPS });
  response.expectData();
  return response.data!.experts.edges;
}

it('reads a page of 20 experts with their profiles in as many statements as a page of 5', async () => {
  // The caller's token is known after its first use: no statement to authenticate afterwards.
  await page(1);
  const many = await server.statements(() => page(20));
  const few = await server.statements(() => page(5));
  expect(many.result).toHaveLength(20);
  expect(few.result).toHaveLength(5);
  expect(many.result.every((edge) => edge.node.expertProfile !== null)).toBe(true);
  // The page with its profiles joined.
  expect(many.statements).toHaveLength(1);
  expect(few.statements).toHaveLength(1);
});
