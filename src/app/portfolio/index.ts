/**
 * Portfolio: the portable zip a learner takes anywhere, and reading one back.
 *
 * Owns the portfolio format (portfolio-format.ts), export (portfolio-export.ts, portfolio-html.ts),
 * reading and import planning (portfolio-reader.ts, portfolio-service.ts), and the command-line
 * demo and verifier (demo-cli.ts, verify-cli.ts).
 * Offers: exportPortfolio, planPortfolioImport, commitPortfolioImport, readPortfolio.
 */
export { MAX_ZIP_BYTES } from './portfolio-format.ts';
export { commitPortfolioImport, exportPortfolio, planPortfolioImport } from './portfolio-service.ts';
export type { ImportPlan } from './portfolio-service.ts';
