// The HAS patient-tracer grid for téléexpertise (docs/rules.md#compliance-grid, "La méthode du patient traceur"), computed
// for one request from its own trace: each item satisfied or not, with the audit records that prove it.
import type { Prisma } from '../generated/prisma/client.ts';
import type { ConsentGivenBy, RequestStatus } from '../generated/prisma/enums.ts';
import { OPEN_STATUSES } from './lifecycle.ts';

export type CompliancePartKind = 'REQUEST' | 'PREPARATION' | 'REALISATION' | 'CONCLUSION';
export type ComplianceStatus = 'SATISFIED' | 'NOT_SATISFIED' | 'PENDING' | 'NOT_APPLICABLE';
export type ComplianceItemCode =
  | 'FEASIBILITY_DOCUMENTED'
  | 'CONSENT_TRACED'
  | 'DATA_SENT'
  | 'DEADLINE_SET'
  | 'OPINION_GIVEN'
  | 'REFUSAL_JUSTIFIED'
  | 'REPORT_WRITTEN_IN_TIME'
  | 'REPORT_TRANSMITTED_TO_REQUESTER'
  | 'REPORT_TRANSMITTED_TO_TREATING_DOCTOR';

/** One record of the request's trace (AuditEvent). */
export interface TraceEntry {
  id: bigint;
  at: Date;
  actorId: string | null;
  action: string;
  details: unknown;
}

/** The audit actions the grid reads. */
export const COMPLIANCE_ACTIONS = [
  'request.create',
  'consent.record',
  'patient.record',
  'message.post',
  'request.status',
  'report.sign',
  'report.transmit',
  'report.sent',
  'request.redirect',
];

export interface ComplianceFacts {
  status: RequestStatus;
  dueAt: Date;
  requesterId: string;
  onBehalfOfId: string | null;
  expertId: string | null;
  consentGivenBy: ConsentGivenBy;
  consentNotCollectedReason: string | null;
  declineReason: string | null;
  /** Null when the patient is anonymized or has no known treating doctor. */
  treatingDoctorId: string | null;
  anonymized: boolean;
  /** The request's trace, oldest first, restricted to COMPLIANCE_ACTIONS. */
  trace: TraceEntry[];
}

export interface ComplianceItem {
  code: ComplianceItemCode;
  /** The grid's item, in French, after the HAS wording. */
  label: string;
  status: ComplianceStatus;
  /** What the trace shows, in a sentence. */
  explanation: string;
  /** The trace records it rests on. */
  evidence: TraceEntry[];
}

export interface CompliancePart {
  part: CompliancePartKind;
  title: string;
  items: ComplianceItem[];
}

const detail = (entry: TraceEntry, key: string): unknown =>
  typeof entry.details === 'object' && entry.details !== null
    ? (entry.details as Record<string, unknown>)[key]
    : undefined;

/**
 * Items of the HAS grid that this application cannot see in its own trace, and so does not assess:
 * they are for the auditor to check elsewhere.
 */
export const NOT_ASSESSED = [
  'Identification du besoin de téléexpertise et information du patient sur ses conditions de réalisation',
  'Concordance de l’identité du patient avec la demande (vérification de l’INS dans le référentiel)',
  'Enregistrement du compte-rendu dans le dossier patient du requis et du requérant, et dans le DMP',
  'Transmission du compte-rendu aux autres professionnels désignés par le patient, et au patient',
];

/** What a request's trace shows, read once so that each part of the grid only judges it. */
interface TraceReading {
  created: TraceEntry[];
  consent: TraceEntry[];
  identity: TraceEntry[];
  /** The requester and whoever they act for: both speak for the requesting side. */
  requesterSide: ReadonlySet<string>;
  signatures: TraceEntry[];
  /** The signature of the report's first version, when there is one. */
  firstSignature: TraceEntry | undefined;
  documents: TraceEntry[];
  accepted: TraceEntry[];
  declined: TraceEntry[];
  transmissions: TraceEntry[];
  mailings: TraceEntry[];
  open: boolean;
  /** Declined or withdrawn. */
  ended: boolean;
  overdue: boolean;
}

function readTrace(facts: ComplianceFacts, now: Date): TraceReading {
  const find = (action: string, where: (entry: TraceEntry) => boolean = () => true) =>
    facts.trace.filter((entry) => entry.action === action && where(entry));
  const requesterSide = new Set([facts.requesterId, facts.onBehalfOfId].filter((id): id is string => id !== null));
  const signatures = find('report.sign');
  const firstSignature = signatures.find((entry) => detail(entry, 'version') === 1);
  // Documents count as preparation when they reached the expert before the report.
  const documents = find(
    'message.post',
    (entry) =>
      entry.actorId !== null &&
      requesterSide.has(entry.actorId) &&
      Number(detail(entry, 'attachments')) > 0 &&
      (!firstSignature || entry.id < firstSignature.id),
  );
  // A redirected request is triaged again: only what its current expert decided counts.
  const redirected = find('request.redirect').at(-1);
  const statusTo = (to: RequestStatus) =>
    find('request.status', (entry) => detail(entry, 'to') === to && (!redirected || entry.id > redirected.id));
  const open = OPEN_STATUSES.includes(facts.status);
  return {
    created: find('request.create'),
    consent: find('consent.record'),
    identity: find('patient.record'),
    requesterSide,
    signatures,
    firstSignature,
    documents,
    accepted: statusTo('ACCEPTED'),
    declined: statusTo('DECLINED'),
    transmissions: find('report.transmit'),
    mailings: find('report.sent'),
    open,
    ended: facts.status === 'DECLINED' || facts.status === 'WITHDRAWN',
    overdue: open && facts.dueAt.getTime() < now.getTime(),
  };
}

const item = (
  code: ComplianceItemCode,
  label: string,
  status: ComplianceStatus,
  explanation: string,
  evidence: TraceEntry[] = [],
): ComplianceItem => ({ code, label, status, explanation, evidence });

/** Before the report: pending while the request is open, not applicable once declined or withdrawn. */
const notYet = (facts: ComplianceFacts, shown: TraceReading, what: string): [ComplianceStatus, string] =>
  shown.ended
    ? ['NOT_APPLICABLE', `The request was ${facts.status.toLowerCase()}: ${what} does not apply`]
    : ['PENDING', `No report is signed yet: ${what} comes with it`];

const transmittedTo = (shown: TraceReading, id: string) =>
  shown.transmissions.filter((entry) => detail(entry, 'recipientId') === id);

function requestPart(facts: ComplianceFacts, shown: TraceReading): ComplianceItem[] {
  const { created, identity, consent } = shown;
  return [
    item(
      'FEASIBILITY_DOCUMENTED',
      'Vérifier que la téléexpertise est possible : demande formalisée et données du patient disponibles',
      created.length > 0 && (facts.anonymized || identity.length > 0) ? 'SATISFIED' : 'NOT_SATISFIED',
      created.length === 0
        ? 'The request’s creation is not in the trace'
        : facts.anonymized
          ? 'The request and its question are traced; the patient is anonymized, as the expert allows'
          : identity.length > 0
            ? 'The request, its question and the patient’s identity are traced'
            : 'The request and its question are traced, but not the patient’s identity',
      [...created, ...identity],
    ),
    item(
      'CONSENT_TRACED',
      'Recueil du consentement libre et éclairé du patient, tracé (ou raison de son absence)',
      consent.length === 0
        ? 'NOT_SATISFIED'
        : facts.consentGivenBy === 'NOT_COLLECTED' && !facts.consentNotCollectedReason
          ? 'NOT_SATISFIED'
          : 'SATISFIED',
      consent.length === 0
        ? 'No consent record in the trace'
        : facts.consentGivenBy === 'NOT_COLLECTED'
          ? 'Consent could not be collected; the reason is recorded'
          : `Consent given by the ${facts.consentGivenBy === 'PATIENT' ? 'patient' : 'legal representative'}, recorded before sending`,
      consent,
    ),
  ];
}

function preparationPart(facts: ComplianceFacts, shown: TraceReading): ComplianceItem[] {
  const { documents, accepted, firstSignature, open, ended } = shown;
  const deadlineEvidence = accepted.length > 0 ? accepted : firstSignature ? [firstSignature] : [];
  // Without acceptance, a direct answer meets the grid's "réponse synchrone" only within the request's own deadline.
  const directInTime = firstSignature !== undefined && firstSignature.at.getTime() <= facts.dueAt.getTime();
  return [
    item(
      'DATA_SENT',
      'Recueil des données nécessaires : données cliniques et examens adressés au professionnel requis',
      documents.length > 0 ? 'SATISFIED' : open ? 'PENDING' : 'NOT_SATISFIED',
      documents.length > 0
        ? `The requester sent ${documents.reduce((sum, entry) => sum + Number(detail(entry, 'attachments')), 0)} document(s)`
        : open
          ? 'The requester has sent no document yet'
          : 'The requester sent no document before the request ended: only the question’s text',
      documents,
    ),
    item(
      'DEADLINE_SET',
      'Délai de réponse attendu : fixé par le médecin requis, ou réponse directe',
      accepted.length > 0 || directInTime
        ? 'SATISFIED'
        : firstSignature
          ? 'NOT_SATISFIED'
          : ended
            ? 'NOT_APPLICABLE'
            : 'PENDING',
      accepted.length > 0
        ? 'The expert accepted the request with a response deadline'
        : directInTime
          ? 'The expert answered directly, within the 7-day deadline of the request'
          : firstSignature
            ? 'The expert answered directly but after the 7-day deadline, without setting one'
            : ended
              ? `The request was ${facts.status.toLowerCase()} before a deadline was set`
              : 'The expert has not set a deadline yet',
      deadlineEvidence,
    ),
  ];
}

function realisationPart(facts: ComplianceFacts, shown: TraceReading): ComplianceItem[] {
  const { firstSignature, declined } = shown;
  const [opinionStatus, opinionWhy] = firstSignature
    ? (['SATISFIED', 'The expert gave an opinion in a signed report'] as const)
    : notYet(facts, shown, 'an opinion');
  return [
    item(
      'OPINION_GIVEN',
      'Réalisation de l’acte : un avis médical d’expert a été rendu',
      opinionStatus,
      opinionWhy,
      firstSignature ? [firstSignature] : [],
    ),
    item(
      'REFUSAL_JUSTIFIED',
      'En cas de refus de l’acte : le refus est tracé et justifié',
      facts.status !== 'DECLINED'
        ? 'NOT_APPLICABLE'
        : declined.length > 0 && facts.declineReason
          ? 'SATISFIED'
          : 'NOT_SATISFIED',
      facts.status !== 'DECLINED'
        ? 'The expert did not decline the request'
        : declined.length > 0 && facts.declineReason
          ? 'The refusal is traced with its justification'
          : 'The refusal is not traced with a justification',
      declined,
    ),
  ];
}

function reportWrittenInTime(facts: ComplianceFacts, shown: TraceReading): ComplianceItem {
  const code = 'REPORT_WRITTEN_IN_TIME';
  const label = 'Rédaction du compte-rendu, avec la conclusion, dans le délai prédéfini';
  const deadline = facts.dueAt.toISOString();
  if (shown.firstSignature) {
    const late = shown.firstSignature.at.getTime() > facts.dueAt.getTime();
    return item(
      code,
      label,
      late ? 'NOT_SATISFIED' : 'SATISFIED',
      late
        ? `The report was signed after the deadline (${deadline})`
        : `The report was signed before the deadline (${deadline})`,
      [...shown.signatures],
    );
  }
  if (shown.overdue) return item(code, label, 'NOT_SATISFIED', `The deadline (${deadline}) passed without a report`);
  return item(code, label, ...notYet(facts, shown, 'the report'));
}

function reportTransmittedToRequester(facts: ComplianceFacts, shown: TraceReading): ComplianceItem {
  const code = 'REPORT_TRANSMITTED_TO_REQUESTER';
  const label = 'Diffusion du compte-rendu au professionnel requérant';
  if (!shown.firstSignature) return item(code, label, ...notYet(facts, shown, 'its transmission'));
  const toRequester = [...shown.requesterSide].flatMap((id) => transmittedTo(shown, id));
  return item(
    code,
    label,
    toRequester.length > 0 ? 'SATISFIED' : 'NOT_SATISFIED',
    toRequester.length > 0
      ? 'The report was delivered to the requester in the application'
      : 'No transmission to the requester is traced',
    toRequester,
  );
}

function reportTransmittedToTreatingDoctor(facts: ComplianceFacts, shown: TraceReading): ComplianceItem {
  const code = 'REPORT_TRANSMITTED_TO_TREATING_DOCTOR';
  const label = 'Le compte-rendu a été transmis de façon sécurisée au médecin traitant';
  const { firstSignature } = shown;
  const doctorId = facts.treatingDoctorId;
  if (!firstSignature) return item(code, label, ...notYet(facts, shown, 'its transmission'));
  // The grid asks it for the patients who have a treating doctor.
  if (!doctorId) {
    return item(
      code,
      label,
      'NOT_APPLICABLE',
      facts.anonymized
        ? 'The patient is anonymized: no treating doctor could receive the report'
        : 'No treating doctor is recorded for this patient',
    );
  }
  if (doctorId === facts.expertId) {
    return item(code, label, 'SATISFIED', 'The treating doctor is the expert who signed the report', [firstSignature]);
  }
  const toDoctor = transmittedTo(shown, doctorId);
  const sentByMail = shown.mailings.filter((entry) => detail(entry, 'recipientId') === doctorId);
  return item(
    code,
    label,
    toDoctor.length > 0 ? 'SATISFIED' : 'NOT_SATISFIED',
    toDoctor.length === 0
      ? 'No transmission to the treating doctor is traced'
      : sentByMail.length > 0
        ? 'The report was delivered to the treating doctor in the application and by secure mail'
        : 'The report was delivered to the treating doctor in the application',
    [...toDoctor, ...sentByMail],
  );
}

function conclusionPart(facts: ComplianceFacts, shown: TraceReading): ComplianceItem[] {
  return [
    reportWrittenInTime(facts, shown),
    reportTransmittedToRequester(facts, shown),
    reportTransmittedToTreatingDoctor(facts, shown),
  ];
}

/** The columns of a request its grid reads, besides its trace. */
export const COMPLIANCE_COLUMNS = {
  status: true,
  dueAt: true,
  requesterId: true,
  onBehalfOfId: true,
  expertId: true,
  consentGivenBy: true,
  consentNotCollectedReason: true,
  declineReason: true,
  patient: { select: { treatingDoctorId: true } },
} as const satisfies Prisma.TeleexpertiseRequestSelect;

/** The grid of a request read with COMPLIANCE_COLUMNS, from its trace (oldest first, COMPLIANCE_ACTIONS only). */
export function requestComplianceGrid(
  request: Omit<ComplianceFacts, 'treatingDoctorId' | 'anonymized' | 'trace'> & {
    patient: { treatingDoctorId: string | null } | null;
  },
  trace: TraceEntry[],
  now = new Date(),
): CompliancePart[] {
  const { patient, ...facts } = request;
  return complianceGrid(
    { ...facts, treatingDoctorId: patient?.treatingDoctorId ?? null, anonymized: patient === null, trace },
    now,
  );
}

export function complianceGrid(facts: ComplianceFacts, now = new Date()): CompliancePart[] {
  const shown = readTrace(facts, now);
  return [
    { part: 'REQUEST', title: 'Partie 1 : Demande', items: requestPart(facts, shown) },
    { part: 'PREPARATION', title: 'Partie 2 : Préparation', items: preparationPart(facts, shown) },
    { part: 'REALISATION', title: 'Partie 3 : Réalisation', items: realisationPart(facts, shown) },
    { part: 'CONCLUSION', title: 'Partie 4 : Conclusion', items: conclusionPart(facts, shown) },
  ];
}
