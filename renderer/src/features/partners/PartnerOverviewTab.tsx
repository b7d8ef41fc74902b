import { Paper } from '@mantine/core';
import { partnerFields, type Partner } from '../../../../shared/contract/index.ts';
import type { ApiCallError } from '../../api/client.ts';
import { useApiMutation } from '../../api/hooks.ts';
import { SaveStatus } from '../../components/SaveStatus.tsx';
import { useAutosave } from '../../components/use-autosave.ts';
import { PartnerFields } from './PartnerFields.tsx';
import { fieldsOf, usePartnerForm } from './use-partner-form.ts';

export default function PartnerOverviewTab({ partner }: { partner: Partner }) {
  const update = useApiMutation('partners.update', ['partners']);
  const form = usePartnerForm(fieldsOf(partner));
  const status = useAutosave({
    values: form.values,
    initial: fieldsOf(partner),
    isValid: (v) => partnerFields.safeParse(v).success,
    save: (fields) =>
      update.mutateAsync({ id: partner.id, fields }).catch((error: ApiCallError) => {
        form.setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v]),
          ),
        );
        throw error;
      }),
  });

  return (
    <Paper withBorder p="lg" pos="relative">
      <div
        style={{
          position: 'absolute',
          top: 'var(--mantine-spacing-md)',
          right: 'var(--mantine-spacing-lg)',
        }}
      >
        <SaveStatus {...status} />
      </div>
      <PartnerFields form={form} />
    </Paper>
  );
}
