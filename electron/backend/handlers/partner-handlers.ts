import { AppError, maxCsvRows } from '../../../shared/contract/index.ts';
import type { partnerMethods } from '../../../shared/contract/partners.ts';
import { validatePartnerCsv } from '../../../shared/domain/partner-csv.ts';
import type { HandlerMap } from '../handler-types.ts';

/** Enough to fix a file by; a file with more errors is better fixed at its source. */
const maxReportedErrors = 500;

function checkCsv(csvText: string, mapping: Parameters<typeof validatePartnerCsv>[1]) {
  const result = validatePartnerCsv(csvText, mapping);
  if (result.totalRows > maxCsvRows) {
    throw new AppError(
      'invalid_input',
      `The file has ${result.totalRows} rows; import at most ${maxCsvRows} at a time.`,
    );
  }
  return result;
}

const report = (result: ReturnType<typeof checkCsv>) => ({
  totalRows: result.totalRows,
  validRows: result.valid.length,
  errors: result.errors.slice(0, maxReportedErrors),
});

export const partnerHandlers: HandlerMap<keyof typeof partnerMethods> = {
  'partners.list': (input, { state }) => state.require().repos.partners.list(input),
  'partners.get': (input, { state }) => state.require().repos.partners.get(input.id),
  'partners.create': (input, { state }) => state.require().repos.partners.create(input),
  'partners.update': (input, { state }) =>
    state.require().repos.partners.update(input.id, input.fields),
  'partners.delete': (input, { state }) => {
    state.require().repos.partners.delete(input.id);
    return null;
  },
  'partners.setStage': (input, { state }) =>
    state.require().repos.partners.setStage(input.id, input.stage),
  'partners.checkCsv': (input, { state }) => {
    state.require();
    return report(checkCsv(input.csvText, input.mapping));
  },
  'partners.importCsv': (input, { state }) => {
    const { repos } = state.require();
    const result = checkCsv(input.csvText, input.mapping);
    const refused = input.mode === 'all-or-nothing' && result.errors.length > 0;
    const imported = refused ? 0 : repos.partners.createMany(result.valid.map((v) => v.fields));
    return { ...report(result), imported };
  },
  'contacts.create': ({ partnerId, ...fields }, { state }) =>
    state.require().repos.partners.createContact(partnerId, fields),
  'contacts.update': (input, { state }) =>
    state.require().repos.partners.updateContact(input.id, input.fields),
  'contacts.delete': (input, { state }) => {
    state.require().repos.partners.deleteContact(input.id);
    return null;
  },
};
