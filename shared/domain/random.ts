// Seeded randomness for reproducible simulations: the same seed always gives the same figures,
// so a forecast band in a printed pack can be regenerated exactly.

export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): one 32-bit state word, a few integer
 * operations per draw, period 2^32, and good enough statistical quality for Monte Carlo
 * (it passes gjrand's tests at this size). Not for anything security-related.
 * Returns floats in [0, 1).
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface RangeEstimate {
  min: number;
  mode: number;
  max: number;
}

export function checkRangeEstimate(name: string, { min, mode, max }: RangeEstimate): void {
  if (![min, mode, max].every(Number.isFinite) || !(min <= mode && mode <= max)) {
    throw new RangeError(
      `${name}: need minimum ≤ most likely ≤ maximum, got ${min}, ${mode}, ${max}`,
    );
  }
}

/** Triangular distribution by inverse transform: one uniform draw per sample. */
export function sampleTriangular(random: Random, { min, mode, max }: RangeEstimate): number {
  const span = max - min;
  if (span === 0) return min;
  const u = random();
  const split = (mode - min) / span;
  return u < split
    ? min + Math.sqrt(u * span * (mode - min))
    : max - Math.sqrt((1 - u) * span * (max - mode));
}

/** Standard normal by Box–Muller; 1 − u keeps the logarithm's argument in (0, 1]. */
export function sampleStandardNormal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 use the u^(1/shape) boost. */
export function sampleGamma(random: Random, shape: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1) * Math.pow(1 - random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleStandardNormal(random);
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = 1 - random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

export function sampleBeta(random: Random, alpha: number, beta: number): number {
  const x = sampleGamma(random, alpha);
  const y = sampleGamma(random, beta);
  return x / (x + y);
}

/**
 * PERT: a Beta distribution rescaled to [min, max] with its mode at `mode` and shape weight 4,
 * so the mean is (min + 4·mode + max) ÷ 6. Smoother tails than the triangular for the same
 * three-point estimate, which is what people usually mean by "most likely".
 */
export function samplePert(random: Random, { min, mode, max }: RangeEstimate): number {
  const span = max - min;
  if (span === 0) return min;
  const alpha = 1 + (4 * (mode - min)) / span;
  const beta = 1 + (4 * (max - mode)) / span;
  return min + sampleBeta(random, alpha, beta) * span;
}
