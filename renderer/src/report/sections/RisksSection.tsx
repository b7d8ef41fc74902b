import type { PackData } from '../../../../shared/contract/index.ts';
import { heatMap, riskBandLabels, riskCategoryLabels } from '../../../../shared/domain/risk.ts';
import { formatDate } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

export function RisksSection({ data, number }: { data: PackData; number: number }) {
  // The grid and bands of the register's heat map, with the counts the backend made.
  const { open, reviewOverdue, heat } = data.riskSummary;
  const map = heatMap([], 'inherent');
  for (const row of map.cells)
    for (const cell of row) cell.count = heat[cell.likelihood - 1]?.[cell.impact - 1] ?? 0;
  return (
    <section className="pack-section">
      <SectionHeading
        id="risks"
        number={number}
        title="Risks"
        lead={`${open} open risks; ${reviewOverdue} past their review date. Likelihood rows against impact columns, scored 1 to 25.`}
      />
      <div className="pack-figure">
        <table
          className="pack-heatmap"
          aria-label="Risk heat map: count of open risks by likelihood and impact"
        >
          <tbody>
            {[...map.cells].reverse().map((row) => (
              <tr key={row[0]?.likelihood}>
                <th scope="row">L{row[0]?.likelihood}</th>
                {row.map((cell) => (
                  <td key={cell.impact} className={`pack-band-${cell.band}`}>
                    {cell.count || ''}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th />
              {[1, 2, 3, 4, 5].map((i) => (
                <th key={i} scope="col">
                  I{i}
                </th>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <h3 style={{ fontSize: '10.5pt', marginBottom: '2mm' }}>Top {data.risks.length} risks</h3>
      <table className="pack-table">
        <thead>
          <tr>
            <th>Risk</th>
            <th>Partner</th>
            <th>Score</th>
            <th>Residual</th>
            <th>Owner</th>
            <th>Mitigation</th>
            <th>Review</th>
          </tr>
        </thead>
        <tbody>
          {data.risks.map((r) => (
            <tr key={r.id}>
              <td>
                <strong>{r.title}</strong>
                <div className="pack-muted">{riskCategoryLabels[r.category]}</div>
              </td>
              <td>{r.partnerName ?? 'Program'}</td>
              <td>
                <span className={`pack-pill pack-band-${r.band}`}>
                  {r.score} {riskBandLabels[r.band]}
                </span>
              </td>
              <td>{r.residualScore ?? '—'}</td>
              <td>{r.owner || <span className="pack-overdue">no owner</span>}</td>
              <td>{r.mitigation || <span className="pack-muted">none recorded</span>}</td>
              <td className={r.reviewOverdue ? 'pack-overdue' : undefined}>
                {r.nextReviewDate ? formatDate(r.nextReviewDate) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
