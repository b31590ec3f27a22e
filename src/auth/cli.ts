// `npm run token -- <role or RPPS> [claim=value …]`: prints a development token signed with JWT_SECRET (or the development secret).
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { Profession } from '../generated/prisma/enums.ts';
import { DEMO_ROLES, demoClaims, demoProfessional, displayName, type DemoRole } from './development.ts';
import { signDevelopmentToken, type DevelopmentClaims } from './tokens.ts';

const CLAIMS = [
  'given_name',
  'family_name',
  'profession',
  'specialty',
  'city',
  'postal_code',
  'practice_structure_id',
  'email',
  'mssante',
] as const;
type ClaimName = (typeof CLAIMS)[number];
const LIFETIME_HOURS = 12;

const roles = Object.entries(DEMO_ROLES)
  .map(([role, rpps]) => `    ${role.padEnd(16)}${displayName(demoProfessional(rpps)!)}, RPPS ${rpps}`)
  .join('\n');
const USAGE = `Usage: npm run -s token -- <who> [claim=value …]
  <who>: one of the demonstration professionals
${roles}
  or an 11-digit RPPS number (any professional of prisma/seed-data.ts, or a new one).
  claims, which register an RPPS the server does not know yet: ${CLAIMS.join('= ')}=
    profession: ${Object.keys(Profession).join(', ')}
Prints a token valid ${LIFETIME_HOURS} hours, signed with JWT_SECRET (unset: the development secret), e.g.
  npm run -s token -- expert
  npm run -s token -- 10000000999 given_name=Jean family_name=Dupont profession=NURSE city=Lyon postal_code=69003
  npm run -s token -- treating-doctor email=julien.bernard@example.org mssante=julien.bernard@medecin.mssante.fr
  (mssante= is written under the MSSANTE_CLAIM claim.)`;

class UsageError extends Error {}

function professionalClaims(who: string | undefined): DevelopmentClaims {
  if (who === undefined) throw new UsageError('Name the professional the token is for');
  const rpps = DEMO_ROLES[who as DemoRole] ?? who;
  if (!/^\d{11}$/.test(rpps))
    throw new UsageError(
      `"${who}" is neither a role (${Object.keys(DEMO_ROLES).join(', ')}) nor an 11-digit RPPS number`,
    );
  const known = demoProfessional(rpps);
  return known ? demoClaims(known) : { nationalId: rpps };
}

function parseClaim(argument: string): [ClaimName, string] {
  const match = /^([a-z_]+)=(.*)$/s.exec(argument);
  if (!match) throw new UsageError(`"${argument}" is not a claim: write name=value`);
  const [, name, value] = match as unknown as [string, string, string];
  if (!(CLAIMS as readonly string[]).includes(name))
    throw new UsageError(`Unknown claim "${name}": the claims are ${CLAIMS.join(', ')}`);
  if (value.trim() === '') throw new UsageError(`The claim ${name} is empty`);
  if (name === 'profession' && !Object.hasOwn(Profession, value))
    throw new UsageError(`Unknown profession "${value}": one of ${Object.keys(Profession).join(', ')}`);
  if (name === 'postal_code' && !/^\d{5}$/.test(value))
    throw new UsageError(`The postal code "${value}" is not 5 digits`);
  return [name as ClaimName, value];
}

/** The claims the arguments ask for: the professional's own (for a demonstration one), then those given. */
function claimsFromArguments(args: string[]): DevelopmentClaims {
  const [who, ...rest] = args;
  const claims = professionalClaims(who);
  const given = new Set<string>();
  for (const argument of rest) {
    const [name, value] = parseClaim(argument);
    if (given.has(name)) throw new UsageError(`The claim ${name} is given twice`);
    given.add(name);
    claims[name] = value;
  }
  return claims;
}

function signingConfig(): Config['jwt'] {
  const config = loadConfig();
  if (config.production)
    throw new ConfigError(
      'NODE_ENV=production: tokens come from your identity provider, this command signs development tokens only',
    );
  if (config.jwt.secret === undefined)
    throw new ConfigError(
      'Tokens come from the identity provider at JWT_JWKS_URL and JWT_SECRET is unset: there is no secret to sign with',
    );
  return config.jwt;
}

function describe(claims: DevelopmentClaims): string {
  const name = claims.given_name && claims.family_name ? `${claims.given_name} ${claims.family_name}, ` : '';
  const warning =
    claims.given_name && claims.family_name
      ? ''
      : '\nThe server refuses it unless this RPPS is registered already: add given_name= and family_name= (and profession=) to register them.';
  return `Token for ${name}RPPS ${claims.nationalId}, valid ${LIFETIME_HOURS} hours: send it as "Authorization: Bearer <token>".${warning}`;
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  let claims: DevelopmentClaims;
  try {
    claims = claimsFromArguments(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}.\n\n${USAGE}`);
    return 2;
  }
  const token = await signDevelopmentToken(signingConfig(), claims, { expiresIn: `${LIFETIME_HOURS}h` });
  process.stdout.write(`${token}\n`);
  console.error(describe(claims));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
