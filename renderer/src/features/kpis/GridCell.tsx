import { Table } from '@mantine/core';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { displayCell, editCell, parseCell, type CellKind } from './grid-values.ts';

interface GridCellProps {
  rowIndex: number;
  columnIndex: number;
  label: string;
  testId: string;
  kind: CellKind;
  currency: string;
  value: number | null;
  onSave: (value: number | null) => Promise<void>;
  register: (row: number, column: number, input: HTMLInputElement | null) => void;
  /** Focuses another cell; false when there is none there. */
  move: (row: number, column: number) => boolean;
}

/**
 * One cell. Focusing it selects its content, so typing replaces it; until something is typed the
 * left and right arrows move between cells, afterwards they move the caret (F2 edits in place).
 */
export function GridCell(props: GridCellProps) {
  const { rowIndex: r, columnIndex: c, kind, currency, value, onSave, register, move } = props;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const editing = useRef(false);
  const selectAll = useRef(false);
  const input = useRef<HTMLInputElement | null>(null);

  useLayoutEffect(() => {
    if (selectAll.current && input.current === document.activeElement) input.current?.select();
    selectAll.current = false;
  });

  const commit = async () => {
    editing.current = false;
    if (draft === null) return;
    const parsed = parseCell(draft, kind, currency);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    if (parsed.value === value) {
      setDraft(null);
      setError(null);
      return;
    }
    setSaving(true);
    try {
      await onSave(parsed.value);
      setDraft(null);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const field = e.currentTarget;
    const atStart = field.selectionStart === 0 && field.selectionEnd === 0;
    const atEnd = field.selectionStart === field.value.length;
    const go = (row: number, column: number) => {
      e.preventDefault();
      return move(row, column);
    };
    switch (e.key) {
      case 'Enter':
        if (!go(r + (e.shiftKey ? -1 : 1), c)) void commit();
        break;
      case 'ArrowDown':
        go(r + 1, c);
        break;
      case 'ArrowUp':
        go(r - 1, c);
        break;
      case 'ArrowLeft':
        if (!editing.current || atStart) go(r, c - 1);
        break;
      case 'ArrowRight':
        if (!editing.current || atEnd) go(r, c + 1);
        break;
      case 'Escape':
        e.preventDefault();
        editing.current = false;
        setError(null);
        setDraft(editCell(value));
        selectAll.current = true;
        break;
      case 'F2':
        e.preventDefault();
        editing.current = true;
        field.setSelectionRange(field.value.length, field.value.length);
        break;
    }
  };

  const state = saving ? 'saving' : error ? 'error' : 'idle';
  const errorId = `${props.testId}-error`;
  return (
    <Table.Td className="pwb-grid-cell" data-state={state}>
      <input
        ref={(el) => {
          input.current = el;
          register(r, c, el);
        }}
        className="pwb-grid-input"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        aria-label={props.label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        data-testid={props.testId}
        data-state={state}
        value={draft ?? displayCell(value, kind, currency)}
        onFocus={() => {
          if (draft === null) setDraft(editCell(value));
          selectAll.current = true;
          input.current?.select();
        }}
        onChange={(e) => {
          editing.current = true;
          setError(null);
          setDraft(e.currentTarget.value);
        }}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
      />
      {error && (
        <div className="pwb-grid-error" id={errorId} role="alert" data-testid={errorId}>
          {error}
        </div>
      )}
    </Table.Td>
  );
}
