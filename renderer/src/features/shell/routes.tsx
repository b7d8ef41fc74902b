import { lazy, type ComponentType } from 'react';

export interface PageRoute {
  path: string;
  /** Route params arrive as strings; each page parses its own. */
  component: ComponentType<{ params: Record<string, string | undefined> }>;
}

const DashboardPage = lazy(() => import('../dashboard/DashboardPage.tsx'));
const FirstProgramPage = lazy(() => import('../first-program/FirstProgramPage.tsx'));
const PartnersPage = lazy(() => import('../partners/PartnersPage.tsx'));
const PartnerDetailPage = lazy(() => import('../partners/PartnerDetailPage.tsx'));
const SettingsPage = lazy(() => import('../settings/SettingsPage.tsx'));
const BackupsPage = lazy(() => import('../backups/BackupsPage.tsx'));
const RisksPage = lazy(() => import('../risks/RisksPage.tsx'));
const ProgramCharterPage = lazy(() => import('../governance/ProgramCharterPage.tsx'));
const MeetingsPage = lazy(() => import('../governance/MeetingsPage.tsx'));
const MeetingPage = lazy(() => import('../governance/MeetingPage.tsx'));
const CalendarPage = lazy(() => import('../calendar/CalendarPage.tsx'));
const PackBuilderPage = lazy(() => import('../pack/PackBuilderPage.tsx'));
const KpisPage = lazy(() => import('../kpis/KpisPage.tsx'));
const ScorecardsPage = lazy(() => import('../scorecards/ScorecardsPage.tsx'));
const EcosystemPage = lazy(() => import('../ecosystem/EcosystemPage.tsx'));
const EconomicsPage = lazy(() => import('../economics/EconomicsPage.tsx'));

/** Every page of an open workbook, code-split per module; each module adds its routes here. */
export const pageRoutes: PageRoute[] = [
  { path: '/dashboard', component: DashboardPage },
  { path: '/first-program', component: FirstProgramPage },
  { path: '/partners', component: PartnersPage },
  {
    path: '/partners/:id',
    component: ({ params }) => <PartnerDetailPage id={Number(params.id)} />,
  },
  { path: '/pack-builder', component: PackBuilderPage },
  { path: '/calendar', component: CalendarPage },
  { path: '/kpis', component: KpisPage },
  { path: '/scorecards', component: ScorecardsPage },
  { path: '/settings', component: SettingsPage },
  { path: '/ecosystem', component: EcosystemPage },
  { path: '/economics', component: EconomicsPage },
  { path: '/risks', component: RisksPage },
  { path: '/charter', component: ProgramCharterPage },
  { path: '/meetings', component: MeetingsPage },
  {
    path: '/meetings/:id',
    component: ({ params }) => <MeetingPage id={Number(params.id)} />,
  },
  { path: '/backups', component: BackupsPage },
];
