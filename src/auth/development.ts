// Development tokens for the demonstration professionals: GraphiQL's ready tabs and `npm run token`.
import {
  DEMO_EXPERT_RPPS,
  DEMO_REQUESTER_RPPS,
  demoProfessionals,
  demoReportedRequest,
  type DemoProfessional,
} from '../../prisma/seed-data.ts';
import { DEVELOPMENT_JWT_SECRET, type Config } from '../config.ts';
import type { DevelopmentClaims } from './tokens.ts';

/** The demonstration professionals by the part they play in the demonstration data. */
export const DEMO_ROLES = {
  requester: DEMO_REQUESTER_RPPS,
  expert: DEMO_EXPERT_RPPS,
  'treating-doctor': demoReportedRequest.treatingDoctorRpps,
} as const;

export type DemoRole = keyof typeof DEMO_ROLES;

/**
 * True when tokens are signed with the published development secret outside production: anyone
 * can sign in as anyone, so handing demonstration tokens out (in GraphiQL) gives nothing away.
 */
export function usesDevelopmentSecret(config: Pick<Config, 'production' | 'jwt'>): boolean {
  return config.jwt.secret === DEVELOPMENT_JWT_SECRET && !config.production;
}

export function demoProfessional(rpps: string): DemoProfessional | undefined {
  return demoProfessionals.find((professional) => professional.rpps === rpps);
}

/** The claims a provider would send for this professional: they register them on a database without the demonstration data. */
export function demoClaims(professional: DemoProfessional): DevelopmentClaims {
  return {
    nationalId: professional.rpps,
    given_name: professional.firstName,
    family_name: professional.lastName,
    profession: professional.profession,
    ...(professional.specialty && { specialty: professional.specialty }),
    city: professional.city,
    postal_code: professional.postalCode,
  };
}

/** "Dr Claire Martin" for a physician, "Valérie Blanc" otherwise. */
export function displayName(professional: Pick<DemoProfessional, 'firstName' | 'lastName' | 'profession'>): string {
  return `${professional.profession === 'PHYSICIAN' ? 'Dr ' : ''}${professional.firstName} ${professional.lastName}`;
}
