import { SectionHeading } from './SectionHeading.tsx';

/** Definitions of every figure in the pack, in our own words. */
const definitions: [string, string][] = [
  [
    'Partner fit score',
    'A weighted average of seven criteria scored 1 to 5, rescaled so that all 1s give 0 and all 5s give 100. 70 or more is a go, 50 to 69 is conditional, below 50 is no-go; a direct competitor or a values conflict is always no-go.',
  ],
  [
    'Risk score and band',
    'Likelihood (1–5) multiplied by impact (1–5). Low is 1–4, medium 5–9, high 10–15 and critical 16–25. The residual score uses the likelihood and impact expected after mitigation.',
  ],
  [
    'Attainment',
    'Actual divided by target, or target divided by actual where lower is better, capped at 150 %.',
  ],
  [
    'Scorecard score',
    'The weighted mean attainment of the criteria that have data, times 100: 100 means on target and 150 is the highest possible. A criterion without data is shown as missing and left out, never counted as zero.',
  ],
  [
    'Suggested tier',
    "The tier the scorecard score reaches on the workbook's thresholds. It is a suggestion: the assigned tier is decided by people.",
  ],
  [
    'Health index',
    'A 0–100 blend of governance completeness, KPI attainment, risk exposure, activity recency and effort balance. 70 and above is healthy, 50–69 needs watching, below 50 is at risk.',
  ],
  [
    'KPI roll-up',
    'Operational KPIs feed tactical ones, which feed strategic ones. A parent takes the weighted mean of the attainment of its children that have figures; a child without a figure is left out, not counted as zero. A parent none of whose children has a figure uses its own actual against its own target.',
  ],
  [
    'Forecast scenarios and the P10–P90 band',
    "The base forecast runs the plan's funnel month by month: leads, qualification and close rates, deal value and recurring revenue, with ramp-up, growth and seasonality. The conservative and optimistic scenarios multiply those inputs by the workbook's factors. The band comes from 1,000 simulated runs that draw the uncertain inputs from their ranges with a fixed seed: eight runs in ten fall between P10 and P90.",
  ],
  [
    'Trackable and directional revenue',
    'Trackable revenue is attributed to the partnership by a referral, a code or a deal record. Directional revenue is influenced by it, weighted by an agreed factor. They are shown side by side and never added together.',
  ],
  [
    'Customer acquisition cost (CAC)',
    'Acquisition spend divided by the number of new customers it brought.',
  ],
  [
    'Customer lifetime value (CLV)',
    'Monthly revenue per customer times gross margin, divided by monthly churn.',
  ],
  ['Return on investment (ROI)', 'Revenue minus cost, divided by cost.'],
  ['Payback months', 'CAC divided by the monthly gross margin one customer brings.'],
  [
    'RACI',
    'For each decision: who is Responsible for doing the work, the single person Accountable for the outcome, who is Consulted and who is Informed.',
  ],
  [
    'Quarterly business review (QBR)',
    'A meeting of both sides every quarter to look back at results against the shared definition of success and decide whether to renew, adjust, expand or exit.',
  ],
];

export function AppendixSection({ number }: { number: number }) {
  return (
    <section className="pack-section">
      <SectionHeading
        id="appendix"
        number={number}
        title="Appendix: definitions"
        lead="How the figures in this pack are worked out."
      />
      <dl className="pack-definitions">
        {definitions.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
