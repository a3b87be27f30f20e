/** Moved to src/ml/simulator so the browser worker and these Node CLIs share one copy. */
export * from '../../src/ml/simulator/learner.ts';
