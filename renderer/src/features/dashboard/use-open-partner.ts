import { useLocation } from 'wouter';
import { useUiStore } from '../../stores/ui-store.ts';

/** Opens a partner's page on the given tab, as the dashboard's lists link to it. */
export function useOpenPartner() {
  const [, navigate] = useLocation();
  const setTab = useUiStore((s) => s.setPartnerTab);
  return (partnerId: number, tab = 'health') => {
    setTab(tab);
    navigate(`/partners/${partnerId}`);
  };
}
