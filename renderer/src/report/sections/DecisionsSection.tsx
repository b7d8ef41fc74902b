import type { PackData } from '../../../../shared/contract/index.ts';
import { formatDate } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

/** Steering packs lead with what the committee must decide. */
export function DecisionsSection({ data, number }: { data: PackData; number: number }) {
  return (
    <section className="pack-section">
      <SectionHeading
        id="decisions"
        number={number}
        title="Decisions requested"
        lead={`${data.decisions.length} item${data.decisions.length === 1 ? '' : 's'} flagged for this committee, oldest first.`}
      />
      {data.decisions.map((d, index) => (
        <div className="pack-decision" key={`${d.source}-${d.id}`} data-testid="pack-decision">
          <p className="pack-decision-question">
            {index + 1}. {d.question}
          </p>
          {d.detail && <div>{d.detail}</div>}
          <div className="pack-decision-meta">
            {[
              d.partnerName ?? 'Program-wide',
              d.owner && `raised by ${d.owner}`,
              `on ${formatDate(d.raisedOn)}`,
              d.dueDate && `needed by ${formatDate(d.dueDate)}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </div>
      ))}
    </section>
  );
}
