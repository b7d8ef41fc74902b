import type { Partner } from '../../../../shared/contract/index.ts';
import { CharterWorkspace } from './CharterWorkspace.tsx';

export default function PartnerCharterTab({ partner }: { partner: Partner }) {
  return <CharterWorkspace partner={partner} />;
}
