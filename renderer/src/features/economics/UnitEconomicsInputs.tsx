import { NumberInput, SimpleGrid } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type {
  UnitEconomicsFields,
  UnitEconomicsResult,
} from '../../../../shared/contract/index.ts';
import { count, currencySymbol, money } from './economics-format.ts';
import { InputSection } from './ForecastInputs.tsx';
import type { Num } from './forecast-form.ts';

export type UnitForm = Record<Exclude<keyof UnitEconomicsFields, 'influenceWeightPercent'>, Num> & {
  influenceWeightPercent: number;
};

/** What the actuals hold, shown in an empty field so the user sees what would be used. */
function recordedHint(
  figure: UnitEconomicsResult['spend'] | undefined,
  format: (v: number) => string,
): string {
  if (!figure || figure.source === 'typed') return 'from the actuals';
  return figure.value === null ? 'nothing recorded' : `${format(figure.value)} recorded`;
}

export function UnitEconomicsInputs({
  form,
  currency,
  recorded,
}: {
  form: UseFormReturnType<UnitForm>;
  currency: string;
  recorded: UnitEconomicsResult | undefined;
}) {
  const cash = {
    prefix: currencySymbol(currency),
    min: 0,
    thousandSeparator: ',',
    decimalScale: 2,
  };
  const m = (v: number) => money(v, currency);
  return (
    <>
      <InputSection
        title="A customer"
        hint="What one customer pays a month, your gross margin on it, and the share of customers lost each month."
      >
        <SimpleGrid cols={3}>
          <NumberInput
            label="Pays a month"
            {...cash}
            {...form.getInputProps('monthlyRevenuePerCustomer')}
            data-testid="unit-mrr"
          />
          <NumberInput
            label="Margin"
            suffix=" %"
            min={0}
            max={100}
            decimalScale={2}
            {...form.getInputProps('grossMarginPercent')}
            data-testid="unit-margin"
          />
          <NumberInput
            label="Churn"
            suffix=" %"
            min={0}
            max={100}
            decimalScale={2}
            {...form.getInputProps('monthlyChurnPercent')}
            data-testid="unit-churn"
          />
        </SimpleGrid>
      </InputSection>
      <InputSection
        title="Instead of the actuals"
        hint="Leave a field empty to use what was recorded in these months; type a figure to use it instead."
      >
        <SimpleGrid cols={3}>
          <NumberInput
            label="Spend"
            placeholder={recordedHint(recorded?.spend, m)}
            {...cash}
            {...form.getInputProps('spendOverride')}
            data-testid="unit-spend"
          />
          <NumberInput
            label="New customers"
            placeholder={recordedHint(recorded?.newCustomers, (v) => count(v))}
            min={0}
            allowDecimal={false}
            thousandSeparator=","
            {...form.getInputProps('newCustomersOverride')}
            data-testid="unit-customers"
          />
          <NumberInput
            label="Revenue"
            placeholder={recordedHint(recorded?.revenue, m)}
            {...cash}
            {...form.getInputProps('revenueOverride')}
            data-testid="unit-revenue"
          />
        </SimpleGrid>
      </InputSection>
      <InputSection title="Compared with" hint="The build-or-partner case.">
        <SimpleGrid cols={2}>
          <NumberInput
            label="Paid CAC"
            description="a customer through paid channels"
            {...cash}
            {...form.getInputProps('paidCac')}
            data-testid="unit-paid-cac"
          />
          <NumberInput
            label="Build in-house"
            description="the same reach, same months"
            {...cash}
            {...form.getInputProps('buildInHouseCost')}
            data-testid="unit-build"
          />
        </SimpleGrid>
      </InputSection>
    </>
  );
}
