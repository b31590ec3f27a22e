// What the renderers take, as plain data: the synthesis, a request's whole conversation with its attachments' bytes;
// the report, one signed version of the compte-rendu with what identifies its request.

export interface SynthesisParty {
  firstName: string;
  lastName: string;
  profession: string;
  specialty: string | null;
  rpps: string;
}

export interface SynthesisAttachment {
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array;
}

/** One signed version of a request's report. */
export interface SynthesisReport {
  version: number;
  signedAt: Date;
  author: SynthesisParty;
  conclusion: string;
  proposedTreatments: string | null;
  complementaryExams: string | null;
  followUp: 'NONE' | 'IN_PERSON_CONSULTATION' | 'HOSPITAL_REFERRAL' | 'OTHER_PROFESSIONAL';
  correctionReason: string | null;
}

/** What both PDFs print of the request: who asks whom, for which patient, what. */
export interface RequestSummary {
  /** Reference printed on every page, e.g. the request's global id. */
  reference: string;
  generatedAt: Date;
  /** The account that made the request (may be a delegate). */
  requester: SynthesisParty;
  /** The professional in whose name a delegate acted. */
  onBehalfOf: SynthesisParty | null;
  /** null: a request to a team that no member holds yet. */
  expert: SynthesisParty | null;
  /** The team the request was sent to, if any. */
  team: { name: string } | null;
  /** null: the requester anonymized the request. */
  patient: null | {
    birthName: string;
    usedName: string | null;
    firstNames: string;
    birthDate: Date;
    sex: string;
    ins: string | null;
    treatingDoctor: SynthesisParty | null;
  };
  consent: {
    givenBy: 'PATIENT' | 'LEGAL_REPRESENTATIVE' | 'NOT_COLLECTED';
    collectedAt: Date | null;
    notCollectedReason: string | null;
  };
  question: string;
}

export interface SynthesisDocument extends RequestSummary {
  /** Who generated it (printed in the header: "Générée le … par …"). */
  generatedBy: SynthesisParty;
  status: 'SUBMITTED' | 'INFO_REQUESTED' | 'ACCEPTED' | 'DECLINED' | 'REPORTED' | 'WITHDRAWN';
  createdAt: Date;
  /** Deadline in force. */
  dueAt: Date;
  declineReason: string | null;
  withdrawReason: string | null;
  messages: {
    sequence: number;
    kind: 'TEXT' | 'PREREQUISITES' | 'SYSTEM';
    author: SynthesisParty | null;
    createdAt: Date;
    body: string;
    attachments: SynthesisAttachment[];
  }[];
  /** Every signed version of the report, oldest first (version 1, then corrections). */
  reports: SynthesisReport[];
}

/** The compte-rendu sent to a professional: the request's summary and the one version transmitted, nothing of the conversation. */
export interface ReportDocument extends RequestSummary {
  report: SynthesisReport;
}

/** What a render worker is given. */
export type RenderJob =
  | { kind: 'synthesis'; document: SynthesisDocument }
  | { kind: 'report'; document: ReportDocument };

export type SynthesisMessage = SynthesisDocument['messages'][number];

/** Appended as an annex when readable. */
export function isPdf(attachment: SynthesisAttachment): boolean {
  return attachment.mediaType.toLowerCase() === 'application/pdf';
}

/** Drawn in the conversation when readable. */
export function isImage(attachment: SynthesisAttachment): boolean {
  return ['image/jpeg', 'image/png'].includes(attachment.mediaType.toLowerCase());
}
