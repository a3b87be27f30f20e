import { useWasmBackend } from '../models/wasm-backend.ts';
import { loadShippedModel, readBuiltPack, rightResponse, wrongResponse } from './journey-model.ts';
import { runJourney } from './journey-run.ts';
await useWasmBackend();
for (const id of ['fractions-3-6','spreadsheet-formulas']) {
const pack = readBuiltPack('/work/wt/mastery', id);
const shipped = loadShippedModel('/work/wt/mastery/models/packs/'+id);
const goal = pack.credentials![0]!.requires.skills;
const r = await runJourney({ pack, shipped, learner: { respond: (item) => rightResponse(item) }, sessionAnswers: 15, maxAnswers: 90, goalSkillIds: goal, stopAtFirstCredential: true, seedBase: 1 });
console.log(id, r.firstCredentialAt, r.idRepeatsInSession, r.repeatsInSession);
const w = await runJourney({ pack, shipped, learner: { respond: (item) => wrongResponse(item) }, sessionAnswers: 15, maxAnswers: 60, goalSkillIds: goal, stopAtFirstCredential: false, seedBase: 2 });
console.log('wrong', w.idRepeatsInSession, w.repeatsInSession);
const seen = new Map<string, number>();
for (const a of w.store.attempts) seen.set(a.sessionId+a.itemId, (seen.get(a.sessionId+a.itemId) ?? 0) + 1);
console.log([...seen].filter(([,n])=>n>1).slice(0,5));
}
