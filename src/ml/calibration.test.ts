import { describe, expect, it } from 'vitest';
import { calibration, reliabilityTable } from './calibration.ts';

describe('calibration', () => {
  it('is 0 for forecasts that come true at their stated rate, and bins by predicted probability', () => {
    const result = calibration([1, 0, 1, 1, 0, 0, 0, 0], [0.5, 0.5, 1, 1, 0, 0, 0.05, 0.05]);
    expect(result.ece).toBeCloseTo(0.05 * 2 / 8);
    expect(result.bins).toHaveLength(10);
    expect(result.bins[5]!.n).toBe(2);
    expect(result.bins[5]!.observed).toBe(0.5);
    expect(result.bins[9]!.n).toBe(2); // 1.0 falls in the last bin
    expect(result.bins[3]!.n).toBe(0);
    expect(reliabilityTable(result)).toHaveLength(12);
  });

  it('weights each bin gap by its share of forecasts', () => {
    // 0.9 forecasts, half right: gap 0.4 on all of them.
    expect(calibration([1, 0, 1, 0], [0.9, 0.9, 0.9, 0.9]).ece).toBeCloseTo(0.4);
  });
});
