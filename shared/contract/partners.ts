import { z } from './zod.ts';
import { byId, id, nothing, optionalEmail, optionalUrl, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';

export const partnerTypes = [
  'co_marketing',
  'integration',
  'channel',
  'affiliate',
  'co_branding',
  'content',
  'distribution',
  'sponsorship',
  'licensing',
  'loyalty',
  'joint_venture',
  'strategic_alliance',
] as const;
export type PartnerType = (typeof partnerTypes)[number];
export const partnerTypeLabels: Record<PartnerType, string> = {
  co_marketing: 'Co-marketing',
  integration: 'Integration / technology',
  channel: 'Channel / reseller',
  affiliate: 'Affiliate / referral',
  co_branding: 'Co-branding',
  content: 'Content',
  distribution: 'Distribution',
  sponsorship: 'Sponsorship',
  licensing: 'Licensing',
  loyalty: 'Loyalty',
  joint_venture: 'Joint venture',
  strategic_alliance: 'Strategic alliance',
};

export const lifecycleStages = [
  'identified',
  'contacted',
  'exploring',
  'negotiating',
  'signed',
  'active',
  'renewing',
  'exited',
] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];
export const lifecycleStageLabels: Record<LifecycleStage, string> = {
  identified: 'Identified',
  contacted: 'Contacted',
  exploring: 'Exploring',
  negotiating: 'Negotiating',
  signed: 'Signed',
  active: 'Active',
  renewing: 'Renewing',
  exited: 'Exited',
};

export const maturityLevels = ['exploratory', 'operational', 'integrated', 'optimized'] as const;
export type MaturityLevel = (typeof maturityLevels)[number];
export const maturityLabels: Record<MaturityLevel, string> = {
  exploratory: 'Exploratory',
  operational: 'Operational',
  integrated: 'Integrated',
  optimized: 'Optimized',
};

export const contactSides = ['ours', 'theirs'] as const;

export const contactFields = z.object({
  name: requiredText('Name'),
  role: text(200).default(''),
  email: optionalEmail.default(''),
  phone: text(60)
    .default('')
    .refine((v) => v === '' || /^[+()\d\s./-]{3,60}$/.test(v), {
      message: 'Use digits, spaces and + ( ) - . only',
    }),
  side: z.enum(contactSides).default('theirs'),
});
export const contact = contactFields.extend({ id, partnerId: id });
export type Contact = z.infer<typeof contact>;
export type ContactFields = z.input<typeof contactFields>;

export const partnerFields = z.object({
  name: requiredText('Name'),
  type: z.enum(partnerTypes, { message: 'Pick a partnership type' }),
  stage: z.enum(lifecycleStages, { message: 'Pick a lifecycle stage' }).default('identified'),
  maturity: z.enum(maturityLevels).default('exploratory'),
  tier: text(60).default(''),
  segment: text(200).default(''),
  region: text(200).default(''),
  website: optionalUrl.default(''),
  audienceSize: z
    .number({ message: 'Enter a number' })
    .int('Use a whole number')
    .min(0, 'Audience size cannot be negative')
    .nullable()
    .default(null),
  ownerOurs: text(200).default(''),
  ownerTheirs: text(200).default(''),
  goalOurs: text(2000).default(''),
  goalTheirs: text(2000).default(''),
  tags: z.array(requiredText('Tag', 60)).max(30).default([]),
  notes: text(20000).default(''),
  archived: z.boolean().default(false),
});
export type PartnerFields = z.input<typeof partnerFields>;

export const partner = partnerFields.extend({
  id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Partner = z.infer<typeof partner>;

export const partnerListInput = z.object({
  search: z.string().max(200).default(''),
  includeArchived: z.boolean().default(false),
});

export const partnerStageInput = z.object({
  id,
  stage: z.enum(lifecycleStages, { message: 'Pick a lifecycle stage' }),
});

/** The partner fields a CSV column can be mapped to, in the order of an exported file. */
export const partnerCsvFieldKeys = [
  'name',
  'type',
  'stage',
  'maturity',
  'tier',
  'segment',
  'region',
  'website',
  'audienceSize',
  'ownerOurs',
  'ownerTheirs',
  'goalOurs',
  'goalTheirs',
  'tags',
  'notes',
  'archived',
] as const satisfies readonly (keyof PartnerFields)[];
export type PartnerCsvField = (typeof partnerCsvFieldKeys)[number];

export const maxCsvRows = 20_000;

export const partnerCsvInput = z.object({
  csvText: z
    .string()
    .max(16 * 1024 * 1024, 'The file is larger than 16 MB; split it into smaller files'),
  /** One entry per CSV column, in file order: the partner field it fills, or null to skip it. */
  mapping: z.array(z.enum(partnerCsvFieldKeys).nullable()).max(200),
});

export const csvRowError = z.object({
  /** The row as a spreadsheet numbers it: the header is row 1, the first partner row 2. */
  row: z.number().int(),
  /** The CSV column header (or the field's name when no column is mapped to it). */
  column: z.string(),
  message: z.string(),
});
export type CsvRowError = z.infer<typeof csvRowError>;

export const partnerCsvReport = z.object({
  totalRows: z.number().int(),
  validRows: z.number().int(),
  /** Rows with at least one error; each error names its row and column. */
  errors: z.array(csvRowError),
});
export type PartnerCsvReport = z.infer<typeof partnerCsvReport>;

export const csvImportModes = ['all-or-nothing', 'valid-rows'] as const;

export const partnerMethods = {
  'partners.list': query(partnerListInput, z.array(partner)),
  'partners.get': query(byId, partner.extend({ contacts: z.array(contact) })),
  'partners.create': mutation(partnerFields, partner),
  'partners.update': mutation(z.object({ id, fields: partnerFields }), partner),
  'partners.delete': mutation(byId, nothing),
  'partners.setStage': mutation(partnerStageInput, partner),
  /** Validates a CSV against the same schema as a form; writes nothing. */
  'partners.checkCsv': query(partnerCsvInput, partnerCsvReport),
  /** all-or-nothing writes only when no row has an error; valid-rows skips the bad rows. One transaction. */
  'partners.importCsv': mutation(
    partnerCsvInput.extend({ mode: z.enum(csvImportModes).default('all-or-nothing') }),
    partnerCsvReport.extend({ imported: z.number().int() }),
  ),
  'contacts.create': mutation(contactFields.extend({ partnerId: id }), contact),
  'contacts.update': mutation(z.object({ id, fields: contactFields }), contact),
  'contacts.delete': mutation(byId, nothing),
} as const;
