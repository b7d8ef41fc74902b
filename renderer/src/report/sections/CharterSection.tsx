import { reviewCadenceLabels, type PackData } from '../../../../shared/contract/index.ts';
import { formatDate } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

type CharterEntry = PackData['charters'][number];

function Cadence({ draft }: { draft: CharterEntry['draft'] }) {
  const parts = [
    draft.checkInCadence ? `${reviewCadenceLabels[draft.checkInCadence]} check-in` : null,
    draft.quarterlyReview ? 'quarterly business review' : null,
    draft.annualAudit ? 'annual audit' : null,
  ].filter(Boolean);
  return (
    <>
      {parts.length > 0 ? (
        parts.join(', ')
      ) : (
        <span className="pack-overdue">No review cadence set</span>
      )}
    </>
  );
}

function CharterBlock({ entry }: { entry: CharterEntry }) {
  const { draft, latest } = entry;
  return (
    <div style={{ marginBottom: '8mm' }}>
      <h3 style={{ fontSize: '12pt', marginBottom: '1mm' }}>{entry.title}</h3>
      <p className="pack-muted" style={{ margin: '0 0 3mm' }}>
        {latest
          ? `Version ${latest.version}, approved ${formatDate(latest.approvedOn)} by ${latest.approvedBy}`
          : 'Draft, not yet approved'}
      </p>
      <div className="pack-two-col">
        <div className="pack-block">
          <h3>Strategic intent</h3>
          <div>{draft.strategicIntent || '—'}</div>
        </div>
        <div className="pack-block">
          <h3>Shared definition of success</h3>
          <div>
            {draft.successDefinition || <span className="pack-overdue">Not agreed yet</span>}
          </div>
        </div>
        <div className="pack-block">
          <h3>Meeting cadence</h3>
          <Cadence draft={draft} />
        </div>
        <div className="pack-block">
          <h3>Escalation path</h3>
          {draft.escalation.length === 0 ? (
            '—'
          ) : (
            <ol style={{ margin: 0, paddingLeft: '5mm' }}>
              {draft.escalation.map((level) => (
                <li key={level.key}>
                  {level.who} <span className="pack-muted">within {level.responseTime}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      {draft.members.length > 0 && (
        <div className="pack-figure">
          <h3 style={{ fontSize: '10.5pt', marginBottom: '2mm' }}>
            Committee and decision rights (RACI)
          </h3>
          <table className="pack-table">
            <thead>
              <tr>
                <th>Decision</th>
                {draft.members.map((m) => (
                  <th key={m.key}>
                    {m.name}
                    <div style={{ textTransform: 'none', letterSpacing: 0 }}>
                      {[m.role, m.side === 'ours' ? 'us' : 'partner'].filter(Boolean).join(', ')}
                    </div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {draft.decisions.map((d) => (
                <tr key={d.key}>
                  <td>{d.decision}</td>
                  {draft.members.map((m) => (
                    <td key={m.key} style={{ textAlign: 'center', fontWeight: 700 }}>
                      {d.roles[m.key] ?? ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export function CharterSection({ data, number }: { data: PackData; number: number }) {
  return (
    <section className="pack-section">
      <SectionHeading
        id="charter"
        number={number}
        title="Governance charter"
        lead="Who decides what, how often both sides meet, and where disagreements go."
      />
      {data.charters.map((entry) => (
        <CharterBlock key={entry.title} entry={entry} />
      ))}
    </section>
  );
}
