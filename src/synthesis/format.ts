// French labels and formats of the synthesis and the report: titles, statuses, professions, Paris dates, sizes, and free text made safe to print.
import type { SynthesisDocument, SynthesisParty, SynthesisReport } from './document.ts';

/** Each PDF's title, also printed in its footers and its metadata. */
export const SYNTHESIS_TITLE = 'Synthèse de téléexpertise';
export const REPORT_TITLE = 'Compte-rendu de téléexpertise';

export const STATUS_LABELS: Record<SynthesisDocument['status'], string> = {
  SUBMITTED: 'Envoyée',
  INFO_REQUESTED: 'Informations demandées',
  ACCEPTED: 'Acceptée',
  DECLINED: 'Refusée',
  REPORTED: 'Compte-rendu signé',
  WITHDRAWN: 'Retirée',
};

const PROFESSION_LABELS: Record<string, string> = {
  PHYSICIAN: 'Médecin',
  MIDWIFE: 'Sage-femme',
  NURSE: 'Infirmier·e',
  PHYSIOTHERAPIST: 'Kinésithérapeute',
  PODIATRIST: 'Pédicure-podologue',
  SPEECH_THERAPIST: 'Orthophoniste',
  ORTHOPTIST: 'Orthoptiste',
  PHARMACIST: 'Pharmacien·ne',
  DENTIST: 'Chirurgien-dentiste',
  OTHER: 'Autre',
};

/** Sex as recorded in the national identity referential (INS): F, M or U. */
export const SEX_LABELS: Record<string, string> = { F: 'Féminin', M: 'Masculin', U: 'Inconnu' };

export const FOLLOW_UP_LABELS: Record<SynthesisReport['followUp'], string> = {
  NONE: 'Aucun',
  IN_PERSON_CONSULTATION: 'Consultation en présentiel',
  HOSPITAL_REFERRAL: 'Orientation hospitalière',
  OTHER_PROFESSIONAL: 'Autre professionnel',
};

const PARIS_DATE_TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The parts of `date` in Paris, assembled by hand so that the output does not depend on the ICU version's pattern. */
function parisParts(date: Date): Record<'day' | 'month' | 'year' | 'hour' | 'minute', string> {
  const parts = new Map(PARIS_DATE_TIME.formatToParts(date).map((part) => [part.type, part.value]));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.get(type) ?? '';
  return { day: part('day'), month: part('month'), year: part('year'), hour: part('hour'), minute: part('minute') };
}

/** dd/mm/yyyy in Paris. A calendar date stored as UTC midnight stays on its day, Paris being ahead of UTC. */
export function formatDate(date: Date): string {
  const { day, month, year } = parisParts(date);
  return `${day}/${month}/${year}`;
}

/** dd/mm/yyyy hh:mm in Paris. */
export function formatDateTime(date: Date): string {
  const { day, month, year, hour, minute } = parisParts(date);
  return `${day}/${month}/${year} ${hour}:${minute}`;
}

const SIZE_NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** 512 o, 12,3 Ko, 4,5 Mo, 1,2 Go (binary multiples). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  let value = bytes / 1024;
  for (const unit of ['Ko', 'Mo']) {
    if (value < 1024) return `${SIZE_NUMBER.format(value)} ${unit}`;
    value /= 1024;
  }
  return `${SIZE_NUMBER.format(value)} Go`;
}

export function fullName(party: SynthesisParty): string {
  return `${party.firstName} ${party.lastName}`;
}

/** "Jean Dupont — Médecin (Cardiologie) — RPPS 10001234567". */
export function describeParty(party: SynthesisParty): string {
  const profession = PROFESSION_LABELS[party.profession] ?? party.profession;
  const specialty = party.specialty ? ` (${party.specialty})` : '';
  return `${fullName(party)} — ${profession}${specialty} — RPPS ${party.rpps}`;
}

/** Free text as pdfkit should print it: line breaks kept (pdfkit breaks on \n), tabs and other control characters defused. */
export function plainText(text: string): string {
  return (
    text
      .replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n')
      .replace(/\t/g, '    ')
      // Control characters, and the bidirectional overrides that could make a line read other than it is written.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
      // A break opportunity (zero-width space) in every run of 40 characters without one: pdfkit 0.20.2 measures the rest of a
      // word again after each line it splits off, quadratic in its length (https://github.com/foliojs/pdfkit/blob/bc6667ebd83151a37d196cf1e0c5644f52f1badc/lib/line_wrapper.js#L187).
      .replace(/[^\s\u200b]{40}(?=[^\s\u200b])/g, '$&\u200b')
  );
}
