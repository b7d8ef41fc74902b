import { z } from './zod.ts';

export const id = z.number().int().positive();
export const byId = z.object({ id });
export const isoDate = z.iso.date({ message: 'Use a date like 2026-03-31' });
export const isoDateTime = z.string();
export const nothing = z.null();
export const empty = z.object({}).strict().default({});

export const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
export const requiredText = (label: string, max = 200) =>
  z.string().trim().min(1, `${label} is required`).max(max, `At most ${max} characters`);

/** Accepts an empty string (not set) or an http(s) URL. */
export const optionalUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === '' || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), {
    message: 'Enter a full web address starting with http:// or https://',
  });

export const optionalEmail = z
  .string()
  .trim()
  .max(320)
  .refine((v) => v === '' || z.email().safeParse(v).success, {
    message: 'Enter an email address like name@example.com',
  });

export const absolutePath = z
  .string()
  .trim()
  .min(1, 'Choose a file')
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    message: 'Use a full path, for example /home/me/client.pwb',
  });
