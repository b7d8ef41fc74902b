import './palette.css';
import { Kbd, Text, UnstyledButton } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { modKey } from './keys.ts';
import { usePaletteStore } from './palette-store.ts';

// Loaded on first use: the palette, its commands and the shortcuts sheet stay out of the first paint.
const CommandPalette = lazy(() => import('./CommandPalette.tsx'));

/**
 * The header's search field look-alike: opens the command palette (Ctrl+K / ⌘K, also from inside
 * a text field) and the shortcuts sheet (Shift+?).
 */
export function CommandPaletteLauncher() {
  const wanted = usePaletteStore((s) => s.wanted);
  const setPalette = usePaletteStore((s) => s.setPalette);
  const setShortcuts = usePaletteStore((s) => s.setShortcuts);
  useHotkeys([['mod+K', () => setPalette(!usePaletteStore.getState().palette)]], []);
  useHotkeys([['shift+?', () => setShortcuts(true)]]);
  return (
    <>
      <UnstyledButton
        className="pwb-palette-button"
        onClick={() => setPalette(true)}
        aria-label="Search and commands"
        data-testid="open-command-palette"
      >
        <IconSearch size={16} stroke={1.8} />
        <Text size="sm" c="dimmed" visibleFrom="md">
          Search and commands
        </Text>
        <Kbd size="xs">{modKey} K</Kbd>
      </UnstyledButton>
      {wanted && (
        <Suspense fallback={null}>
          <CommandPalette />
        </Suspense>
      )}
    </>
  );
}
