// The regional directory of experts (annuaire régional des experts): search, and the expert's own declaration.
import { type ExpertProfile, Prisma, type PrismaClient } from '../generated/prisma/client.ts';
import { ExpertTool, type PatientIdentityPolicy, type Profession } from '../generated/prisma/enums.ts';
import { type Change, change, type Services, type Tx } from './changes.ts';
import { badInput, notFound } from './errors.ts';
import { checkUpload, storeContents, type Upload } from './files.ts';
import { optionalSearchKey, searchKey, searchWords } from './search-key.ts';

export interface ExpertFilter {
  text?: string | null;
  specialty?: string | null;
  city?: string | null;
  postalCode?: string | null;
  profession?: Profession | null;
}

const MAX_FILTER_LENGTH = 200;

/** A filter's values, checked: not too long, and a postal code (or its prefix) of digits. */
function checkFilter(filter: ExpertFilter): { postalCode: string | null } {
  for (const [name, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value.length > MAX_FILTER_LENGTH) {
      throw badInput(`The ${name} filter is longer than ${MAX_FILTER_LENGTH} characters: shorten it`);
    }
  }
  const postalCode = filter.postalCode?.trim() || null;
  if (postalCode !== null && !/^\d{1,5}$/.test(postalCode)) {
    throw badInput('postalCode must be 1 to 5 digits: "69" finds the whole Rhône department, "69003" one postal code');
  }
  return { postalCode };
}

/** Only listed experts, matching every given criterion; text words may be in the name, specialty or description. */
export function expertWhere(filter: ExpertFilter | null | undefined): Prisma.ProfessionalWhereInput {
  const and: Prisma.ProfessionalWhereInput[] = [{ expertProfile: { is: { listed: true } } }];
  if (!filter) return { AND: and };
  const { postalCode } = checkFilter(filter);
  if (filter.text) {
    for (const word of searchWords(filter.text)) {
      and.push({
        OR: [
          { nameKey: { contains: word } },
          { specialtyKey: { contains: word } },
          { expertProfile: { is: { descriptionKey: { contains: word } } } },
        ],
      });
    }
  }
  if (filter.specialty) {
    const key = searchKey(filter.specialty);
    if (key) and.push({ specialtyKey: { contains: key } });
  }
  if (filter.city) {
    const key = searchKey(filter.city);
    if (key) and.push({ cityKey: { contains: key } });
  }
  if (postalCode) and.push({ postalCode: { startsWith: postalCode } });
  if (filter.profession) and.push({ profession: filter.profession });
  return { AND: and };
}

/**
 * expertWhere's criteria as SQL, on a table of alias `on` with the same search columns (a professional, a
 * team) and the description key at `description`; test/teams.test.ts checks that the directory's experts
 * are the `experts` search's.
 */
function filterSql(filter: ExpertFilter, on: string, description: Prisma.Sql): Prisma.Sql {
  const { postalCode } = checkFilter(filter);
  const column = (name: string) => Prisma.raw(`${on}."${name}"`);
  const contains = (sql: Prisma.Sql, key: string) => Prisma.sql`strpos(${sql}, ${key}) > 0`;
  const and: Prisma.Sql[] = [Prisma.sql`true`];
  for (const word of filter.text ? searchWords(filter.text) : []) {
    and.push(Prisma.sql`(${contains(column('nameKey'), word)} OR ${contains(column('specialtyKey'), word)}
      OR ${contains(description, word)})`);
  }
  const specialty = filter.specialty ? searchKey(filter.specialty) : '';
  if (specialty) and.push(contains(column('specialtyKey'), specialty));
  const city = filter.city ? searchKey(filter.city) : '';
  if (city) and.push(contains(column('cityKey'), city));
  if (postalCode) and.push(Prisma.sql`starts_with(${column('postalCode')}, ${postalCode})`);
  if (filter.profession) and.push(Prisma.sql`${column('profession')}::text = ${filter.profession}`);
  return Prisma.join(and, ' AND ');
}

/** One entry of the directory: an expert or a team, and the key it is ordered by. */
export interface DirectoryRow {
  kind: 'Professional' | 'Team';
  id: string;
  sort: string;
}

/** Where a page of the directory starts, and how long it is; `inverted` reads backwards (last/before). */
export interface DirectoryPageArgs {
  after?: DirectoryRow | undefined;
  before?: DirectoryRow | undefined;
  limit: number;
  inverted: boolean;
}

/** French letters with accents and their plain forms, so that "Équipe" sorts with the E (searchKey's rule, in SQL). */
// Capitals too: lower() leaves them under a C collation.
const ACCENTED = [
  'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ',
  'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuy',
] as const;

/**
 * The directory's order: lower case, accents off, compared byte by byte (COLLATE "C"), so that it is the
 * same on every server whatever its collation, and a space sorts before any letter ("Martin Zoé" before
 * "Martinez Anne").
 */
function sortKey(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(translate(lower(${text}), ${ACCENTED[0]}, ${ACCENTED[1]}) COLLATE "C")`;
}

/**
 * A page of listed experts and teams together, in one statement, ordered by name (an expert's last name
 * then first name, a team's name), every criterion matched as by `experts`.
 */
export function directoryPage(
  prisma: PrismaClient,
  filter: ExpertFilter | null | undefined,
  { after, before, limit, inverted }: DirectoryPageArgs,
): Promise<DirectoryRow[]> {
  const given = filter ?? {};
  const bounds: Prisma.Sql[] = [Prisma.sql`true`];
  if (after) bounds.push(Prisma.sql`("sort", "id") > (${after.sort}, ${after.id}::uuid)`);
  if (before) bounds.push(Prisma.sql`("sort", "id") < (${before.sort}, ${before.id}::uuid)`);
  const order = inverted ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return prisma.$queryRaw<DirectoryRow[]>`
    SELECT "kind", "id", "sort" FROM (
      SELECT 'Professional' AS "kind", p."id", ${sortKey(Prisma.sql`p."lastName" || ' ' || p."firstName"`)} AS "sort"
      FROM "Professional" p JOIN "ExpertProfile" e ON e."professionalId" = p."id" AND e."listed"
      WHERE ${filterSql(given, 'p', Prisma.sql`e."descriptionKey"`)}
      UNION ALL
      SELECT 'Team', t."id", ${sortKey(Prisma.sql`t."name"`)} FROM "Team" t
      WHERE t."listed" AND ${filterSql(given, 't', Prisma.sql`t."descriptionKey"`)}
    ) entries
    WHERE ${Prisma.join(bounds, ' AND ')}
    ORDER BY "sort" ${order}, "id" ${order}
    LIMIT ${limit}`;
}

/** Stable directory order; the id makes it total so that cursors never skip or repeat a row. */
export const expertOrder: Prisma.ProfessionalOrderByWithRelationInput[] = [
  { lastName: 'asc' },
  { firstName: 'asc' },
  { id: 'asc' },
];

export interface ExpertProfileChanges {
  listed?: boolean | null;
  activityDescription?: string | null;
  limitations?: string | null;
  prerequisites?: string | null;
  tool?: ExpertTool | null;
  externalUrl?: string | null;
  patientIdentityPolicy?: PatientIdentityPolicy | null;
  acceptsNewRequests?: boolean | null;
}

const MAX_TEXT_LENGTH = 5000;

/**
 * The columns an expert's or a team's profile input changes, checked: a field left out keeps its value,
 * an explicit null (or blank) clears a text field; listed, tool and patientIdentityPolicy cannot be cleared.
 */
export function profileChanges(changes: ExpertProfileChanges) {
  const data: {
    activityDescription?: string | null;
    limitations?: string | null;
    prerequisites?: string | null;
    descriptionKey?: string | null;
    listed?: boolean;
    tool?: ExpertTool;
    patientIdentityPolicy?: PatientIdentityPolicy;
    externalUrl?: string | null;
    acceptsNewRequests?: boolean;
  } = {};
  for (const field of ['activityDescription', 'limitations', 'prerequisites'] as const) {
    const value = changes[field];
    if (value !== undefined) data[field] = profileText(field, value);
  }
  if (changes.activityDescription !== undefined) data.descriptionKey = optionalSearchKey(changes.activityDescription);
  if (
    changes.listed === null ||
    changes.tool === null ||
    changes.patientIdentityPolicy === null ||
    changes.acceptsNewRequests === null
  ) {
    throw badInput(
      'listed, tool, patientIdentityPolicy and acceptsNewRequests cannot be null: leave them out to keep their value',
    );
  }
  if (changes.listed !== undefined) data.listed = changes.listed;
  if (changes.acceptsNewRequests !== undefined) data.acceptsNewRequests = changes.acceptsNewRequests;
  if (changes.tool !== undefined) data.tool = changes.tool;
  if (changes.patientIdentityPolicy !== undefined) data.patientIdentityPolicy = changes.patientIdentityPolicy;
  if (changes.externalUrl !== undefined)
    data.externalUrl = changes.externalUrl === null ? null : externalToolUrl(changes.externalUrl);
  return data;
}

/** A profile's free text as typed (blank: none), at most MAX_TEXT_LENGTH characters. */
export function profileText(field: string, value: string | null): string | null {
  if (value !== null && value.length > MAX_TEXT_LENGTH) {
    throw badInput(`${field} is longer than ${MAX_TEXT_LENGTH} characters: shorten it`, { field });
  }
  return value === null || value.trim() === '' ? null : value;
}

/** A profile answering in an external tool must say where: its tool and address once the changes are applied. */
export function checkExternalTool(
  current: { tool: ExpertTool; externalUrl: string | null } | null,
  data: { tool?: ExpertTool; externalUrl?: string | null },
): void {
  const tool = data.tool ?? current?.tool ?? ExpertTool.IN_APP;
  const externalUrl = data.externalUrl !== undefined ? data.externalUrl : (current?.externalUrl ?? null);
  if (tool === ExpertTool.EXTERNAL && !externalUrl) {
    throw badInput('A profile using an EXTERNAL tool needs its externalUrl, where requesters are redirected');
  }
}

/**
 * Saves the fields given, as the expert types them: a field left out keeps its value, an explicit
 * null clears a text field. Listing with an external tool needs that tool's https address.
 */
export async function updateExpertProfile(
  services: Services,
  professionalId: string,
  changes: ExpertProfileChanges,
): Promise<ExpertProfile> {
  const data = profileChanges(changes);
  return change(services, { id: professionalId }, async ({ tx, trace }) => {
    const current = await tx.expertProfile.findUnique({ where: { professionalId } });
    checkExternalTool(current, data);
    trace({
      action: 'expertProfile.update',
      entityType: 'ExpertProfile',
      entityId: professionalId,
      details: { fields: Object.keys(data) },
    });
    return saveProfile(tx, professionalId, data);
  });
}

/** An upsert: two first saves typed at once must both succeed. */
function saveProfile(
  tx: Tx,
  professionalId: string,
  data: Prisma.ExpertProfileUncheckedUpdateInput,
): Promise<ExpertProfile> {
  return tx.expertProfile.upsert({
    where: { professionalId },
    update: data,
    create: { ...(data as Prisma.ExpertProfileUncheckedCreateInput), professionalId },
  });
}

/** At most this many prerequisite templates per expert or team: they open every conversation. */
export const MAX_TEMPLATES = 10;

/** Whose prerequisite templates: an expert's (by professional id) or a team's. */
export type TemplateOwner = { templateOfId: string } | { templateOfTeamId: string };

/** Adds a template to its owner's profile, in the change under way: at most MAX_TEMPLATES each. */
export async function addTemplate(
  { tx, trace, actor }: Change,
  owner: TemplateOwner,
  file: Awaited<ReturnType<typeof checkUpload>>,
): Promise<void> {
  if ((await tx.attachment.count({ where: owner })) >= MAX_TEMPLATES) {
    throw badInput(`A profile has at most ${MAX_TEMPLATES} prerequisite templates: remove one first`);
  }
  await storeContents(tx, [file]);
  const { bytes: _bytes, ...fields } = file;
  const template = await tx.attachment.create({ data: { ...fields, ...owner, uploadedById: actor.id } });
  trace({ action: 'template.add', entityType: 'Attachment', entityId: template.id, details: owner });
}

/** Takes a template off its owner's profile (NOT_FOUND when it is not theirs); conversations keep their copies. */
export async function removeTemplate({ tx, trace }: Change, owner: TemplateOwner, attachmentId: string) {
  const template = await tx.attachment.findFirst({ where: { id: attachmentId, ...owner }, select: { id: true } });
  if (!template) throw notFound('Template');
  const cleared = 'templateOfId' in owner ? { templateOfId: null } : { templateOfTeamId: null };
  await tx.attachment.update({ where: { id: attachmentId }, data: cleared });
  trace({ action: 'template.remove', entityType: 'Attachment', entityId: attachmentId, details: owner });
}

/** Adds a prerequisite template (modèle de document) that opens every new conversation with the expert. */
export async function addPrerequisiteTemplate(
  services: Services,
  professionalId: string,
  upload: Upload,
  limits: { maxUploadBytes: number },
): Promise<void> {
  const file = await checkUpload(upload, limits.maxUploadBytes);
  await change(services, { id: professionalId }, async (c) => {
    await saveProfile(c.tx, professionalId, {});
    await addTemplate(c, { templateOfId: professionalId }, file);
  });
}

/** Removes a template from the expert's profile; conversations that already received it keep their copy. */
export async function removePrerequisiteTemplate(
  services: Services,
  professionalId: string,
  attachmentId: string,
): Promise<void> {
  await change(services, { id: professionalId }, (c) =>
    removeTemplate(c, { templateOfId: professionalId }, attachmentId),
  );
}

function externalToolUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw badInput('externalUrl is not a valid address: give the full https:// address of the tool');
  }
  if (url.protocol !== 'https:') throw badInput('externalUrl must be an https:// address');
  return url.toString();
}
