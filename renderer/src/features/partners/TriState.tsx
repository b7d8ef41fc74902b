import { SegmentedControl, Stack, Text } from '@mantine/core';

interface Props {
  label: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
  yes?: string;
  no?: string;
  testId: string;
}

/** A yes/no term that can also be "not decided yet", which the key-terms checklist reports. */
export function TriState({ label, value, onChange, yes = 'Yes', no = 'No', testId }: Props) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        size="xs"
        data={[
          { value: 'unset', label: 'Not decided' },
          { value: 'yes', label: yes },
          { value: 'no', label: no },
        ]}
        value={value === null ? 'unset' : value ? 'yes' : 'no'}
        onChange={(v) => onChange(v === 'unset' ? null : v === 'yes')}
        aria-label={label}
        data-testid={testId}
      />
    </Stack>
  );
}
