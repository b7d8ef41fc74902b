import type { PackData } from '../../../../shared/contract/index.ts';
import { stageLabel, typeLabel } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

export function PortfolioSection({ data, number }: { data: PackData; number: number }) {
  const byStage = new Map<string, number>();
  for (const p of data.partners) byStage.set(p.stage, (byStage.get(p.stage) ?? 0) + 1);
  return (
    <section className="pack-section">
      <SectionHeading
        id="portfolio"
        number={number}
        title="Partner portfolio"
        lead={`${data.partners.length} partnerships in scope, by lifecycle stage: ${[
          ...byStage.entries(),
        ]
          .map(([stage, count]) => `${stageLabel(stage)} ${count}`)
          .join(', ')}.`}
      />
      <table className="pack-table">
        <thead>
          <tr>
            <th>Partner</th>
            <th>Type</th>
            <th>Stage</th>
            <th>Tier</th>
            <th>Our owner</th>
            <th>Their owner</th>
          </tr>
        </thead>
        <tbody>
          {data.partners.map((p) => (
            <tr key={p.id} data-testid="pack-portfolio-row">
              <td>
                <strong>{p.name}</strong>
                {(p.segment || p.region) && (
                  <div className="pack-muted">
                    {[p.segment, p.region].filter(Boolean).join(' · ')}
                  </div>
                )}
              </td>
              <td>{typeLabel(p.type)}</td>
              <td>
                <span className="pack-pill">{stageLabel(p.stage)}</span>
              </td>
              <td>{p.tier || '—'}</td>
              <td>{p.ownerOurs || <span className="pack-muted">not named</span>}</td>
              <td>{p.ownerTheirs || <span className="pack-muted">not named</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
