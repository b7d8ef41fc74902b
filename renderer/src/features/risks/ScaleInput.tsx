import { Input, SegmentedControl, Text } from '@mantine/core';

interface ScaleInputProps {
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  hints: readonly string[];
  /** Offers "not assessed" as a first choice. */
  optional?: boolean;
  error?: string | undefined;
  testId: string;
}

const notSet = '–';

/** A 1–5 scale as five buttons, with the word for the chosen step under it. */
export function ScaleInput({
  label,
  value,
  onChange,
  hints,
  optional,
  error,
  testId,
}: ScaleInputProps) {
  const data = [
    ...(optional ? [{ value: notSet, label: notSet }] : []),
    ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) })),
  ];
  const hint = value === null ? (optional ? 'Not assessed' : 'Choose 1 to 5') : hints[value - 1];
  return (
    <Input.Wrapper label={label} error={error}>
      <SegmentedControl
        fullWidth
        data={data}
        value={value === null ? (optional ? notSet : '') : String(value)}
        onChange={(v) => onChange(v === notSet ? null : Number(v))}
        data-testid={testId}
        aria-label={label}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {hint}
      </Text>
    </Input.Wrapper>
  );
}
