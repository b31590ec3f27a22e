// The regional directory of experts (annuaire régional des experts): search, and the expert's own declaration.
import type { ExpertProfile, Prisma } from '../generated/prisma/client.ts';
import { ExpertTool, type PatientIdentityPolicy, type Profession } from '../generated/prisma/enums.ts';
import { change, type Services, type Tx } from './changes.ts';
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

/** Only listed experts, matching every given criterion; text words may be in the name, specialty or description. */
export function expertWhere(filter: ExpertFilter | null | undefined): Prisma.ProfessionalWhereInput {
  const and: Prisma.ProfessionalWhereInput[] = [{ expertProfile: { is: { listed: true } } }];
  if (!filter) return { AND: and };
  for (const [name, value] of Object.entries(filter)) {
    if (typeof value === 'string' && value.length > MAX_FILTER_LENGTH) {
      throw badInput(`The ${name} filter is longer than ${MAX_FILTER_LENGTH} characters: shorten it`);
    }
  }
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
  if (filter.postalCode != null && filter.postalCode.trim() !== '') {
    const prefix = filter.postalCode.trim();
    if (!/^\d{1,5}$/.test(prefix)) {
      throw badInput(
        'postalCode must be 1 to 5 digits: "69" finds the whole Rhône department, "69003" one postal code',
      );
    }
    and.push({ postalCode: { startsWith: prefix } });
  }
  if (filter.profession) and.push({ profession: filter.profession });
  return { AND: and };
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
}

const MAX_TEXT_LENGTH = 5000;

/**
 * Saves the fields given, as the expert types them: a field left out keeps its value, an explicit
 * null clears a text field. Listing with an external tool needs that tool's https address.
 */
export async function updateExpertProfile(
  services: Services,
  professionalId: string,
  changes: ExpertProfileChanges,
): Promise<ExpertProfile> {
  const data: Prisma.ExpertProfileUncheckedUpdateInput = {};
  for (const field of ['activityDescription', 'limitations', 'prerequisites'] as const) {
    const value = changes[field];
    if (value === undefined) continue;
    if (value !== null && value.length > MAX_TEXT_LENGTH) {
      throw badInput(`${field} is longer than ${MAX_TEXT_LENGTH} characters: shorten it`);
    }
    data[field] = value === null || value.trim() === '' ? null : value;
  }
  if (changes.activityDescription !== undefined) data.descriptionKey = optionalSearchKey(changes.activityDescription);
  if (changes.listed === null || changes.tool === null || changes.patientIdentityPolicy === null) {
    throw badInput('listed, tool and patientIdentityPolicy cannot be null: leave them out to keep their value');
  }
  if (changes.listed !== undefined) data.listed = changes.listed;
  if (changes.tool !== undefined) data.tool = changes.tool;
  if (changes.patientIdentityPolicy !== undefined) data.patientIdentityPolicy = changes.patientIdentityPolicy;
  if (changes.externalUrl !== undefined)
    data.externalUrl = changes.externalUrl === null ? null : externalToolUrl(changes.externalUrl);

  return change(services, { id: professionalId }, async ({ tx, trace }) => {
    const current = await tx.expertProfile.findUnique({ where: { professionalId } });
    const tool = (data.tool as ExpertTool | undefined) ?? current?.tool ?? ExpertTool.IN_APP;
    const externalUrl =
      data.externalUrl !== undefined ? (data.externalUrl as string | null) : (current?.externalUrl ?? null);
    if (tool === ExpertTool.EXTERNAL && !externalUrl) {
      throw badInput('An expert using an EXTERNAL tool needs its externalUrl, where requesters are redirected');
    }
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

/** At most this many prerequisite templates per expert: they open every conversation. */
export const MAX_TEMPLATES = 10;

/** Adds a prerequisite template (modèle de document) that opens every new conversation with the expert. */
export async function addPrerequisiteTemplate(
  services: Services,
  professionalId: string,
  upload: Upload,
  limits: { maxUploadBytes: number },
): Promise<void> {
  const file = await checkUpload(upload, limits.maxUploadBytes);
  await change(services, { id: professionalId }, async ({ tx, trace }) => {
    await saveProfile(tx, professionalId, {});
    if ((await tx.attachment.count({ where: { templateOfId: professionalId } })) >= MAX_TEMPLATES) {
      throw badInput(`An expert has at most ${MAX_TEMPLATES} prerequisite templates: remove one first`);
    }
    await storeContents(tx, [file]);
    const { bytes: _bytes, ...fields } = file;
    const template = await tx.attachment.create({
      data: { ...fields, templateOfId: professionalId, uploadedById: professionalId },
    });
    trace({ action: 'template.add', entityType: 'Attachment', entityId: template.id });
  });
}

/** Removes a template from the expert's profile; conversations that already received it keep their copy. */
export async function removePrerequisiteTemplate(
  services: Services,
  professionalId: string,
  attachmentId: string,
): Promise<void> {
  await change(services, { id: professionalId }, async ({ tx, trace }) => {
    const template = await tx.attachment.findUnique({ where: { id: attachmentId }, select: { templateOfId: true } });
    if (template?.templateOfId !== professionalId) throw notFound('Template');
    await tx.attachment.update({ where: { id: attachmentId }, data: { templateOfId: null } });
    trace({ action: 'template.remove', entityType: 'Attachment', entityId: attachmentId });
  });
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
