// The patient of a request: identity as in the national referential (INS), checked before it is stored.
import type { Prisma } from '../generated/prisma/client.ts';
import { badInput } from './errors.ts';

export interface PatientInput {
  birthName: string;
  usedName?: string | null;
  firstNames: string;
  birthDate: Date;
  sex: string;
  ins?: string | null;
  treatingDoctorId?: string | null;
}

const SEXES: Record<string, string> = { F: 'F', M: 'M', U: 'U', FEMALE: 'F', MALE: 'M', UNKNOWN: 'U', I: 'U' };
const MAX_NAME_LENGTH = 100;
const EARLIEST_BIRTH = Date.UTC(1880, 0, 1);

export function checkPatient(input: PatientInput, now: Date): Omit<Prisma.PatientUncheckedCreateInput, 'id'> {
  const birthName = name(input.birthName, 'patient.birthName');
  const firstNames = name(input.firstNames, 'patient.firstNames');
  const usedName = input.usedName?.trim() ? name(input.usedName, 'patient.usedName') : null;
  const sex = SEXES[input.sex.trim().toUpperCase()];
  if (!sex) throw badInput('patient.sex must be F, M or U (unknown)');
  if (
    Number.isNaN(input.birthDate.getTime()) ||
    input.birthDate.getTime() > now.getTime() ||
    input.birthDate.getTime() < EARLIEST_BIRTH
  ) {
    throw badInput('patient.birthDate must be a past date');
  }
  const ins = input.ins?.replace(/\s/g, '').toUpperCase() || null;
  if (ins !== null && !isValidIns(ins)) {
    throw badInput(
      'patient.ins is not a valid INS (NIR): 15 characters whose last two are the check key; leave it out when unknown',
    );
  }
  return {
    birthName,
    usedName,
    firstNames,
    birthDate: input.birthDate,
    sex,
    ins,
    treatingDoctorId: input.treatingDoctorId ?? null,
  };
}

function name(value: string, field: string): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw badInput(`${field} is empty`);
  if (trimmed.length > MAX_NAME_LENGTH) throw badInput(`${field} is longer than ${MAX_NAME_LENGTH} characters`);
  return trimmed;
}

/**
 * The INS of a person born in France is the NIR: 13 characters (Corsica's departments 2A and 2B
 * count as 19 and 18) and a key equal to 97 minus the number modulo 97.
 */
export function isValidIns(ins: string): boolean {
  const match = /^([1-478])(\d{4})(2A|2B|\d{2})(\d{6})(\d{2})$/.exec(ins);
  if (!match) return false;
  const [, sex, yearMonth, department, rest, key] = match as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const numericDepartment = department === '2A' ? '19' : department === '2B' ? '18' : department;
  const number = BigInt(`${sex}${yearMonth}${numericDepartment}${rest}`);
  return 97n - (number % 97n) === BigInt(key);
}
