/**
 * bench:journey — a learner's whole journey through the app's own code, without the UI: the
 * placement check (PlacementSession), practice sessions (PracticeSession, the tutor policy, the
 * evidence-based mastery rule), and the credential offers, Today's and Goals' progress, all on
 * the in-memory store, with each pack's shipped DKT (tfjs on the wasm backend).
 *
 * Learners:
 * - scripted: always right, always wrong, and a guesser (a random choice on multiple-choice and
 *   ordering items, a wrong typed answer on the others);
 * - simulated (src/ml/simulator, the populations bench:policy uses), half of them after placement.
 * Sittings are SESSION_ANSWERS answers, one a day; each learner's goal is the pack's first
 * credential, as onboarding offers.
 *
 * Ends with ONE JSON line (issue 14): answers_to_credential, credentials_always_wrong,
 * credentials_guesser, contradictions, false_mastery_rate, dry_runs, repeats_in_session,
 * readiness_disagreements, dkt_drop_after_correct, skills_unreachable. Options: --learners N
 * (simulated learners per population and pack, default 10); --offset K (start at learner K, so a
 * setting can be tried on learners other than the ones the default run reports; default 0).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { useWasmBackend } from '../models/wasm-backend.ts';
import { indexSkillGraph } from '../models/simulator/skill-graph.ts';
import { DEFAULT_SIMULATOR_PARAMETERS } from '../models/simulator/parameters.ts';
import { SimulatedLearner, normal } from '../models/simulator/learner.ts';
import { seededRandom } from '../src/ml/seeded-random.ts';
import type { Pack } from '../src/content/schema.ts';
import type { Attempt, SkillState } from '../src/data/records.ts';
import { localDay } from '../src/data/day.ts';
import { parsePlacementCalibration, type PlacementCalibration } from '../src/app/placement/placement-calibration.ts';
import { DEFAULT_ESTIMATE_LINE } from '../src/app/practice/index.ts';
import { guessResponse, loadShippedModel, readBuiltPack, rightResponse, wrongResponse, type ModelStepLog, type ShippedModel } from './journey-model.ts';
import { T0, runJourney, type JourneyLearner, type JourneyResult } from './journey-run.ts';
import { DEFAULT_POLICY_BENCH_CONFIG } from './policy-config.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { learners: { type: 'string' }, offset: { type: 'string' } } });
const PACKS = ['fractions-3-6', 'spreadsheet-formulas'] as const;
const SESSION_ANSWERS = 15;
/** Answers on one skill an always-right learner may need (issue 14: skills_unreachable). */
const REACH_BUDGET = 15;
const SCRIPTED_BUDGET = 150;
const SIMULATED_BUDGET = 120;
const count = (text: string | undefined, fallback: number, name: string): number => {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (Number.isSafeInteger(value) && value >= 0) return value;
  console.error(`--${name} takes a whole number of learners, not "${text}"`);
  process.exit(2);
};
const LEARNERS = count(args.learners, 10, 'learners');
const OFFSET = count(args.offset, 0, 'offset');

interface PackSetup {
  pack: Pack;
  shipped: ShippedModel;
  calibration: PlacementCalibration | null;
}

function setup(packId: string): PackSetup {
  const pack = readBuiltPack(repoRoot, packId);
  const modelDir = path.join(repoRoot, 'models', 'packs', packId);
  const shipped = loadShippedModel(modelDir);
  let calibration: PlacementCalibration | null = null;
  try {
    calibration = parsePlacementCalibration(JSON.parse(readFileSync(path.join(modelDir, 'placement.json'), 'utf8')), pack);
  } catch (error) {
    console.log(`  ${packId}: placement calibration not used (${(error as Error).message})`);
  }
  return { pack, shipped, calibration };
}

const scripted = (respond: JourneyLearner['respond']): JourneyLearner => ({ respond });

async function scriptedRuns(s: PackSetup) {
  const goalSkillIds = s.pack.credentials![0]!.requires.skills;
  const base = { pack: s.pack, shipped: s.shipped, sessionAnswers: SESSION_ANSWERS, goalSkillIds };
  const right = await runJourney({ ...base, learner: scripted((item) => rightResponse(item)), maxAnswers: 300, stopAtFirstCredential: true, seedBase: 1 });
  const wrong = await runJourney({ ...base, learner: scripted((item) => wrongResponse(item)), maxAnswers: SCRIPTED_BUDGET, stopAtFirstCredential: false, seedBase: 2 });
  const random = seededRandom(17);
  const guesser = await runJourney({ ...base, learner: scripted((item) => guessResponse(item, random)), maxAnswers: SCRIPTED_BUDGET, stopAtFirstCredential: false, seedBase: 3 });
  return { right, wrong, guesser };
}

/** Every skill, with its prerequisites already mastered: can 15 right answers master it? */
async function unreachableSkills(s: PackSetup, runLog?: ModelStepLog[]): Promise<string[]> {
  const byId = new Map(s.pack.skills.map((skill) => [skill.id, skill]));
  const unreachable: string[] = [];
  for (const skill of s.pack.skills) {
    const needed = new Set<string>();
    const visit = (id: string): void => {
      for (const p of byId.get(id)?.prerequisites ?? []) if (!needed.has(p)) { needed.add(p); visit(p); }
    };
    visit(skill.id);
    const attempts: Attempt[] = [];
    const states: SkillState[] = [];
    let n = 0;
    for (const prerequisite of s.pack.skills.filter((candidate) => needed.has(candidate.id))) {
      for (let k = 0; k < 4; k++) {
        const answeredAt = T0 - 10 * 86_400_000 + n++ * 60_000;
        attempts.push({ id: `a${n}`, learnerId: 'bench', packId: s.pack.id, skillId: prerequisite.id, skillIds: [prerequisite.id], itemId: `${prerequisite.id}#${k}`, response: 'x', correct: true, hintsUsed: 0, durationMs: 60_000, startedAt: answeredAt - 60_000, answeredAt, sessionId: `pre${k % 2}`, day: localDay(answeredAt) });
      }
      states.push({ id: `s-${prerequisite.id}`, learnerId: 'bench', skillId: prerequisite.id, packId: s.pack.id, estimate: 0.9, masteryLevel: 'mastered', evidence: { attempts: 4, correct: 4 }, reviewCard: null, updatedAt: T0 - 86_400_000 });
    }
    const result = await runJourney({
      pack: s.pack, shipped: s.shipped, learner: scripted((item) => rightResponse(item)), sessionAnswers: 5, maxAnswers: REACH_BUDGET,
      goalSkillIds: [skill.id], learnerChoice: skill.id, stopAtFirstCredential: false, seed: { attempts, states }, seedBase: 4, ...(runLog ? { modelLog: runLog } : {}),
    });
    if (result.levels.get(skill.id) !== 'mastered') unreachable.push(skill.id);
  }
  return unreachable;
}

async function simulatedRuns(s: PackSetup, modelLog: ModelStepLog[]): Promise<JourneyResult[]> {
  const graph = indexSkillGraph(s.pack);
  const skillRandom = seededRandom(s.shipped.metadata.simulator.trainCohort.skillSeed ?? 0);
  const standard = Float64Array.from(graph.ids, () => normal(skillRandom));
  const index = new Map(graph.ids.map((id, i) => [id, i]));
  const results: JourneyResult[] = [];
  for (const population of DEFAULT_POLICY_BENCH_CONFIG.populations) {
    const params = { ...DEFAULT_SIMULATOR_PARAMETERS, ...s.shipped.metadata.simulator.parameters, ...population.parameters };
    const difficulty = standard.map((d) => d * params.difficultySd);
    for (let l = OFFSET; l < OFFSET + LEARNERS; l++) {
      const random = seededRandom(population.seed * 100_003 + l);
      const simulated = new SimulatedLearner(graph, difficulty, params, random);
      const learner: JourneyLearner = {
        respond(item, skillId, day, placement) {
          const i = index.get(skillId)!;
          // Placement gives no feedback, so the learner does not learn from it.
          const correct = placement ? random() < simulated.probabilityCorrect(i, day) : simulated.answer(i, day, random);
          return correct ? rightResponse(item) : wrongResponse(item);
        },
        trueChance: (skillId, day) => simulated.probabilityCorrect(index.get(skillId)!, day),
      };
      results.push(await runJourney({
        pack: s.pack, shipped: s.shipped, learner, sessionAnswers: SESSION_ANSWERS, maxAnswers: SIMULATED_BUDGET,
        goalSkillIds: s.pack.credentials![0]!.requires.skills, stopAtFirstCredential: false, seedBase: 100 + l,
        ...(l % 2 === 0 ? { placement: { calibration: s.calibration, seed: l } } : {}),
        ...(s.pack.id === 'fractions-3-6' ? { modelLog } : {}),
      }));
    }
  }
  return results;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The 95% Wilson score interval of a share k of n: how far a rate from few events can be trusted. */
function wilsonInterval(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.96;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(`backend: ${await useWasmBackend()}; ${SESSION_ANSWERS} answers a sitting, one sitting a day`);
  const answersToCredential: Record<string, number | null> = {};
  const all: JourneyResult[] = [];
  let credentialsWrong = 0;
  let credentialsGuesser = 0;
  let unreachable = 0;
  const modelLog: ModelStepLog[] = [];
  /** Long runs of right answers on one skill (the issue's measurement of the model). */
  const runLog: ModelStepLog[] = [];
  const simulatedAll: JourneyResult[] = [];
  for (const packId of PACKS) {
    const s = setup(packId);
    const first = s.pack.credentials![0]!;
    console.log(`${packId}: first credential "${first.name}" (${first.requires.skills.length} skills at ${first.requires.level}); estimate lines: ${s.shipped.estimateLines ? 'from metadata.json' : `none shipped, default ${DEFAULT_ESTIMATE_LINE}`}`);
    const { right, wrong, guesser } = await scriptedRuns(s);
    answersToCredential[packId] = right.firstCredentialAt;
    credentialsWrong += wrong.credentialsMet;
    credentialsGuesser += guesser.credentialsMet;
    console.log(`  always right: credential after ${right.firstCredentialAt ?? 'never (300 answers)'} answers; always wrong: ${wrong.credentialsMet} credentials in ${wrong.answers}; guesser: ${guesser.credentialsMet} in ${guesser.answers}`);
    const missing = await unreachableSkills(s, packId === 'fractions-3-6' ? runLog : undefined);
    unreachable += missing.length;
    console.log(`  skills not mastered within ${REACH_BUDGET} right answers (prerequisites mastered): ${missing.length}${missing.length ? ` (${missing.join(', ')})` : ''}`);
    const simulated = await simulatedRuns(s, modelLog);
    simulatedAll.push(...simulated);
    const mastered = simulated.flatMap((r) => r.masteredTrueChances);
    const placed = simulated.flatMap((r) => r.placedTrueChances);
    console.log(`  simulated: ${simulated.length} learners, ${sum(simulated.map((r) => r.answers))} answers; shown Mastered ${mastered.length} times, true P(correct) < 0.8 in ${mastered.filter((p) => p < 0.8).length}; placed proficient ${placed.length}, true P < 0.8 in ${placed.filter((p) => p < 0.8).length}; first credential met by ${simulated.filter((r) => r.firstCredentialAt !== null).length}`);
    all.push(right, wrong, guesser, ...simulated);
  }
  const mastered = simulatedAll.flatMap((r) => r.masteredTrueChances);
  const correctSteps = modelLog.filter((step) => step.correct);
  const idRepeats = sum(all.map((r) => r.idRepeatsInSession));
  console.log(`repeats by item id: ${idRepeats}; by content: ${sum(all.map((r) => r.repeatsInSession))}; DKT steps logged (Fractions, simulated): ${modelLog.length}`);
  const falseMastered = mastered.filter((p) => p < 0.8).length;
  const [low, high] = wilsonInterval(falseMastered, mastered.length);
  const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
  console.log(`false mastery: ${falseMastered} of ${mastered.length} shown Mastered were below a true 0.8 (${pct(falseMastered / Math.max(1, mastered.length))}; 95% interval ${pct(low)}-${pct(high)}: few events, so --learners 30 for a closer figure)`);
  const runCorrect = runLog.filter((step) => step.correct);
  console.log(`DKT (Fractions): the answered skill's prediction fell after ${correctSteps.filter((step) => step.after < step.before).length} of ${correctSteps.length} correct answers of simulated learners, and after ${runCorrect.filter((step) => step.after < step.before).length} of ${runCorrect.length} in the runs of right answers on one skill`);
  console.log(`time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(JSON.stringify({
    answers_to_credential: answersToCredential,
    credentials_always_wrong: credentialsWrong,
    credentials_guesser: credentialsGuesser,
    contradictions: sum(all.map((r) => r.contradictions)),
    false_mastery_rate: mastered.length ? Number((mastered.filter((p) => p < 0.8).length / mastered.length).toFixed(4)) : 0,
    dry_runs: sum(all.map((r) => r.dryRuns)),
    repeats_in_session: sum(all.map((r) => r.repeatsInSession)),
    readiness_disagreements: sum(all.map((r) => r.readinessDisagreements)),
    dkt_drop_after_correct: correctSteps.length ? Number((correctSteps.filter((step) => step.after < step.before).length / correctSteps.length).toFixed(4)) : null,
    skills_unreachable: unreachable,
  }));
}

await main();
