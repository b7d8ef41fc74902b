import {
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { revenueModelLabels, revenueModels } from '../../../../shared/contract/index.ts';
import type { ChecklistKey } from '../../../../shared/domain/agreement-checklist.ts';
import {
  agreementStatusOptions,
  logoPlaceSuggestions,
  type AgreementForm,
} from './agreement-options.ts';
import { TriState } from './TriState.tsx';

type Form = UseFormReturnType<AgreementForm>;
type NumberKey =
  | 'revenueSharePercent'
  | 'referralCommissionPercent'
  | 'referralCommissionMonths'
  | 'exclusivityMonths'
  | 'terminationNoticeDays';

/** NumberInput edits a nullable number: empty is null, unreadable text fails validation. */
function numberProps(form: Form, key: NumberKey) {
  return {
    ...form.getInputProps(key),
    value: form.values[key] ?? '',
    onChange: (v: string | number) =>
      form.setFieldValue(key, v === '' ? null : typeof v === 'number' ? v : Number.NaN),
  };
}

export function TermsSection({
  id,
  title,
  hint,
  children,
}: {
  id: ChecklistKey | 'status';
  title: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" id={`agreement-${id}`}>
      <Stack gap="sm">
        <div>
          <Title order={5}>{title}</Title>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

const shortRevenueLabels: Record<(typeof revenueModels)[number], string> = {
  revenue_share: 'Revenue share',
  referral_commission: 'Referral',
  lead_attribution: 'Leads',
  none: 'None',
};
const revenueOptions = [
  { value: 'unset', label: 'Not decided' },
  ...revenueModels.map((value) => ({ value, label: shortRevenueLabels[value] })),
];
const revenueModelHelp: Record<(typeof revenueModels)[number], string> = {
  revenue_share: 'Sales made together are split by a percentage.',
  referral_commission: 'The referring side earns a commission on each customer it sends.',
  lead_attribution: 'Each side keeps the leads and customers it generates; no money changes hands.',
  none: 'No money changes hands, as in pure co-marketing.',
};

export function StatusSection({ form }: { form: Form }) {
  return (
    <TermsSection id="status" title="Status and term">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label="Status"
          data={agreementStatusOptions}
          allowDeselect={false}
          {...form.getInputProps('status')}
          data-testid="agreement-status"
        />
        <DatePickerInput
          label="Starts"
          placeholder="Pick a date"
          valueFormat="D MMM YYYY"
          clearable
          {...form.getInputProps('startDate')}
          data-testid="agreement-start"
        />
        <DatePickerInput
          label="Ends"
          placeholder="Open-ended"
          valueFormat="D MMM YYYY"
          clearable
          {...form.getInputProps('endDate')}
          data-testid="agreement-end"
        />
      </SimpleGrid>
    </TermsSection>
  );
}

export function ScopeField({ form }: { form: Form }) {
  return (
    <Textarea
      label="What you do together"
      placeholder="e.g. We create one joint webinar and two blog posts; they promote them to their 50K subscribers over three months."
      autosize
      minRows={2}
      maxRows={8}
      {...form.getInputProps('scope')}
      data-testid="agreement-scope"
    />
  );
}

export function RevenueSection({ form }: { form: Form }) {
  const model = form.values.revenueModel;
  return (
    <TermsSection
      id="revenue"
      title="Revenue or lead sharing"
      hint="Who keeps which customers and leads, and what money changes hands."
    >
      <SegmentedControl
        fullWidth
        data={revenueOptions}
        value={model ?? 'unset'}
        onChange={(v) =>
          form.setFieldValue(
            'revenueModel',
            v === 'unset' ? null : (v as AgreementForm['revenueModel']),
          )
        }
        aria-label="Revenue model"
        data-testid="agreement-revenue-model"
      />
      {model && (
        <Text size="xs" c="dimmed" data-testid="agreement-revenue-help">
          {revenueModelLabels[model]}: {revenueModelHelp[model]}
        </Text>
      )}
      {model === 'revenue_share' && (
        <NumberInput
          label="Revenue share to the partner"
          suffix=" %"
          w={220}
          {...numberProps(form, 'revenueSharePercent')}
          data-testid="agreement-revenue-share"
        />
      )}
      {model === 'referral_commission' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Commission per referred customer"
            suffix=" %"
            {...numberProps(form, 'referralCommissionPercent')}
            data-testid="agreement-commission-percent"
          />
          <NumberInput
            label="Paid for"
            suffix=" months"
            allowDecimal={false}
            {...numberProps(form, 'referralCommissionMonths')}
            data-testid="agreement-commission-months"
          />
        </SimpleGrid>
      )}
      {model === 'lead_attribution' && (
        <TextInput
          label="How leads are attributed"
          placeholder="e.g. Each side keeps the customers it acquires directly"
          {...form.getInputProps('leadAttribution')}
          data-testid="agreement-lead-attribution"
        />
      )}
    </TermsSection>
  );
}

export function ExclusivitySection({ form }: { form: Form }) {
  return (
    <TermsSection
      id="exclusivity"
      title="Exclusivity"
      hint="Whether either side may also partner with competitors."
    >
      <TriState
        label="Is the partnership exclusive?"
        value={form.values.exclusive}
        onChange={(v) => form.setFieldValue('exclusive', v)}
        yes="Exclusive"
        no="Not exclusive"
        testId="agreement-exclusive"
      />
      {form.values.exclusive && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label="Excluded parties"
            description="Press Enter after each name."
            {...form.getInputProps('excludedParties')}
            data-testid="agreement-excluded"
          />
          <NumberInput
            label="For"
            suffix=" months"
            allowDecimal={false}
            {...numberProps(form, 'exclusivityMonths')}
            data-testid="agreement-exclusivity-months"
          />
        </SimpleGrid>
      )}
    </TermsSection>
  );
}

export function BrandSection({ form }: { form: Form }) {
  return (
    <TermsSection id="brand" title="Brand usage">
      <TriState
        label="May each side use the other's logo?"
        value={form.values.logoUse}
        onChange={(v) => form.setFieldValue('logoUse', v)}
        testId="agreement-logo-use"
      />
      {form.values.logoUse && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label="Where"
            data={logoPlaceSuggestions}
            {...form.getInputProps('logoUsePlaces')}
            data-testid="agreement-logo-places"
          />
          <TriState
            label="Approval needed before each use?"
            value={form.values.brandApprovalRequired}
            onChange={(v) => form.setFieldValue('brandApprovalRequired', v)}
            testId="agreement-brand-approval"
          />
        </SimpleGrid>
      )}
    </TermsSection>
  );
}

export function TerminationSection({ form }: { form: Form }) {
  return (
    <TermsSection
      id="termination"
      title="Termination and exit"
      hint="How either side can leave, and what happens to campaigns, leads and customers when it does."
    >
      <NumberInput
        label="Notice period"
        suffix=" days"
        allowDecimal={false}
        w={220}
        {...numberProps(form, 'terminationNoticeDays')}
        data-testid="agreement-notice"
      />
      <Textarea
        id="agreement-exitPlan"
        label="Exit plan"
        placeholder="e.g. Running campaigns finish; leads stay with the side that generated them; shared customers are told within 30 days."
        autosize
        minRows={2}
        maxRows={8}
        {...form.getInputProps('exitPlan')}
        data-testid="agreement-exit-plan"
      />
    </TermsSection>
  );
}

export function DataSection({ form }: { form: Form }) {
  return (
    <TermsSection id="dataSharing" title="Data and intellectual property">
      <TriState
        label="Is customer or lead data shared?"
        value={form.values.dataShared}
        onChange={(v) => form.setFieldValue('dataShared', v)}
        testId="agreement-data-shared"
      />
      {form.values.dataShared && (
        <Textarea
          label="Data-sharing terms"
          description="Who owns the data, what it may be used for, how long it is kept, and how a breach is reported."
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('dataSharingTerms')}
          data-testid="agreement-data-terms"
        />
      )}
      <Textarea
        label="Intellectual property"
        placeholder="e.g. Each side keeps its own; content made together is jointly owned."
        autosize
        minRows={1}
        maxRows={6}
        {...form.getInputProps('ipOwnership')}
        data-testid="agreement-ip"
      />
    </TermsSection>
  );
}
