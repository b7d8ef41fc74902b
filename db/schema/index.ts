export * from './settings.ts';
export * from './partners.ts';
