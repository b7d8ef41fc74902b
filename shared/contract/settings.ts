import { z } from './zod.ts';
import { empty, nothing, requiredText, text } from './common.ts';
import { mutation, query } from './define.ts';
import { fitWeights } from './fit.ts';
import { defaultFitWeights } from '../domain/fit.ts';
import {
  defaultScorecardCriteriaConfig,
  defaultTierThresholdsParam,
  scorecardCriteriaParam,
  tierThresholdsParam,
} from './scorecards.ts';
import { defaultHealthWeightsParam, healthWeightsParam } from './health.ts';

const knownCurrencies: ReadonlySet<string> = new Set(
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [],
);

export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => /^[A-Z]{3}$/.test(c) && (knownCurrencies.size === 0 || knownCurrencies.has(c)), {
    message: 'Use a three-letter ISO currency code such as EUR, USD or GBP',
  });

/** Tunable parameters of the modules. Each key has a default so older workbooks read cleanly. */
export const moduleParams = z
  .object({
    weeklyActivityLimitPerAudience: z
      .number({ message: 'Enter a number' })
      .int('Use a whole number')
      .min(1, 'Allow at least 1 activity a week')
      .max(50, 'Use 50 or fewer')
      .default(3),
    fitWeights: fitWeights.default({ ...defaultFitWeights }),
    scorecardCriteria: scorecardCriteriaParam.default(() =>
      defaultScorecardCriteriaConfig.map((c) => ({ ...c })),
    ),
    tierThresholds: tierThresholdsParam.default(() => ({ ...defaultTierThresholdsParam })),
    healthWeights: healthWeightsParam.default(() => ({ ...defaultHealthWeightsParam })),
  })
  .passthrough();
export type ModuleParams = z.infer<typeof moduleParams>;

/**
 * What `settings.updateParams` takes: any subset of the parameters, with no defaults filled in,
 * so a section that saves only its own key never resets the others.
 */
export const moduleParamsPatch: z.ZodType<Partial<ModuleParams>> = z
  .object(
    Object.fromEntries(
      Object.entries(moduleParams.shape).map(([key, value]) => [
        key,
        (value instanceof z.ZodDefault
          ? (value.unwrap() as z.ZodType)
          : (value as z.ZodType)
        ).optional(),
      ]),
    ),
  )
  .strict() as never;
export type ModuleParamsPatch = z.input<typeof moduleParamsPatch>;

export const settingsFields = z.object({
  orgName: requiredText('Your organisation'),
  clientName: requiredText('Client'),
  programName: text(200).default(''),
  currency: currencyCode,
  fiscalYearStartMonth: z.number().int().min(1, 'Pick a month').max(12, 'Pick a month'),
  confidentiality: text(120).default(''),
  audienceSize: z
    .number({ message: 'Enter a number' })
    .int('Use a whole number')
    .min(0, 'Audience size cannot be negative')
    .max(10_000_000_000, 'That audience is larger than the planet'),
});

export const workbookSettings = settingsFields.extend({
  workbookId: z.string(),
  hasLogo: z.boolean(),
  params: moduleParams,
  updatedAt: z.string(),
});
export type WorkbookSettings = z.infer<typeof workbookSettings>;
export type SettingsFields = z.input<typeof settingsFields>;

const maxLogoBytes = 1024 * 1024;
export const logoMimeTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

export const logoInput = z.object({
  mimeType: z.enum(logoMimeTypes, { message: 'Use a PNG, JPEG or WebP image' }),
  base64: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The image data is not valid base64')
    .max(Math.ceil((maxLogoBytes * 4) / 3) + 4, 'The logo must be at most 1 MB'),
});
export type LogoInput = z.infer<typeof logoInput>;

export const settingsMethods = {
  'settings.get': query(empty, workbookSettings),
  'settings.update': mutation(settingsFields, workbookSettings),
  'settings.updateParams': mutation(moduleParamsPatch, workbookSettings),
  'settings.getLogo': query(empty, logoInput.nullable()),
  'settings.setLogo': mutation(logoInput, nothing),
  'settings.clearLogo': mutation(empty, nothing),
} as const;
