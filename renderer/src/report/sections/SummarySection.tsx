import type { PackData } from '../../../../shared/contract/index.ts';
import { stageLabel } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

const bandLabels = { healthy: 'Healthy', watch: 'Watch', at_risk: 'At risk' } as const;

/** The page a committee member reads if they read one: where the program stands, and what is wrong. */
export function SummarySection({ data, number }: { data: PackData; number: number }) {
  const live = data.partners.filter((p) =>
    ['signed', 'active', 'renewing'].includes(p.stage),
  ).length;
  const scored = data.health.filter((h) => h.index !== null);
  const average = scored.length
    ? Math.round(scored.reduce((s, h) => s + (h.index ?? 0), 0) / scored.length)
    : null;
  const bands = { healthy: 0, watch: 0, at_risk: 0 };
  for (const h of scored) if (h.band) bands[h.band] += 1;
  const overdue = data.actions.open.filter((a) => a.overdue).length;
  const byStage = new Map<string, number>();
  for (const p of data.partners) byStage.set(p.stage, (byStage.get(p.stage) ?? 0) + 1);
  const tiles: [string, string, string][] = [
    ['Partnerships in scope', String(data.partners.length), `${live} signed, active or renewing`],
    [
      'Average health',
      average === null ? '—' : `${average}/100`,
      `${bands.healthy} healthy · ${bands.watch} watch · ${bands.at_risk} at risk`,
    ],
    ['Decisions requested', String(data.decisions.length), 'see section 01'],
    [
      'High and critical risks',
      String(data.riskSummary.highOrCritical),
      `${data.riskSummary.open} open risks in all`,
    ],
    ['Overdue actions', String(overdue), `${data.actions.open.length} open actions`],
    ['Warnings raised', String(data.diagnostics.length), 'checks against known failure patterns'],
  ];
  return (
    <section className="pack-section">
      <SectionHeading id="summary" number={number} title="Executive summary" />
      <div className="pack-tiles">
        {tiles.map(([label, value, note]) => (
          <div className="pack-tile" key={label}>
            <div className="pack-tile-label">{label}</div>
            <div className="pack-tile-value">{value}</div>
            <div className="pack-muted">{note}</div>
          </div>
        ))}
      </div>
      <p className="pack-muted" style={{ margin: '0 0 5mm' }}>
        By stage:{' '}
        {[...byStage.entries()].map(([stage, n]) => `${stageLabel(stage)} ${n}`).join(' · ')}.
      </p>
      {data.diagnostics.length > 0 && (
        <div>
          <h3 style={{ fontSize: '10.5pt', marginBottom: '2mm' }}>What needs attention</h3>
          <table className="pack-table">
            <thead>
              <tr>
                <th>Partnership</th>
                <th>Finding</th>
                <th>Suggested fix</th>
              </tr>
            </thead>
            <tbody>
              {data.diagnostics.slice(0, 10).map((d) => (
                <tr key={`${d.partnerId}-${d.checkId}`}>
                  <td>
                    <strong>{d.partnerName}</strong>
                    <div className={d.severity === 'critical' ? 'pack-overdue' : 'pack-muted'}>
                      {d.severity}
                    </div>
                  </td>
                  <td>
                    <strong>{d.title}</strong>
                    <div>{d.reason}</div>
                  </td>
                  <td>{d.fix}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {data.diagnostics.length > 10 && (
            <p className="pack-muted">and {data.diagnostics.length - 10} more in the app.</p>
          )}
        </div>
      )}
      {scored.length > 0 && (
        <p className="pack-muted">
          Health bands:{' '}
          {Object.entries(bands)
            .map(([band, n]) => `${bandLabels[band as keyof typeof bandLabels]} ${n}`)
            .join(', ')}
          .
        </p>
      )}
    </section>
  );
}
