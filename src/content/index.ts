/**
 * The content layer's public surface: the pack format, loading and checking, answer checking,
 * generators, and what the Settings import calls. Rendering (DOM-dependent) is in ./render/.
 */
export { PACK_FORMAT, PackSchema, ItemSchema } from './schema.ts';
export type {
  Pack, Skill, Lesson, Alignment, Item, ItemType, GeneratorSpec, Credential, Stack,
  MultipleChoiceItem, NumericItem, FractionItem, ShortTextItem, OrderingItem, FormulaItem,
} from './schema.ts';
export type { Cell, Table } from './table-schema.ts';
export type { Problem } from './problems.ts';
export { validatePack, packStats, type PackCheck, type PackStats } from './load.ts';
export { preparePackForInstall, planUpgrade, compareVersions, type PreparedPack, type UpgradePlan } from './install.ts';
export { checkSkillGraph } from './graph.ts';
export type { SkillNode } from './graph.ts';
export { checkAnswer, expectedResponse, hintsUpTo, type CheckOptions, type CheckResult, type LearnerResponse } from './items/check.ts';
export { localizePack, localizeItem, localizeSkill, localizeCredential, translationFor, sameLanguage, baseLanguage } from './l10n/localize.ts';
export { localeCoverage, itemCoverage, packLocales } from './l10n/coverage.ts';
export { allowsSeveral } from './items/multiple-choice.ts';
export { initialOrder, moveEntry } from './items/ordering.ts';
export { generateItem, GENERATOR_KINDS } from './generators/registry.ts';
export { Sheet, evaluateFormula } from './formula/evaluate.ts';
export { toLocaleFormula, canonicalFormula } from './formula/translate.ts';
export { SPANISH_FUNCTION_NAMES, localConstant, localFunctionName, formulaLocale, type FormulaLocale } from './formula/function-names.ts';
export { readAloudText } from './render/read-aloud.ts';
