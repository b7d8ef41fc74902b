import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ActionItem, DecisionRecord, Risk } from '../../shared/contract/index.ts';
import {
  csvFileName,
  rowsToCsv,
  toCsv,
  unguardCell,
  type CsvCell,
} from '../../shared/domain/csv.ts';
import { actionsToCsv, decisionsToCsv, risksToCsv } from '../../shared/domain/list-csv.ts';

/** Reads a document back the way a spreadsheet would, without the byte-order mark. */
const readBack = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('the CSV writer', () => {
  it('starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['Name', 'City'], [['Zoë', 'Málaga']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('Name,City\r\nZoë,Málaga\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and reads back the same text', () => {
    const tricky = ['a, b', 'say "hi"', 'line one\nline two', 'crlf\r\ninside', ' padded '];
    const csv = toCsv(
      ['Text'],
      tricky.map((t) => [t]),
    );
    expect(csv).toContain('"a, b"');
    expect(csv).toContain('"say ""hi"""');
    expect(csv).toContain('"line one\nline two"');
    expect(
      readBack(csv)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(tricky);
  });

  it('writes numbers as numbers, and empty cells for null, undefined and non-finite numbers', () => {
    const cells: CsvCell[] = [1250.5, -3, 0, null, undefined, Number.NaN, Infinity];
    expect(toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [cells]).split('\r\n')[1]).toBe(
      '1250.5,-3,0,,,,',
    );
  });

  it('guards text a spreadsheet would run as a formula with a leading quote, numbers excepted', () => {
    const attacks = ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '=1\n+2'];
    const csv = toCsv(['Cell'], [...attacks.map((a) => [a]), [-42]]);
    const cells = readBack(csv)
      .slice(1)
      .map((row) => row[0]);
    expect(cells).toEqual([...attacks.map((a) => `'${a}`), '-42']);
    expect(cells.map((c) => unguardCell(c ?? ''))).toEqual([...attacks, '-42']);
    expect(unguardCell("'plain quote")).toBe("'plain quote");
  });

  it('writes only the header row for an empty list', () => {
    expect(toCsv(['A', 'B'], [])).toBe('\uFEFFA,B\r\n');
  });

  it('writes named columns in their order', () => {
    const csv = rowsToCsv(
      [
        { header: 'Name', value: (r: { name: string; n: number }) => r.name },
        { header: 'Count', value: (r: { name: string; n: number }) => r.n },
      ],
      [{ name: 'x', n: 2 }],
    );
    expect(csv).toBe('\uFEFFName,Count\r\nx,2\r\n');
  });

  it('names files after what they hold and the day', () => {
    expect(csvFileName('Acme Cloud contacts', '2026-05-01')).toBe(
      'acme-cloud-contacts-2026-05-01.csv',
    );
    expect(csvFileName('!!!', '2026-05-01')).toBe('export-2026-05-01.csv');
  });
});

const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };

describe('the exported lists', () => {
  it('writes risks with readable headers, labels for codes and numbers for scores', () => {
    const risk: Risk = {
      id: 1,
      partnerId: null,
      partnerName: null,
      title: 'Channel conflict',
      category: 'channelConflict',
      likelihood: 4,
      impact: 5,
      treatment: 'mitigate',
      mitigation: 'Split territories',
      contingency: '',
      owner: 'Ana',
      status: 'open',
      nextReviewDate: '2026-03-01',
      residualLikelihood: 2,
      residualImpact: 3,
      score: 20,
      band: 'critical',
      residualScore: 6,
      residualBand: 'medium',
      reviewOverdue: true,
      ...stamp,
    };
    const [header, row] = readBack(risksToCsv([risk]));
    expect(header?.slice(0, 7)).toEqual([
      'Risk',
      'Partner',
      'Category',
      'Likelihood',
      'Impact',
      'Score',
      'Band',
    ]);
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1];
    expect(cell('Partner')).toBe('Program');
    expect(cell('Score')).toBe('20');
    expect(cell('Review overdue')).toBe('yes');
    expect(cell('Residual score')).toBe('6');
    expect(cell('Category')).not.toBe('channelConflict');
  });

  it('writes actions and decisions with their partner, meeting and labels', () => {
    const action: ActionItem = {
      id: 1,
      partnerId: 3,
      partnerName: 'Globex',
      meetingId: 2,
      meetingLabel: 'QBR · 2026-03-31',
      title: '=cmd',
      owner: 'Sam',
      dueDate: null,
      status: 'in_progress',
      forDecision: false,
      decisionQuestion: '',
      overdue: false,
      ...stamp,
    };
    const decision: DecisionRecord = {
      id: 1,
      partnerId: null,
      partnerName: null,
      meetingId: null,
      meetingLabel: null,
      decision: 'Renew for a year',
      kind: 'renew',
      date: '2026-04-01',
      decidedBy: 'Steering committee',
      rationale: 'Met, "mostly", its targets',
      ...stamp,
    };
    expect(readBack(actionsToCsv([action]))).toEqual([
      [
        'Action',
        'Partner',
        'Meeting',
        'Owner',
        'Due',
        'Status',
        'Overdue',
        'For decision',
        'Question to decide',
      ],
      ["'=cmd", 'Globex', 'QBR · 2026-03-31', 'Sam', '', 'In progress', 'no', 'no', ''],
    ]);
    expect(readBack(decisionsToCsv([decision]))).toEqual([
      ['Date', 'Decision', 'Kind', 'Partner', 'Meeting', 'Decided by', 'Rationale'],
      [
        '2026-04-01',
        'Renew for a year',
        'Renew',
        'Program',
        '',
        'Steering committee',
        'Met, "mostly", its targets',
      ],
    ]);
  });
});
