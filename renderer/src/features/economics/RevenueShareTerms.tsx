import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { currencySymbol } from './economics-format.ts';
import { InputSection } from './ForecastInputs.tsx';
import { num } from './forecast-form.ts';
import type { TermsForm } from './revenue-share-form.ts';

type Form = UseFormReturnType<TermsForm>;

function moneyInput(currency: string) {
  return { prefix: currencySymbol(currency), min: 0, thousandSeparator: ',', decimalScale: 2 };
}

/** Marginal tiers: each rate applies only to the slice of a month's revenue inside its tier. */
function TiersTable({ form, currency }: { form: Form; currency: string }) {
  const tiers = form.values.tiers;
  const addTier = () => {
    const bounds = tiers.map((t) => num(t.upTo)).filter((b): b is number => b !== undefined);
    const previous = bounds.at(-1) ?? 0;
    const last = tiers.at(-1);
    form.insertListItem(
      'tiers',
      { upTo: previous > 0 ? previous * 2 : 10_000, ratePercent: last?.ratePercent ?? 10 },
      tiers.length - 1,
    );
  };
  return (
    <Stack gap={4}>
      <Table verticalSpacing={4} data-testid="tiers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Monthly revenue</Table.Th>
            <Table.Th>Rate</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tiers.map((tier, i) => {
            const last = i === tiers.length - 1;
            const from = i === 0 ? 0 : num(tiers[i - 1]?.upTo ?? '');
            return (
              <Table.Tr key={i} data-testid={`tier-${i + 1}`}>
                <Table.Td>
                  {last ? (
                    <Text size="sm">
                      {i === 0
                        ? 'All revenue'
                        : `Above ${currencySymbol(currency)}${(from ?? 0).toLocaleString('en')}`}
                    </Text>
                  ) : (
                    <NumberInput
                      size="xs"
                      w={170}
                      {...moneyInput(currency)}
                      aria-label={`Tier ${i + 1}: up to`}
                      leftSection={<Text size="xs">up to</Text>}
                      leftSectionWidth={48}
                      {...form.getInputProps(`tiers.${i}.upTo`)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    w={100}
                    suffix=" %"
                    min={0}
                    max={100}
                    decimalScale={2}
                    aria-label={`Tier ${i + 1}: rate`}
                    {...form.getInputProps(`tiers.${i}.ratePercent`)}
                    data-testid={`tier-${i + 1}-rate`}
                  />
                </Table.Td>
                <Table.Td>
                  {!last && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove tier ${i + 1}`}
                      onClick={() => form.removeListItem('tiers', i)}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        onClick={addTier}
        disabled={tiers.length >= 10}
        style={{ alignSelf: 'flex-start' }}
        data-testid="add-tier"
      >
        Add a tier
      </Button>
    </Stack>
  );
}

function BonusesList({ form, currency }: { form: Form; currency: string }) {
  return (
    <Stack gap={4}>
      {form.values.bonuses.map((_, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <NumberInput
            size="xs"
            label={i === 0 ? 'When cumulative revenue reaches' : undefined}
            aria-label={`Bonus ${i + 1}: threshold`}
            {...moneyInput(currency)}
            {...form.getInputProps(`bonuses.${i}.threshold`)}
          />
          <NumberInput
            size="xs"
            label={i === 0 ? 'pay once' : undefined}
            aria-label={`Bonus ${i + 1}: amount`}
            {...moneyInput(currency)}
            {...form.getInputProps(`bonuses.${i}.amount`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={i === 0 ? 26 : 4}
            aria-label={`Remove bonus ${i + 1}`}
            onClick={() => form.removeListItem('bonuses', i)}
          >
            <IconTrash size={14} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        size="compact-sm"
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('bonuses', { threshold: 100_000, amount: 1_000 })}
        disabled={form.values.bonuses.length >= 10}
        style={{ alignSelf: 'flex-start' }}
      >
        Add a bonus
      </Button>
    </Stack>
  );
}

/** The terms of the revenue share and the referral commission, saved as they are typed. */
export function RevenueShareTermsForm({ form, currency }: { form: Form; currency: string }) {
  const referral = form.values.referralEnabled;
  return (
    <Stack gap="sm">
      <InputSection
        title="Revenue share"
        hint="The partner's share of each month's revenue, after deductions, tier by tier."
      >
        <TiersTable form={form} currency={currency} />
        <SimpleGrid cols={2}>
          <NumberInput
            label="Deduct before sharing"
            description="refunds, payment fees"
            suffix=" % of revenue"
            min={0}
            max={100}
            decimalScale={2}
            {...form.getInputProps('expensePercent')}
            data-testid="terms-expense-percent"
          />
          <NumberInput
            label="Fixed costs deducted"
            description="agreed costs, each month"
            {...moneyInput(currency)}
            {...form.getInputProps('fixedExpenses')}
          />
          <NumberInput
            label="Floor a month"
            description="the least the partner gets; empty for none"
            {...moneyInput(currency)}
            {...form.getInputProps('floor')}
            data-testid="terms-floor"
          />
          <NumberInput
            label="Cap a month"
            description="the most; bonuses come on top"
            {...moneyInput(currency)}
            {...form.getInputProps('cap')}
            data-testid="terms-cap"
          />
        </SimpleGrid>
      </InputSection>
      <InputSection
        title="Bonuses"
        hint="One-off payments when cumulative revenue passes a threshold."
      >
        <BonusesList form={form} currency={currency} />
      </InputSection>
      <InputSection
        title="Referral commission"
        hint="A share of what each referred customer pays, for a set number of months."
        action={
          <Switch
            aria-label="Referral commission"
            {...form.getInputProps('referralEnabled', { type: 'checkbox' })}
            data-testid="terms-referral"
          />
        }
      >
        <SimpleGrid cols={3}>
          <NumberInput
            label="Commission"
            suffix=" %"
            min={0}
            max={100}
            decimalScale={2}
            disabled={!referral}
            {...form.getInputProps('referralPercent')}
          />
          <NumberInput
            label="For"
            suffix=" months"
            min={1}
            max={120}
            disabled={!referral}
            {...form.getInputProps('referralMonths')}
          />
          <NumberInput
            label="Customer pays a month"
            {...moneyInput(currency)}
            disabled={!referral}
            {...form.getInputProps('referralMonthlyRevenue')}
            data-testid="terms-referral-revenue"
          />
        </SimpleGrid>
      </InputSection>
    </Stack>
  );
}
