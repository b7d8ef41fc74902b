import { Button } from '@mantine/core';
import { IconFileCertificate, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Partner } from '../../../../shared/contract/index.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState, ErrorState, PageLoader } from '../../components/PageState.tsx';
import { blankCharter, contentOf, starterCharter } from './charter-values.ts';
import { CharterEditor } from './CharterEditor.tsx';

/** Loads a charter (a partnership's, or the program's when partner is null) and edits it. */
export function CharterWorkspace({ partner }: { partner: Partner | null }) {
  const partnerId = partner?.id ?? null;
  const state = useApiQuery('charters.get', { partnerId });
  const [started, setStarted] = useState(false);

  if (state.isPending) return <PageLoader />;
  if (state.isError)
    return <ErrorState message={state.error.message} onRetry={() => void state.refetch()} />;

  const draft = state.data.draft;
  if (!draft && !started) {
    return (
      <EmptyState
        icon={<IconFileCertificate size={32} />}
        title={partner ? 'No charter for this partnership yet' : 'No program charter yet'}
        text={
          partner
            ? 'The charter is the shared rulebook: why you work together, who decides what, how often you meet and where problems go. Start from a draft with the owners, a monthly check-in and a three-step escalation path already filled in.'
            : 'The program charter sets the rules every partnership follows: the steering committee, its decision rights, the reporting rhythm and the escalation path.'
        }
        action={
          <Button
            leftSection={<IconPencil size={16} />}
            onClick={() => setStarted(true)}
            data-testid="start-charter"
          >
            Start the charter
          </Button>
        }
      />
    );
  }
  return (
    <CharterEditor
      key={partnerId ?? 'program'}
      partnerId={partnerId}
      state={state.data}
      initial={draft ? contentOf(draft) : starterCharter(partner)}
      stored={draft ? contentOf(draft) : blankCharter}
    />
  );
}
