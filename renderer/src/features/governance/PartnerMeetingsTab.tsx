import type { Partner } from '../../../../shared/contract/index.ts';
import { GovernanceWorkspace } from './GovernanceWorkspace.tsx';

export default function PartnerMeetingsTab({ partner }: { partner: Partner }) {
  return <GovernanceWorkspace partnerId={partner.id} />;
}
