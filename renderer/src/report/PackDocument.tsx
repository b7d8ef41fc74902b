import './pack.css';
import { Fragment, type ReactNode } from 'react';
import type { PackData, PackSectionId } from '../../../shared/contract/index.ts';
import { ActionsSection } from './sections/ActionsSection.tsx';
import { AppendixSection } from './sections/AppendixSection.tsx';
import { CalendarSection } from './sections/CalendarSection.tsx';
import { CanvasesSection } from './sections/CanvasesSection.tsx';
import { CharterSection } from './sections/CharterSection.tsx';
import { DecisionsSection } from './sections/DecisionsSection.tsx';
import { ForecastSection } from './sections/ForecastSection.tsx';
import { KpisSection } from './sections/KpisSection.tsx';
import { RisksSection } from './sections/RisksSection.tsx';
import { ScorecardsSection } from './sections/ScorecardsSection.tsx';
import { SummarySection } from './sections/SummarySection.tsx';
import { CoverSection } from './sections/CoverSection.tsx';
import { PortfolioSection } from './sections/PortfolioSection.tsx';
import { TocSection } from './sections/TocSection.tsx';

type SectionRenderer = (data: PackData, number: number) => ReactNode;

/** One renderer per section; the backend lists only sections that have content. */
const renderers: Partial<Record<PackSectionId, SectionRenderer>> = {
  decisions: (data, number) => <DecisionsSection data={data} number={number} />,
  summary: (data, number) => <SummarySection data={data} number={number} />,
  portfolio: (data, number) => <PortfolioSection data={data} number={number} />,
  scorecards: (data, number) => <ScorecardsSection data={data} number={number} />,
  kpis: (data, number) => <KpisSection data={data} number={number} />,
  forecast: (data, number) => <ForecastSection data={data} number={number} />,
  risks: (data, number) => <RisksSection data={data} number={number} />,
  charter: (data, number) => <CharterSection data={data} number={number} />,
  calendar: (data, number) => <CalendarSection data={data} number={number} />,
  actions: (data, number) => <ActionsSection data={data} number={number} />,
  canvases: (data, number) => <CanvasesSection data={data} number={number} />,
  appendix: (_data, number) => <AppendixSection number={number} />,
};

interface PackDocumentProps {
  data: PackData;
  tocPages?: Record<string, number> | undefined;
}

/** The governance pack, as printed by Chromium and as previewed in the app. */
export function PackDocument({ data, tocPages }: PackDocumentProps) {
  const body = data.sections.filter((s) => s !== 'cover' && renderers[s]);
  return (
    <div className="pack" data-paper={data.paper} data-testid="pack-document">
      {data.sections.includes('cover') && <CoverSection data={data} />}
      {body.length > 0 && <TocSection sections={body} pages={tocPages} />}
      {body.map((id, index) => (
        <Fragment key={id}>{renderers[id]?.(data, index + 1)}</Fragment>
      ))}
      <style>{`@page { size: ${data.paper === 'a4' ? 'A4' : 'letter'}; }`}</style>
    </div>
  );
}
