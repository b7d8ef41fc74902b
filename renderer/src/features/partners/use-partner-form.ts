import { useForm } from '@mantine/form';
import {
  partnerFields,
  type Partner,
  type PartnerFields,
} from '../../../../shared/contract/index.ts';
import { zodValidate } from '../shell/zod-form.ts';

export const emptyPartner: PartnerFields = {
  name: '',
  type: 'co_marketing',
  stage: 'identified',
  ownerOurs: '',
  ownerTheirs: '',
  notes: '',
};

export function fieldsOf(partner: Partner): PartnerFields {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = partner;
  return fields;
}

export function usePartnerForm(initial: PartnerFields = emptyPartner) {
  return useForm<PartnerFields>({
    mode: 'controlled',
    initialValues: initial,
    validate: zodValidate(partnerFields),
    validateInputOnBlur: true,
  });
}
