import {
  actionStatusLabels,
  decisionKindLabels,
  type PackData,
} from '../../../../shared/contract/index.ts';
import { formatDate } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

export function ActionsSection({ data, number }: { data: PackData; number: number }) {
  const { open, decisions } = data.actions;
  const overdue = open.filter((a) => a.overdue).length;
  return (
    <section className="pack-section">
      <SectionHeading
        id="actions"
        number={number}
        title="Actions and decisions"
        lead={`${open.length} open actions, ${overdue} overdue; ${decisions.length} decisions logged in the quarter to ${data.period}.`}
      />
      {open.length > 0 && (
        <div className="pack-figure">
          <h3 style={{ fontSize: '10.5pt', marginBottom: '2mm' }}>Open actions</h3>
          <table className="pack-table">
            <thead>
              <tr>
                <th>Action</th>
                <th>Partner</th>
                <th>Owner</th>
                <th>Due</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {open.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.title}
                    {a.meetingLabel && <div className="pack-muted">{a.meetingLabel}</div>}
                  </td>
                  <td>{a.partnerName ?? 'Program'}</td>
                  <td>{a.owner || '—'}</td>
                  <td className={a.overdue ? 'pack-overdue' : undefined}>
                    {a.dueDate ? formatDate(a.dueDate) : '—'}
                    {a.overdue && ' (overdue)'}
                  </td>
                  <td>{actionStatusLabels[a.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {decisions.length > 0 && (
        <div>
          <h3 style={{ fontSize: '10.5pt', marginBottom: '2mm' }}>Decisions log</h3>
          <table className="pack-table">
            <thead>
              <tr>
                <th>Date</th>
                <th>Decision</th>
                <th>Kind</th>
                <th>Partner</th>
                <th>Decided by</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((d) => (
                <tr key={d.id}>
                  <td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.date)}</td>
                  <td>
                    {d.decision}
                    {d.rationale && <div className="pack-muted">{d.rationale}</div>}
                  </td>
                  <td>{decisionKindLabels[d.kind]}</td>
                  <td>{d.partnerName ?? 'Program'}</td>
                  <td>{d.decidedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
