import type { ActionItem, Contact, DecisionRecord, Risk } from '../contract/index.ts';
import { actionStatusLabels, decisionKindLabels } from '../contract/meetings.ts';
import { rowsToCsv, type CsvColumn } from './csv.ts';
import {
  riskBandLabels,
  riskCategoryLabels,
  riskStatusLabels,
  riskTreatmentLabels,
} from './risk.ts';

// The columns of each exported list, in the words the app's tables use. Scores, counts and
// dates stay plain values a spreadsheet can sort and sum; enumerations are written as labels.

const yesNo = (value: boolean): string => (value ? 'yes' : 'no');
/** Records without a partner belong to the whole program, as the tables say. */
const partnerOf = (row: { partnerName: string | null }): string => row.partnerName ?? 'Program';

export const riskCsvColumns: readonly CsvColumn<Risk>[] = [
  { header: 'Risk', value: (r) => r.title },
  { header: 'Partner', value: partnerOf },
  { header: 'Category', value: (r) => riskCategoryLabels[r.category] },
  { header: 'Likelihood', value: (r) => r.likelihood },
  { header: 'Impact', value: (r) => r.impact },
  { header: 'Score', value: (r) => r.score },
  { header: 'Band', value: (r) => riskBandLabels[r.band] },
  { header: 'Treatment', value: (r) => riskTreatmentLabels[r.treatment] },
  { header: 'Mitigation', value: (r) => r.mitigation },
  { header: 'Contingency', value: (r) => r.contingency },
  { header: 'Owner', value: (r) => r.owner },
  { header: 'Status', value: (r) => riskStatusLabels[r.status] },
  { header: 'Next review', value: (r) => r.nextReviewDate },
  { header: 'Review overdue', value: (r) => yesNo(r.reviewOverdue) },
  { header: 'Residual likelihood', value: (r) => r.residualLikelihood },
  { header: 'Residual impact', value: (r) => r.residualImpact },
  { header: 'Residual score', value: (r) => r.residualScore },
  { header: 'Residual band', value: (r) => (r.residualBand ? riskBandLabels[r.residualBand] : '') },
];

export const actionCsvColumns: readonly CsvColumn<ActionItem>[] = [
  { header: 'Action', value: (a) => a.title },
  { header: 'Partner', value: partnerOf },
  { header: 'Meeting', value: (a) => a.meetingLabel },
  { header: 'Owner', value: (a) => a.owner },
  { header: 'Due', value: (a) => a.dueDate },
  { header: 'Status', value: (a) => actionStatusLabels[a.status] },
  { header: 'Overdue', value: (a) => yesNo(a.overdue) },
  { header: 'For decision', value: (a) => yesNo(a.forDecision) },
  { header: 'Question to decide', value: (a) => a.decisionQuestion },
];

export const decisionCsvColumns: readonly CsvColumn<DecisionRecord>[] = [
  { header: 'Date', value: (d) => d.date },
  { header: 'Decision', value: (d) => d.decision },
  { header: 'Kind', value: (d) => decisionKindLabels[d.kind] },
  { header: 'Partner', value: partnerOf },
  { header: 'Meeting', value: (d) => d.meetingLabel },
  { header: 'Decided by', value: (d) => d.decidedBy },
  { header: 'Rationale', value: (d) => d.rationale },
];

const contactSideLabels: Readonly<Record<Contact['side'], string>> = {
  ours: 'Our side',
  theirs: "Partner's side",
};

/** A contact with the name of the partner it belongs to. */
export type ContactRow = Contact & { partnerName: string };

export const contactCsvColumns: readonly CsvColumn<ContactRow>[] = [
  { header: 'Partner', value: (c) => c.partnerName },
  { header: 'Name', value: (c) => c.name },
  { header: 'Side', value: (c) => contactSideLabels[c.side] },
  { header: 'Role', value: (c) => c.role },
  { header: 'Email', value: (c) => c.email },
  { header: 'Phone', value: (c) => c.phone },
];

export const risksToCsv = (risks: readonly Risk[]): string => rowsToCsv(riskCsvColumns, risks);
export const actionsToCsv = (actions: readonly ActionItem[]): string =>
  rowsToCsv(actionCsvColumns, actions);
export const decisionsToCsv = (decisions: readonly DecisionRecord[]): string =>
  rowsToCsv(decisionCsvColumns, decisions);
export const contactsToCsv = (contacts: readonly ContactRow[]): string =>
  rowsToCsv(contactCsvColumns, contacts);
