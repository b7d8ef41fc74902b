import '@mantine/spotlight/styles.css';
import {
  Badge,
  Group,
  Kbd,
  Loader,
  Text,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import { IconSearch, IconUser } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import {
  lifecycleStageLabels,
  partnerTypeLabels,
  type Partner,
} from '../../../../shared/contract/index.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useDialogStore } from '../../stores/dialog-store.ts';
import { NewMeetingModal } from '../governance/NewMeetingModal.tsx';
import { NewPartnerModal } from '../partners/NewPartnerModal.tsx';
import { RiskModal } from '../risks/RiskModal.tsx';
import { navItems } from '../shell/nav-items.ts';
import { useCurrentWorkbook, useWorkbookActions } from '../shell/use-workbook.ts';
import { withProgress } from './backup-progress.ts';
import { commands, matches, type CommandContext } from './commands.ts';
import { keysFor } from './keys.ts';
import { usePaletteStore } from './palette-store.ts';
import { ShortcutsSheet } from './ShortcutsSheet.tsx';

const [store, spotlight] = createSpotlight();

/** How many partners the palette lists for what was typed. */
const PARTNER_RESULTS = 6;

/** What Spotlight does when the query changes, for results that arrive later (its own is internal). */
function selectFirstAction() {
  const { listId } = store.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  list.querySelector('[data-action]')?.setAttribute('data-selected', 'true');
  store.updateState((state) => ({ ...state, selected: 0 }));
}

type Creating = 'partner' | 'risk' | 'meeting' | null;

function ShortcutKeys({ keys }: { keys: string[] }) {
  return (
    <Group gap={3} wrap="nowrap">
      {keysFor(keys).map((k) => (
        <Kbd key={k} size="xs">
          {k}
        </Kbd>
      ))}
    </Group>
  );
}

/**
 * The command palette (Ctrl+K / ⌘K): go to any page, open a partner by name, run a command.
 * Also hosts what its commands open: the new-record forms and the shortcuts sheet.
 */
export default function CommandPalette() {
  const opened = usePaletteStore((s) => s.palette);
  const setPalette = usePaletteStore((s) => s.setPalette);
  const shortcutsOpen = usePaletteStore((s) => s.shortcuts);
  const setShortcuts = usePaletteStore((s) => s.setShortcuts);
  const [location, navigate] = useLocation();
  const [query, setQuery] = useState('');
  const [creating, setCreating] = useState<Creating>(null);
  const [typed] = useDebouncedValue(query.trim(), 120);
  const readOnly = useCurrentWorkbook().data?.readOnly === true;
  const actions = useWorkbookActions();
  const showDialog = useDialogStore((s) => s.show);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const backUp = useApiMutation('backups.create', ['backups']);

  useEffect(() => {
    if (opened) spotlight.open();
    else spotlight.close();
  }, [opened]);

  const found = useApiQuery(
    'partners.list',
    { search: typed, includeArchived: true },
    { enabled: opened && typed !== '', placeholderData: (previous) => previous },
  );

  const ctx: CommandContext = {
    navigate,
    newPartner: () => {
      navigate('/partners');
      setCreating('partner');
    },
    newRisk: () => {
      navigate('/risks');
      setCreating('risk');
    },
    newMeeting: () => setCreating('meeting'),
    backUpNow: () => void withProgress(() => backUp.mutateAsync({})),
    toggleColorScheme: () => setColorScheme(scheme === 'dark' ? 'light' : 'dark'),
    showDialog,
    closeWorkbook: () => void actions.close(),
    showShortcuts: () => setShortcuts(true),
  };

  const partners = typed === '' ? [] : rank(found.data ?? []).slice(0, PARTNER_RESULTS);
  const pages = navItems.filter((item) => matches(query, [item.label, item.href]));
  const shownCommands = commands.filter(
    (c) => !(readOnly && c.writes) && matches(query, [c.label, c.description, ...c.keywords]),
  );
  // Partners arrive after the other results: keep the first row the one Enter opens.
  const partnerIds = partners.map((p) => p.id).join(',');
  useEffect(() => {
    if (partnerIds !== '') selectFirstAction();
  }, [partnerIds]);
  const searching = typed !== query.trim() || (found.isFetching && typed !== '');
  const nothing = partners.length + pages.length + shownCommands.length === 0;

  const pageGroup = pages.length > 0 && (
    <Spotlight.ActionsGroup label="Go to">
      {pages.map((item) => (
        <Spotlight.Action
          key={item.href}
          label={item.label}
          leftSection={<item.icon size={18} stroke={1.6} />}
          rightSection={
            item.match.test(location) ? (
              <Text size="xs" c="dimmed">
                You are here
              </Text>
            ) : undefined
          }
          onClick={() => navigate(item.href)}
          data-testid={`palette-page-${item.href.slice(1)}`}
        />
      ))}
    </Spotlight.ActionsGroup>
  );
  const partnerGroup = partners.length > 0 && (
    <Spotlight.ActionsGroup label="Partners">
      {partners.map((p) => (
        <Spotlight.Action
          key={p.id}
          label={p.name}
          description={describe(p)}
          leftSection={<IconUser size={18} stroke={1.6} />}
          rightSection={
            p.archived ? (
              <Badge size="xs" variant="light" color="gray">
                Archived
              </Badge>
            ) : undefined
          }
          onClick={() => navigate(`/partners/${p.id}`)}
          data-testid="palette-partner"
        />
      ))}
    </Spotlight.ActionsGroup>
  );
  const commandGroup = shownCommands.length > 0 && (
    <Spotlight.ActionsGroup label="Commands">
      {shownCommands.map((c) => (
        <Spotlight.Action
          key={c.id}
          label={c.label}
          description={c.description}
          leftSection={<c.icon size={18} stroke={1.6} />}
          rightSection={c.shortcut ? <ShortcutKeys keys={c.shortcut} /> : undefined}
          onClick={() => c.run(ctx)}
          data-testid={`palette-command-${c.id}`}
        />
      ))}
    </Spotlight.ActionsGroup>
  );

  return (
    <>
      <Spotlight.Root
        store={store}
        shortcut={null}
        query={query}
        onQueryChange={setQuery}
        onSpotlightClose={() => setPalette(false)}
        scrollable
        maxHeight={460}
        size="lg"
        data-testid="command-palette"
      >
        <Spotlight.Search
          placeholder="Go to a page, find a partner, run a command…"
          leftSection={<IconSearch size={18} stroke={1.6} />}
          rightSection={searching ? <Loader size={14} /> : null}
          aria-label="Search pages, partners and commands"
          data-testid="command-palette-search"
        />
        <Spotlight.ActionsList>
          {/* Nothing typed: the commands first; typing: pages, then partners, then commands. */}
          {query.trim() === '' ? (
            <>
              {commandGroup}
              {pageGroup}
            </>
          ) : (
            <>
              {pageGroup}
              {partnerGroup}
              {commandGroup}
            </>
          )}
          {nothing && (
            <Spotlight.Empty>
              {searching ? 'Searching…' : <NothingFound query={query} />}
            </Spotlight.Empty>
          )}
        </Spotlight.ActionsList>
        <Spotlight.Footer>
          <Group gap="md" justify="space-between">
            <Text size="xs" c="dimmed">
              <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> choose · <Kbd size="xs">Enter</Kbd> go ·{' '}
              <Kbd size="xs">Esc</Kbd> close
            </Text>
            <Text size="xs" c="dimmed">
              All shortcuts: <Kbd size="xs">Shift</Kbd> + <Kbd size="xs">?</Kbd>
            </Text>
          </Group>
        </Spotlight.Footer>
      </Spotlight.Root>

      <ShortcutsSheet opened={shortcutsOpen} onClose={() => setShortcuts(false)} />
      <NewPartnerModal opened={creating === 'partner'} onClose={() => setCreating(null)} />
      <RiskModal
        opened={creating === 'risk'}
        onClose={() => setCreating(null)}
        risk={null}
        defaultPartnerId={null}
        lockPartner={false}
      />
      <NewMeetingModal
        opened={creating === 'meeting'}
        onClose={() => setCreating(null)}
        partnerId={null}
        lockPartner={false}
      />
    </>
  );
}

function NothingFound({ query }: { query: string }): ReactNode {
  return (
    <Text size="sm" c="dimmed" ta="center">
      Nothing matches “{query.trim()}”. Try part of a partner’s name, a page such as “risks”, or a
      command such as “new”.
    </Text>
  );
}

/** Active partners before archived ones, each group in the backend's order. */
function rank(list: readonly Partner[]): Partner[] {
  return [...list.filter((p) => !p.archived), ...list.filter((p) => p.archived)];
}

function describe(p: Partner): string {
  return [partnerTypeLabels[p.type], lifecycleStageLabels[p.stage], p.region]
    .filter(Boolean)
    .join(' · ');
}
