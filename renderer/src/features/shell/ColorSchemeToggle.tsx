import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { modKey } from '../palette/keys.ts';

/** Follows the OS until the user picks; the choice is remembered. Ctrl+Shift+D toggles. */
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const toggle = () => setColorScheme(computed === 'dark' ? 'light' : 'dark');
  useHotkeys([['mod+shift+D', toggle]]);
  return (
    <Tooltip label={`${computed === 'dark' ? 'Light' : 'Dark'} mode (${modKey}+Shift+D)`}>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={toggle}
        aria-label="Toggle color scheme"
        data-testid="toggle-color-scheme"
      >
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}
