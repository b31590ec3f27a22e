// Loads the demonstration directory into an empty database, once.
import {
  DEMO_EXPERT_RPPS,
  DEMO_REQUESTER_RPPS,
  demoConversation,
  demoProfessionals,
  demoReportedRequest,
  demoTeamRequest,
  demoTeams,
} from '../../prisma/seed-data.ts';
import type { Services, Tx } from '../domain/changes.ts';
import { postMessage } from '../domain/conversation.ts';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../domain/files.ts';
import { professionalSearchKeys } from '../domain/professionals.ts';
import { submitReport } from '../domain/reports.ts';
import { createRequest, requestInformation } from '../domain/requests.ts';
import { teamSearchKeys } from '../domain/teams.ts';
import { optionalSearchKey } from '../domain/search-key.ts';
import type { Database } from './client.ts';

/** Arbitrary, fixed key of the advisory lock that lets one of several starting instances seed. */
const SEED_LOCK_KEY = 7_240_611_002;

/**
 * Returns false when the demonstration data is already there. Another instance may hold the
 * lock while it seeds: the transaction waits for it rather than fail the start.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  const seeded = await seedDirectory(db);
  if (seeded) await seedConversation(db);
  return seeded;
}

async function seedDirectory(db: Database): Promise<boolean> {
  return db.prisma.$transaction(
    async (tx) => {
      await tx.$queryRawUnsafe(`SELECT 1 FROM pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      if (await tx.professional.findUnique({ where: { rpps: DEMO_REQUESTER_RPPS }, select: { id: true } }))
        return false;
      for (const { expert, ...professional } of demoProfessionals) {
        await tx.professional.create({
          data: {
            ...professional,
            // The demonstration's addresses stand for ones the professionals entered themselves.
            ...(professional.secureEmail && { secureEmailSource: 'SELF' }),
            ...professionalSearchKeys(professional),
            ...(expert && {
              expertProfile: { create: { ...expert, descriptionKey: optionalSearchKey(expert.activityDescription) } },
            }),
          },
        });
      }
      await seedTeams(tx);
      return true;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** The demonstration's teams, with their members (who were created before). */
async function seedTeams(tx: Tx): Promise<void> {
  for (const { members, ...team } of demoTeams) {
    const people = await tx.professional.findMany({
      where: { rpps: { in: members.map((member) => member.rpps) } },
      select: { id: true, rpps: true },
    });
    const idOf = new Map(people.map((person) => [person.rpps, person.id]));
    await tx.team.create({
      data: {
        ...team,
        ...teamSearchKeys(team),
        members: {
          create: members.map(({ rpps, role }) => ({ professionalId: idOf.get(rpps)!, role, since: new Date() })),
        },
      },
    });
  }
}

/**
 * One request under way, one answered and one waiting in a team's queue, written through the domain like any
 * other, so that GraphiQL shows a conversation, a report and the team flow.
 */
async function seedConversation(db: Database): Promise<void> {
  const services: Services = { prisma: db.prisma, publish: () => undefined };
  const limits = { maxUploadBytes: DEFAULT_MAX_UPLOAD_BYTES };
  const [requester, expert] = await Promise.all(
    [DEMO_REQUESTER_RPPS, DEMO_EXPERT_RPPS].map((rpps) =>
      db.prisma.professional.findUniqueOrThrow({ where: { rpps }, select: { id: true } }),
    ),
  );
  const { question, patient, consentCollectedAt, expertAsks, requesterAnswers } = demoConversation;
  const requestId = await createRequest(
    services,
    requester!.id,
    {
      expertId: expert!.id,
      question,
      patient,
      consent: { givenBy: 'PATIENT', collectedAt: consentCollectedAt },
      clientRequestId: 'demo-conversation',
    },
    limits,
  );
  await requestInformation(services, expert!.id, requestId, expertAsks);
  await postMessage(services, requester!.id, { requestId, body: requesterAnswers }, limits);

  const answered = demoReportedRequest;
  const treatingDoctor = await db.prisma.professional.findUniqueOrThrow({
    where: { rpps: answered.treatingDoctorRpps },
    select: { id: true },
  });
  const reportedId = await createRequest(
    services,
    requester!.id,
    {
      expertId: expert!.id,
      question: answered.question,
      patient: { ...answered.patient, treatingDoctorId: treatingDoctor.id },
      consent: { givenBy: 'PATIENT', collectedAt: answered.consentCollectedAt },
      clientRequestId: 'demo-reported-request',
    },
    limits,
  );
  await submitReport(services, expert!.id, { requestId: reportedId, ...answered.report });

  const team = await db.prisma.team.findFirstOrThrow({ where: { name: demoTeamRequest.team }, select: { id: true } });
  await createRequest(
    services,
    requester!.id,
    {
      teamId: team.id,
      question: demoTeamRequest.question,
      patient: demoTeamRequest.patient,
      consent: { givenBy: 'PATIENT', collectedAt: demoTeamRequest.consentCollectedAt },
      clientRequestId: 'demo-team-request',
    },
    limits,
  );
}
