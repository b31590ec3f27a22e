// Plain documents for the PDF renderers: the parties, a request's summary (patient identified) and a signed version.
import type { RequestSummary, SynthesisParty, SynthesisReport } from '../../src/synthesis/document.ts';

export function party(
  firstName: string,
  lastName: string,
  profession: string,
  specialty: string | null,
  rpps: string,
): SynthesisParty {
  return { firstName, lastName, profession, specialty, rpps };
}

export const delegate = party('Alice', 'Martin', 'NURSE', null, '10000000001');
export const doctor = party('Jean', 'Dupont', 'PHYSICIAN', 'Cardiologie', '10000000002');
export const expert = party('Claire', 'Lefèvre', 'PHYSICIAN', 'Dermatologie', '10000000003');
export const treatingDoctor = party('Marc', 'Petit', 'PHYSICIAN', 'Médecine générale', '10000000004');

export const REFERENCE = 'VGVsZWV4cGVydGlzZVJlcXVlc3Q6NDI=';

/** A delegate's request on behalf of a doctor, to the expert, for an identified patient who consented. */
export function requestSummary(): RequestSummary {
  return {
    reference: REFERENCE,
    generatedAt: new Date('2026-11-23T13:05:00Z'),
    requester: delegate,
    onBehalfOf: doctor,
    expert,
    team: null,
    patient: {
      birthName: 'Béranger',
      usedName: 'Durand',
      firstNames: 'Éloïse Françoise',
      birthDate: new Date('1984-07-14T00:00:00Z'),
      sex: 'F',
      ins: '284077512345678',
      treatingDoctor,
    },
    consent: { givenBy: 'PATIENT', collectedAt: new Date('2026-03-28T07:45:00Z'), notCollectedReason: null },
    question: 'Lésion pigmentée du dos apparue en 2025 : avis sur une exérèse ?',
  };
}

/** Version 1 as the expert signed it. */
export function firstVersion(): SynthesisReport {
  return {
    version: 1,
    signedAt: new Date('2026-04-01T09:00:00Z'),
    author: expert,
    conclusion: 'Naevus atypique.',
    proposedTreatments: null,
    complementaryExams: 'Dermoscopie de contrôle.',
    followUp: 'IN_PERSON_CONSULTATION',
    correctionReason: null,
  };
}

/** Version 2, correcting version 1. */
export function correction(): SynthesisReport {
  return {
    version: 2,
    signedAt: new Date('2026-04-02T16:30:00Z'),
    author: expert,
    conclusion: 'Mélanome suspecté : exérèse rapide.',
    proposedTreatments: 'Exérèse chirurgicale avec marges de 2 mm.',
    complementaryExams: 'Analyse anatomopathologique.',
    followUp: 'HOSPITAL_REFERRAL',
    correctionReason: 'Relecture des images de dermoscopie.',
  };
}
