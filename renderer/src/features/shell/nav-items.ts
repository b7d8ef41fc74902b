import { IconFileTypePdf, IconSettings, IconUsersGroup, type Icon } from '@tabler/icons-react';
import { IconHistory } from '@tabler/icons-react';
import { IconCalendarEvent } from '@tabler/icons-react';
import { IconHierarchy3, IconTrophy } from '@tabler/icons-react';
import { IconAlertTriangle, IconChecklist, IconFileCertificate } from '@tabler/icons-react';
import { IconTopologyRing } from '@tabler/icons-react';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { IconRocket } from '@tabler/icons-react';
import { IconChartAreaLine } from '@tabler/icons-react';

export interface NavItem {
  href: string;
  label: string;
  icon: Icon;
  /** Which locations light this item up. */
  match: RegExp;
  /** Navigation groups, in order: program-level modules first, then the workbook itself. */
  group: 'program' | 'workbook';
}

/** Navigation lists only modules that exist; each module adds its entry here. */
export const navItems: NavItem[] = [
  {
    href: '/dashboard',
    label: 'Dashboard',
    icon: IconLayoutDashboard,
    match: /^\/dashboard/,
    group: 'program',
  },
  {
    href: '/first-program',
    label: 'First program',
    icon: IconRocket,
    match: /^\/first-program/,
    group: 'program',
  },
  {
    href: '/partners',
    label: 'Partners',
    icon: IconUsersGroup,
    match: /^\/partners/,
    group: 'program',
  },
  {
    href: '/calendar',
    label: 'Calendar',
    icon: IconCalendarEvent,
    match: /^\/calendar/,
    group: 'program',
  },
  { href: '/kpis', label: 'KPIs', icon: IconHierarchy3, match: /^\/kpis/, group: 'program' },
  {
    href: '/scorecards',
    label: 'Scorecards',
    icon: IconTrophy,
    match: /^\/scorecards/,
    group: 'program',
  },
  {
    href: '/economics',
    label: 'Economics',
    icon: IconChartAreaLine,
    match: /^\/economics/,
    group: 'program',
  },
  { href: '/risks', label: 'Risks', icon: IconAlertTriangle, match: /^\/risks/, group: 'program' },
  {
    href: '/charter',
    label: 'Program charter',
    icon: IconFileCertificate,
    match: /^\/charter/,
    group: 'program',
  },
  {
    href: '/meetings',
    label: 'Meetings & actions',
    icon: IconChecklist,
    match: /^\/meetings/,
    group: 'program',
  },
  {
    href: '/ecosystem',
    label: 'Ecosystem map',
    icon: IconTopologyRing,
    match: /^\/ecosystem/,
    group: 'program',
  },
  {
    href: '/pack-builder',
    label: 'Governance pack',
    icon: IconFileTypePdf,
    match: /^\/pack-builder/,
    group: 'workbook',
  },
  {
    href: '/settings',
    label: 'Workbook settings',
    icon: IconSettings,
    match: /^\/settings/,
    group: 'workbook',
  },
  {
    href: '/backups',
    label: 'Backups',
    icon: IconHistory,
    match: /^\/backups/,
    group: 'workbook',
  },
];
