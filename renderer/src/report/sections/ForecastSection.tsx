import {
  scenarioLabels,
  scenarioNames,
  type PackData,
  type PackForecast,
  type ScenarioSet,
} from '../../../../shared/contract/index.ts';
import { formatDate, formatPackMoney, formatPeriod } from '../pack-format.ts';
import { ForecastChart } from './ForecastChart.tsx';
import { SectionHeading } from './SectionHeading.tsx';

const times = (v: number) => `×${Number(v.toFixed(2))}`;

function multipliersText(m: ScenarioSet[keyof ScenarioSet]): string {
  return `leads ${times(m.leads)}, conversion ${times(m.conversion)}, value ${times(m.value)}, churn ${times(m.churn)}`;
}

function ForecastBlock({ forecast, currency }: { forecast: PackForecast; currency: string }) {
  const last = forecast.series.at(-1)?.period ?? forecast.startPeriod;
  const money = (v: number | null) => formatPackMoney(v, currency);
  const base = forecast.totals.base;
  const vsBase = (v: number) =>
    base === 0
      ? '—'
      : `${v >= base ? '+' : '−'}${Math.abs(Math.round(((v - base) / base) * 100))} %`;
  return (
    <div className="pack-forecast">
      <div className="pack-block">
        <h3>{forecast.title}</h3>
        <p className="pack-muted" style={{ margin: '0 0 3mm' }}>
          {forecast.months} months, {formatPeriod(forecast.startPeriod)} to {formatPeriod(last)};
          saved {formatDate(forecast.savedAt)}. Monthly revenue, with the twelve recorded months
          before it.
        </p>
        <ForecastChart forecast={forecast} currency={currency} />
      </div>
      <table className="pack-table pack-forecast-totals">
        <thead>
          <tr>
            <th>Scenario</th>
            <th>Assumptions against the plan</th>
            <th className="pack-num">Revenue over {forecast.months} months</th>
            <th className="pack-num">Against base</th>
          </tr>
        </thead>
        <tbody>
          {scenarioNames.map((name) => (
            <tr key={name}>
              <td>
                <strong>{scenarioLabels[name]}</strong>
              </td>
              <td className="pack-muted">{multipliersText(forecast.multipliers[name])}</td>
              <td className="pack-num">{money(forecast.totals[name])}</td>
              <td className="pack-num">{name === 'base' ? '' : vsBase(forecast.totals[name])}</td>
            </tr>
          ))}
          {forecast.band && (
            <tr>
              <td>
                <strong>P10–P90</strong>
              </td>
              <td className="pack-muted">
                {forecast.band.trials.toLocaleString('en')} simulated trials of the uncertainty
                ranges (seed {forecast.band.seed}); median {money(forecast.band.total.p50)}
              </td>
              <td className="pack-num">
                {money(forecast.band.total.p10)} to {money(forecast.band.total.p90)}
              </td>
              <td className="pack-num">
                {vsBase(forecast.band.total.p10)} to {vsBase(forecast.band.total.p90)}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function RevenueTable({ data }: { data: PackData }) {
  const { rows, quarter, year } = data.revenue;
  const money = (v: number | null) => formatPackMoney(v, data.currency);
  const total = (pick: (r: (typeof rows)[number]) => number | null) => {
    const present = rows.map(pick).filter((v): v is number => v !== null);
    return present.length ? present.reduce((a, b) => a + b, 0) : null;
  };
  const unlisted = data.partners.length - rows.length;
  return (
    <div className="pack-revenue" data-testid="pack-revenue">
      <div className="pack-block" style={{ marginBottom: '2mm' }}>
        <h3>Trackable and influenced revenue</h3>
        <p className="pack-muted" style={{ margin: 0 }}>
          Trackable revenue is attributed to the partnership (a referral, a code, a registered
          deal); influenced revenue is revenue it helped win. The two overlap, so they are shown
          side by side and never added together. A dash means nothing was recorded.
        </p>
      </div>
      <table className="pack-table">
        <thead>
          <tr>
            <th rowSpan={2}>Partnership</th>
            <th colSpan={2} className="pack-num pack-group">
              Quarter: {formatPeriod(quarter.from)} – {formatPeriod(quarter.to)}
            </th>
            <th colSpan={2} className="pack-num pack-group">
              Twelve months: {formatPeriod(year.from)} – {formatPeriod(year.to)}
            </th>
          </tr>
          <tr>
            <th className="pack-num">Trackable</th>
            <th className="pack-num">Influenced</th>
            <th className="pack-num">Trackable</th>
            <th className="pack-num">Influenced</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.partnerId}>
              <td>{r.partnerName}</td>
              <td className="pack-num">{money(r.quarterAttributed)}</td>
              <td className="pack-num pack-muted">{money(r.quarterInfluenced)}</td>
              <td className="pack-num">{money(r.yearAttributed)}</td>
              <td className="pack-num pack-muted">{money(r.yearInfluenced)}</td>
            </tr>
          ))}
          <tr className="pack-total-row">
            <td>All listed partnerships</td>
            <td className="pack-num">{money(total((r) => r.quarterAttributed))}</td>
            <td className="pack-num">{money(total((r) => r.quarterInfluenced))}</td>
            <td className="pack-num">{money(total((r) => r.yearAttributed))}</td>
            <td className="pack-num">{money(total((r) => r.yearInfluenced))}</td>
          </tr>
        </tbody>
      </table>
      {unlisted > 0 && (
        <p className="pack-muted">
          {unlisted} partnership{unlisted === 1 ? ' has' : 's have'} no revenue recorded in the
          twelve months and {unlisted === 1 ? 'is' : 'are'} not listed.
        </p>
      )}
    </div>
  );
}

/** The forecast in its three scenarios over the actuals, then trackable against influenced revenue. */
export function ForecastSection({ data, number }: { data: PackData; number: number }) {
  const banded = data.forecasts.some((f) => f.band);
  return (
    <section className="pack-section">
      <SectionHeading
        id="forecast"
        number={number}
        title="Forecast"
        lead={
          data.forecasts.length > 0
            ? `Saved forecasts in three scenarios: the conservative and optimistic lines apply the workbook's multipliers to the plan's inputs.${banded ? ' The darker band holds 80 % of simulated outcomes (P10 to P90).' : ''}`
            : 'No forecast is saved yet; the recorded revenue follows.'
        }
      />
      {data.forecasts.map((f) => (
        <ForecastBlock key={f.partnerId ?? 'program'} forecast={f} currency={data.currency} />
      ))}
      {data.revenue.rows.length > 0 && <RevenueTable data={data} />}
    </section>
  );
}
