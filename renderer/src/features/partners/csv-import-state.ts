import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { CsvRowError, PartnerCsvField } from '../../../../shared/contract/index.ts';
import { autoMapColumns, readCsvTable, tableToCsv } from '../../../../shared/domain/partner-csv.ts';
import { useApiQuery } from '../../api/hooks.ts';

export interface LoadedCsv {
  fileName: string;
  headers: string[];
  body: string[][];
}

/** A problem as shown: still open, or fixed in place since the file was chosen. */
export interface ShownProblem extends CsvRowError {
  key: string;
  /** Where the value lives in the table, when the problem is about one cell. */
  cell: { row: number; column: number } | null;
  fixed: boolean;
}

/**
 * The import dialog's working copy of a file: its table (editable cell by cell), the column
 * mapping, and the backend's check of both, re-run shortly after each change.
 */
export function useCsvImport() {
  const [file, setFile] = useState<LoadedCsv | null>(null);
  const [mapping, setMapping] = useState<(PartnerCsvField | null)[]>([]);
  const [edited, setEdited] = useState<Map<string, CsvRowError>>(new Map());

  const csvText = useMemo(() => (file ? tableToCsv(file.headers, file.body) : ''), [file]);
  const [debounced] = useDebouncedValue({ csvText, mapping }, 250);
  const settled = debounced.csvText === csvText && debounced.mapping === mapping;
  const check = useApiQuery('partners.checkCsv', debounced, {
    enabled: file !== null && debounced.csvText !== '',
    placeholderData: (previous) => previous,
    staleTime: 0,
  });

  const load = (fileName: string, text: string) => {
    const table = readCsvTable(text);
    const headers = table.headers.map((h) => h.trim());
    setFile({ fileName, headers, body: table.body });
    setMapping(autoMapColumns(headers));
    setEdited(new Map());
  };

  const cellOf = (problem: CsvRowError) => {
    if (!file || problem.row < 2) return null;
    const column = file.headers.indexOf(problem.column);
    return column >= 0 ? { row: problem.row - 2, column } : null;
  };

  const editCell = (problem: CsvRowError, value: string) => {
    const cell = cellOf(problem);
    if (!file || !cell) return;
    const body = file.body.map((row, index) => {
      if (index !== cell.row) return row;
      const copy = [...row];
      while (copy.length <= cell.column) copy.push('');
      copy[cell.column] = value;
      return copy;
    });
    setFile({ ...file, body });
    setEdited((m) => new Map(m).set(`${problem.row}:${problem.column}`, problem));
  };

  const report = check.data;
  const open = report?.errors ?? [];
  const openKeys = new Set(open.map((e) => `${e.row}:${e.column}`));
  const shown: ShownProblem[] = [
    ...open.map((e) => ({ ...e, key: `${e.row}:${e.column}:${e.message}`, fixed: false })),
    ...[...edited.entries()]
      .filter(([key]) => !openKeys.has(key))
      .map(([key, e]) => ({ ...e, key: `${key}:fixed`, fixed: true })),
  ]
    .sort((a, b) => a.row - b.row)
    .map((p) => ({ ...p, cell: cellOf(p) }));

  return {
    file,
    mapping,
    csvText,
    report,
    problems: shown,
    checking: check.isFetching || !settled,
    checkError: check.error,
    load,
    reset: () => setFile(null),
    setColumn: (index: number, field: PartnerCsvField | null) =>
      setMapping((m) =>
        // A field fills from one column: choosing it here releases the column it came from.
        m.map((f, i) => (i === index ? field : field !== null && f === field ? null : f)),
      ),
    editCell,
    valueAt: (cell: { row: number; column: number }) => file?.body[cell.row]?.[cell.column] ?? '',
  };
}
