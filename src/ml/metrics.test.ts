import { describe, expect, it } from 'vitest';
import { accuracy, auc, logLoss, rmse, scoreBinary } from './metrics.ts';

describe('metrics', () => {
  it('AUC counts positive-over-negative pairs', () => {
    // Pairs (positive score, negative score): (0.35, 0.1) win, (0.35, 0.4) loss,
    // (0.8, 0.1) win, (0.8, 0.4) win -> 3 of 4.
    expect(auc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 12);
  });

  it('AUC counts a tied pair as one half', () => {
    // Positive 0.5 vs negatives 0.5 (tie, 1/2) and 0.2 (win): (0.5 + 1) / 2.
    expect(auc([1, 0, 0], [0.5, 0.5, 0.2])).toBeCloseTo(0.75, 12);
    expect(auc([1, 0, 1, 0], [0.3, 0.3, 0.3, 0.3])).toBeCloseTo(0.5, 12);
  });

  it('AUC is 1 for a perfect ranking, 0 for a reversed one and NaN with one class', () => {
    expect(auc([0, 1, 1], [0.2, 0.7, 0.9])).toBe(1);
    expect(auc([1, 0], [0.2, 0.7])).toBe(0);
    expect(auc([1, 1], [0.2, 0.7])).toBeNaN();
  });

  it('accuracy thresholds at 0.5', () => {
    expect(accuracy([1, 0, 1, 0], [0.9, 0.6, 0.5, 0.1])).toBeCloseTo(0.75, 12);
  });

  it('RMSE and log loss match hand computation', () => {
    // Errors 0.2 and 0.4: sqrt((0.04 + 0.16) / 2) = sqrt(0.1).
    expect(rmse([1, 0], [0.8, 0.4])).toBeCloseTo(Math.sqrt(0.1), 12);
    // -(ln 0.8 + ln 0.6) / 2
    expect(logLoss([1, 0], [0.8, 0.4])).toBeCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, 12);
    // A certain miss is clipped to a finite loss.
    expect(Number.isFinite(logLoss([1], [0]))).toBe(true);
  });

  it('scoreBinary reports the count and rejects mismatched lengths', () => {
    expect(scoreBinary([1, 0, 1], [0.9, 0.2, 0.6]).n).toBe(3);
    expect(() => scoreBinary([1], [0.5, 0.5])).toThrow(/differ in length/);
  });
});
