import type { Partner } from '../../../../shared/contract/index.ts';
import { RiskRegister } from './RiskRegister.tsx';

export default function PartnerRisksTab({ partner }: { partner: Partner }) {
  return <RiskRegister partnerId={partner.id} />;
}
