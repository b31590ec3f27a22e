// The compte-rendu as a PDF's document: one signed version and what identifies its request, for the mail worker
// that transmits it (MSSanté). No access check: the system reads a report it is transmitting, never a caller.
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { ReportDocument } from '../synthesis/index.ts';
import { notFound } from './errors.ts';
import { party, reportVersion, requestSummary, summaryInclude } from './synthesis.ts';

/** The report `reportId` as its PDF prints it, generated at `now`; NOT_FOUND for an unknown id. */
export async function reportDocument(
  prisma: PrismaClient,
  reportId: string,
  now = new Date(),
): Promise<ReportDocument> {
  const report = await prisma.report.findUnique({
    where: { id: reportId },
    include: { author: party, request: { include: summaryInclude } },
  });
  if (!report) throw notFound('Report');
  return { ...requestSummary(report.request, now), report: reportVersion(report) };
}
