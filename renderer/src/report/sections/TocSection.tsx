import { packSectionLabels, type PackSectionId } from '../../../../shared/contract/index.ts';
import { SECTION_ANCHOR_PREFIX } from '../pack-anchors.ts';

interface TocProps {
  sections: PackSectionId[];
  /** Page numbers from the previous print pass; absent on the first pass. */
  pages: Record<string, number> | undefined;
}

/** Links to each section: Chromium keeps them as named destinations, which is how pages are found. */
export function TocSection({ sections, pages }: TocProps) {
  return (
    <section className="pack-section pack-toc" data-testid="pack-toc">
      <div className="pack-section-heading">
        <h2>Contents</h2>
      </div>
      <ol>
        {sections.map((id, index) => (
          <li key={id}>
            <a href={`#${SECTION_ANCHOR_PREFIX}${id}`}>
              <span className="pack-toc-number">{String(index + 1).padStart(2, '0')}</span>
              <span className="pack-toc-title">{packSectionLabels[id]}</span>
              <span className="pack-toc-page" data-testid={`toc-page-${id}`}>
                {pages?.[id] ?? '–'}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
