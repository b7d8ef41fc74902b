import type { PackForecast } from '../../../../shared/contract/index.ts';
import { currencyFractionDigits } from '../../../../shared/domain/money.ts';
import { formatCompactMoney } from '../pack-format.ts';

const WIDTH = 680;
const HEIGHT = 250;
const LEFT = 58;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 40;

const colors = {
  actual: '#1b2333',
  base: '#284a86',
  scenario: '#7b93c4',
  scenarioBand: '#e8eef9',
  p10p90: '#b9c9ea',
};

/** Round axis steps: 1, 2 or 5 times a power of ten. */
function niceStep(max: number, ticks: number): number {
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

const shortMonth = (period: string) =>
  new Date(`${period}-01T00:00:00Z`).toLocaleString('en', { month: 'short', timeZone: 'UTC' });

type Point = [number, number];
const path = (points: readonly Point[]) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/**
 * Monthly revenue: recorded attributed revenue, then the forecast's base line inside the
 * conservative–optimistic band and, when computed, the P10–P90 band. Static SVG sized for print.
 */
export function ForecastChart({
  forecast,
  currency,
}: {
  forecast: PackForecast;
  currency: string;
}) {
  const { series } = forecast;
  const values = series.flatMap((m) =>
    [m.actual, m.conservative, m.base, m.optimistic, m.p10, m.p90].filter(
      (v): v is number => v !== null,
    ),
  );
  // At least five whole currency units tall, so a forecast of zeros still has a readable axis.
  const highest = Math.max(5 * 10 ** currencyFractionDigits(currency), ...values);
  const step = niceStep(highest, 5);
  const top = Math.ceil(highest / step) * step;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (series.length <= 1 ? 0 : (i * plotWidth) / (series.length - 1));
  const y = (v: number) => TOP + plotHeight - (v / top) * plotHeight;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const startIndex = series.findIndex((m) => m.period === forecast.startPeriod);

  const indexed = series.map((m, i) => ({ m, i }));
  const linePoints = (pick: (m: PackForecast['series'][number]) => number | null): Point[] =>
    indexed.flatMap(({ m, i }) => {
      const v = pick(m);
      return v === null ? [] : [[x(i), y(v)] as Point];
    });
  const area = (
    low: (m: PackForecast['series'][number]) => number | null,
    high: (m: PackForecast['series'][number]) => number | null,
  ) => {
    const upper = linePoints(high);
    const lower = linePoints(low).reverse();
    return upper.length > 1 ? `${path([...upper, ...lower])} Z` : '';
  };
  const actualRuns: Point[][] = [];
  let run: Point[] = [];
  for (const { m, i } of indexed) {
    if (m.actual === null) {
      if (run.length) actualRuns.push(run);
      run = [];
    } else run.push([x(i), y(m.actual)]);
  }
  if (run.length) actualRuns.push(run);
  const labelEvery = series.length > 24 ? 3 : 2;
  const hasBand = series.some((m) => m.p10 !== null);

  return (
    <figure className="pack-figure pack-chart">
      <svg
        width="100%"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${forecast.title}: monthly revenue by scenario over recorded actuals`}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={LEFT}
              x2={WIDTH - RIGHT}
              y1={y(t)}
              y2={y(t)}
              stroke={t === 0 ? '#8a93a3' : '#e3e7ee'}
            />
            <text x={LEFT - 6} y={y(t) + 3} fontSize="8.5" textAnchor="end" fill="#5c6370">
              {formatCompactMoney(t, currency)}
            </text>
          </g>
        ))}
        {series.map((m, i) =>
          i % labelEvery === 0 ? (
            <text
              key={m.period}
              x={x(i)}
              y={HEIGHT - BOTTOM + 13}
              fontSize="8"
              textAnchor="middle"
              fill="#5c6370"
            >
              {shortMonth(m.period)}
              {i === 0 || m.period.slice(0, 4) !== series[i - labelEvery]?.period.slice(0, 4) ? (
                <tspan x={x(i)} dy="10">
                  {m.period.slice(0, 4)}
                </tspan>
              ) : null}
            </text>
          ) : null,
        )}
        <path
          d={area(
            (m) => m.conservative,
            (m) => m.optimistic,
          )}
          fill={colors.scenarioBand}
        />
        {hasBand && (
          <path
            d={area(
              (m) => m.p10,
              (m) => m.p90,
            )}
            fill={colors.p10p90}
            opacity={0.8}
          />
        )}
        {startIndex > 0 && (
          <g>
            <line
              x1={x(startIndex)}
              x2={x(startIndex)}
              y1={TOP}
              y2={TOP + plotHeight}
              stroke="#8a93a3"
              strokeDasharray="2 3"
            />
            <text x={x(startIndex) + 4} y={TOP + 9} fontSize="8.5" fill="#5c6370">
              Forecast →
            </text>
            <text x={x(startIndex) - 4} y={TOP + 9} fontSize="8.5" fill="#5c6370" textAnchor="end">
              ← Recorded
            </text>
          </g>
        )}
        <path
          d={path(linePoints((m) => m.conservative))}
          fill="none"
          stroke={colors.scenario}
          strokeWidth={1.2}
          strokeDasharray="4 3"
        />
        <path
          d={path(linePoints((m) => m.optimistic))}
          fill="none"
          stroke={colors.scenario}
          strokeWidth={1.2}
          strokeDasharray="4 3"
        />
        <path
          d={path(linePoints((m) => m.base))}
          fill="none"
          stroke={colors.base}
          strokeWidth={2}
        />
        {actualRuns.map((points, i) => (
          <path key={i} d={path(points)} fill="none" stroke={colors.actual} strokeWidth={1.8} />
        ))}
        {linePoints((m) => m.actual).map(([px, py]) => (
          <circle key={`${px}`} cx={px} cy={py} r={2.2} fill={colors.actual} />
        ))}
      </svg>
      <figcaption className="pack-legend">
        <span>
          <i className="pack-swatch-line" style={{ background: colors.actual }} /> Recorded
          attributed revenue
        </span>
        <span>
          <i className="pack-swatch-line" style={{ background: colors.base }} /> Base
        </span>
        <span>
          <i className="pack-swatch-dash" style={{ borderColor: colors.scenario }} /> Conservative
          and optimistic
        </span>
        <span>
          <i className="pack-swatch" style={{ background: colors.scenarioBand }} /> Scenario band
        </span>
        {hasBand && (
          <span>
            <i className="pack-swatch" style={{ background: colors.p10p90 }} /> P10–P90
          </span>
        )}
      </figcaption>
    </figure>
  );
}
