/**
 * Answer noise that depends on the learner's general ability.
 *
 * A per-skill guess and slip treat every learner alike, but answers are not independent given
 * what a learner knows: a strong learner also guesses well on skills they have not mastered and
 * rarely slips on ones they have; a weak one the reverse. Left out, a strong learner's lucky
 * answers read as mastery of whole branches of the graph. So the placement also keeps a belief
 * over a few ability levels theta (equally likely quantiles of N(0, spread^2), in logits) and
 * answers come from
 *
 *   P(correct | mastered, theta)     = sigmoid(b_mastered + theta)
 *   P(correct | not mastered, theta) = sigmoid(b_unmastered + theta)
 *
 * with each skill's intercepts b chosen so that, averaged over the ability levels, the chances are
 * exactly the skill's 1 - slip and guess. Spread 0 is the plain guess/slip model.
 */

export interface ResponseNoiseLike {
  guess: number;
  slip: number;
}

export interface AbilityNoise {
  /** Ability levels in logits (equally likely a priori). */
  readonly thetas: Float64Array;
  /** P(correct) for skill s, ability level a, mastered bit m at [(s * levels + a) * 2 + m]. */
  readonly table: Float64Array;
  readonly levels: number;
}

export function abilityNoise(noise: readonly ResponseNoiseLike[], spread: number, levels = 5): AbilityNoise {
  const count = spread > 0 ? Math.max(1, Math.round(levels)) : 1;
  const thetas = Float64Array.from({ length: count }, (_, a) => (count === 1 ? 0 : spread * normalQuantile((a + 0.5) / count)));
  const table = new Float64Array(noise.length * count * 2);
  noise.forEach(({ guess, slip }, s) => {
    const unmastered = interceptFor(guess, thetas);
    const mastered = interceptFor(1 - slip, thetas);
    thetas.forEach((theta, a) => {
      table[(s * count + a) * 2] = sigmoid(unmastered + theta);
      table[(s * count + a) * 2 + 1] = sigmoid(mastered + theta);
    });
  });
  return { thetas, table, levels: count };
}

/** The intercept b with mean over thetas of sigmoid(b + theta) equal to `target` (bisection). */
export function interceptFor(target: number, thetas: Float64Array): number {
  const p = Math.min(1 - 1e-6, Math.max(1e-6, target));
  let low = -30, high = 30;
  for (let i = 0; i < 100; i++) {
    const mid = (low + high) / 2;
    let mean = 0;
    for (const theta of thetas) mean += sigmoid(mid + theta);
    if (mean / thetas.length < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Inverse of the standard normal CDF, by bisection on an erf approximation (enough for a few levels). */
export function normalQuantile(p: number): number {
  let low = -8, high = 8;
  for (let i = 0; i < 80; i++) {
    const mid = (low + high) / 2;
    if (normalCdf(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function normalCdf(x: number): number {
  // Abramowitz and Stegun 7.1.26, error below 1.5e-7.
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
