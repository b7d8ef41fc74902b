import { activityKindLabels, type PackData } from '../../../../shared/contract/index.ts';
import { formatMoney } from '../../../../shared/domain/money.ts';
import { formatDate } from '../pack-format.ts';
import { SectionHeading } from './SectionHeading.tsx';

export function CalendarSection({ data, number }: { data: PackData; number: number }) {
  const names = new Map(data.partners.map((p) => [p.id, p.name]));
  const { activities } = data.calendar;
  const budget = activities.reduce((sum, a) => sum + a.budgetMinor, 0);
  return (
    <section className="pack-section">
      <SectionHeading
        id="calendar"
        number={number}
        title="Joint marketing calendar, next 90 days"
        lead={`${activities.length} activities from ${formatDate(data.calendar.from)} to ${formatDate(data.calendar.to)}, ${formatMoney(budget, data.currency, 'en')} of budget in total.`}
      />
      <table className="pack-table">
        <thead>
          <tr>
            <th>Dates</th>
            <th>Activity</th>
            <th>Partners</th>
            <th>Channel · audience</th>
            <th>Owner</th>
            <th style={{ textAlign: 'right' }}>Budget</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(a.startDate)}
                {a.endDate !== a.startDate && (
                  <div className="pack-muted">to {formatDate(a.endDate)}</div>
                )}
              </td>
              <td>
                <strong>{a.title}</strong>
                <div className="pack-muted">{activityKindLabels[a.kind]}</div>
              </td>
              <td>{a.partnerIds.map((id) => names.get(id) ?? '—').join(', ') || '—'}</td>
              <td>{[a.channel, a.audience].filter(Boolean).join(' · ') || '—'}</td>
              <td>{a.owner || '—'}</td>
              <td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                {formatMoney(a.budgetMinor, data.currency, 'en')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
