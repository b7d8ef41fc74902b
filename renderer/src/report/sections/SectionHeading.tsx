import { SECTION_ANCHOR_PREFIX } from '../pack-anchors.ts';

interface SectionHeadingProps {
  id: string;
  number: number;
  title: string;
  lead?: string;
}

/** Every section opens with an anchored heading; the table of contents links to the anchor. */
export function SectionHeading({ id, number, title, lead }: SectionHeadingProps) {
  return (
    <>
      <div className="pack-section-heading" id={`${SECTION_ANCHOR_PREFIX}${id}`}>
        <span className="pack-section-number">{String(number).padStart(2, '0')}</span>
        <h2>{title}</h2>
      </div>
      {lead && <p className="pack-lead">{lead}</p>}
    </>
  );
}
