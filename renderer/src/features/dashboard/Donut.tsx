export interface DonutSlice {
  key: string;
  name: string;
  value: number;
  /** A Mantine color with its shade, e.g. "teal.6". */
  color: string;
}

const cssColor = (color: string) => `var(--mantine-color-${color.replace('.', '-')})`;

/**
 * A donut of a few slices drawn as plain SVG: the health card is on the dashboard's first screen,
 * which should not wait for the charts library. Each slice names itself on hover.
 */
export function Donut({
  slices,
  size,
  thickness,
  label,
}: {
  slices: DonutSlice[];
  size: number;
  thickness: number;
  label: string;
}) {
  const shown = slices.filter((s) => s.value > 0);
  const total = shown.reduce((sum, s) => sum + s.value, 0);
  const radius = (size - thickness) / 2;
  const circumference = 2 * Math.PI * radius;
  const gap = shown.length > 1 ? 2 : 0;
  const centre = size / 2;
  const lengths = shown.map((s) => (total > 0 ? (s.value / total) * circumference : 0));
  const starts = lengths.map((_, i) => lengths.slice(0, i).reduce((sum, l) => sum + l, 0));
  return (
    <svg
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      style={{ display: 'block', margin: '0 auto' }}
      data-testid="donut"
    >
      <g transform={`rotate(-90 ${centre} ${centre})`}>
        {shown.map((s, i) => (
          <circle
            key={s.key}
            cx={centre}
            cy={centre}
            r={radius}
            fill="none"
            stroke={cssColor(s.color)}
            strokeWidth={thickness}
            strokeDasharray={`${Math.max((lengths[i] ?? 0) - gap, 0.5)} ${circumference}`}
            strokeDashoffset={-(starts[i] ?? 0)}
          >
            <title>{`${s.name}: ${s.value}`}</title>
          </circle>
        ))}
      </g>
      <text
        x={centre}
        y={centre}
        textAnchor="middle"
        dominantBaseline="central"
        fill="var(--mantine-color-text)"
        fontSize={14}
        fontWeight={500}
      >
        {label}
      </text>
    </svg>
  );
}
