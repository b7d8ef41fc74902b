import {
  AppShell,
  Badge,
  Burger,
  Divider,
  Group,
  NavLink,
  ScrollArea,
  Text,
  ThemeIcon,
  Tooltip,
  ActionIcon,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconLogout, IconTopologyStar3 } from '@tabler/icons-react';
import { Fragment, Suspense } from 'react';
import { Redirect, Route, Switch, useLocation } from 'wouter';
import type { WorkbookInfo } from '../../../../shared/contract/index.ts';
import { PageLoader } from '../../components/PageState.tsx';
import { CommandPaletteLauncher } from '../palette/CommandPaletteLauncher.tsx';
import { ColorSchemeToggle } from './ColorSchemeToggle.tsx';
import { navItems } from './nav-items.ts';
import { pageRoutes } from './routes.tsx';
import { useWorkbookActions } from './use-workbook.ts';

export function WorkbookShell({ info }: { info: WorkbookInfo }) {
  const [opened, { toggle }] = useDisclosure();
  const [location, navigate] = useLocation();
  const actions = useWorkbookActions();
  useHotkeys([
    ['mod+1', () => navigate('/partners')],
    // On a meeting, Alt+D records a decision (MeetingPage) instead.
    ['alt+D', () => !/^\/meetings\/\d+/.test(location) && navigate('/dashboard')],
    ['mod+comma', () => navigate('/settings')],
  ]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
      data-testid="workbook-shell"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <ThemeIcon
              variant="gradient"
              gradient={{ from: 'brand.7', to: 'cyan.6', deg: 135 }}
              size="md"
            >
              <IconTopologyStar3 size={18} />
            </ThemeIcon>
            <div style={{ minWidth: 0 }}>
              <Text fw={650} size="sm" truncate data-testid="workbook-title">
                {info.title}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {info.fileName}
              </Text>
            </div>
            {info.readOnly && (
              <Tooltip label={info.readOnlyReason ?? 'Opened read-only'}>
                <Badge color="orange" variant="light">
                  Read-only
                </Badge>
              </Tooltip>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <CommandPaletteLauncher />
            <ColorSchemeToggle />
            <Tooltip label="Close workbook">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label="Close workbook"
                onClick={() => void actions.close()}
                data-testid="close-workbook"
              >
                <IconLogout size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <AppShell.Section grow component={ScrollArea}>
          {navItems.map((item, index) => (
            <Fragment key={item.href}>
              {index > 0 && navItems[index - 1]?.group !== item.group && <Divider my="xs" />}
              <NavLink
                key={item.href}
                label={item.label}
                leftSection={<item.icon size={18} stroke={1.6} />}
                active={item.match.test(location)}
                onClick={() => navigate(item.href)}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            </Fragment>
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <Text size="xs" c="dimmed" px="sm" py="xs" truncate title={info.path}>
            {info.path}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Switch>
            {pageRoutes.map((route) => (
              <Route key={route.path} path={route.path}>
                {(params) => <route.component params={params} />}
              </Route>
            ))}
            <Route>
              <Redirect to="/dashboard" />
            </Route>
          </Switch>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
