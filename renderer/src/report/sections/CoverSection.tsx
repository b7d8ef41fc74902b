import type { PackData } from '../../../../shared/contract/index.ts';
import { formatDate, formatPeriod } from '../pack-format.ts';

export function CoverSection({ data }: { data: PackData }) {
  const logo = data.logo ? `data:${data.logo.mimeType};base64,${data.logo.base64}` : null;
  return (
    <section className="pack-section pack-cover" data-testid="pack-cover">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start' }}>
        {logo ? (
          <img className="pack-cover-logo" src={logo} alt="" />
        ) : (
          <span className="pack-muted">{data.orgName}</span>
        )}
        {data.confidentiality && <span className="pack-confidential">{data.confidentiality}</span>}
      </div>
      <div className="pack-cover-band">
        <div className="pack-cover-kicker">Steering committee · governance pack</div>
        <h1>{data.programName || 'Partnership program'}</h1>
        <div className="pack-cover-client">Prepared for {data.clientName}</div>
      </div>
      <dl className="pack-cover-meta">
        <div>
          <dt>Reporting period</dt>
          <dd>{formatPeriod(data.period)}</dd>
        </div>
        <div>
          <dt>Prepared by</dt>
          <dd>{data.orgName}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDate(data.generatedAt)}</dd>
        </div>
      </dl>
    </section>
  );
}
