#!/usr/bin/env node
// `npx tsx scripts/act-model-classes.ts --corpus-dir /work/read25 [--heldout-dir /work/check25]`: what the act model
// would do for each act it might give (issue 6), by threshold, as counts only. For each act A, the model is allowed to
// give A alone, and its changes are tallied as right (the gold act), undid (the rules' act was right) and wrong for
// wrong (both wrong): first by article-grouped cross-validation on --corpus-dir (the half one may read), then, with
// --heldout-dir, by a model trained on all of --corpus-dir and applied to the held-out half's statements (figures only:
// no statement, article or gold of the held-out half is printed). Same features, scope and options as
// `npm run train:acts` (pipeline/train-acts.ts); --cache / --heldout-cache keep the examples between runs.
//   --class-weights SAY:0.5     weigh examples by gold act (the rarer acts of the scope weighed up)
//   --one-vs-rest               one model per act A, every other gold act counted as SAY
//   --min-articles 10 --l2 0.001 --thresholds 0.4,0.5,0.6,0.7
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { collectExamples, crossValidate, score, trainActModel } from '../pipeline/train-acts.js';
import type { ActExample, Config, Prediction } from '../pipeline/train-acts.js';
import { modelAct } from '../src/stages/stance/act-model.js';

const { values } = parseArgs({ options: {
  'corpus-dir': { type: 'string' }, 'heldout-dir': { type: 'string' }, cache: { type: 'string' }, 'heldout-cache': { type: 'string' },
  'class-weights': { type: 'string' }, 'one-vs-rest': { type: 'boolean', default: false },
  'min-articles': { type: 'string', default: '10' }, l2: { type: 'string', default: '0.001' },
  thresholds: { type: 'string', default: '0.4,0.5,0.6,0.7' }, acts: { type: 'string', default: 'CRITICIZE,DENY,WARN,DEMAND,ACCUSE' },
} });
if (!values['corpus-dir']) throw new Error('--corpus-dir is required');

function examplesOf(dir: string, cache: string | undefined): ActExample[] {
  if (cache) {
    try { return JSON.parse(readFileSync(cache, 'utf8')) as ActExample[]; } catch { /* collected below */ }
  }
  const ex = collectExamples(dir);
  if (cache) writeFileSync(cache, JSON.stringify(ex));
  return ex;
}

const read = examplesOf(values['corpus-dir'], values.cache);
const heldout = values['heldout-dir'] ? examplesOf(values['heldout-dir'], values['heldout-cache']) : undefined;
const acts = values.acts.split(',');
const thresholds = values.thresholds.split(',').map(Number);
const classWeights = values['class-weights'] ? Object.fromEntries(values['class-weights'].split(',').map((x) => x.split(':')).map(([a, w]) => [a as string, Number(w)])) : undefined;
const config: Config = {
  scope: { ruleActs: ['SAY'], framings: ['NEUTRAL'] }, l2: Number(values.l2), minCount: 3, epochs: 300,
  minArticles: Number(values['min-articles']), needTarget: ['ACCUSE', 'CRITICIZE', 'PRAISE'], ...(classWeights ? { classWeights } : {}),
};
// (one-vs-rest: the other gold acts read as SAY for training; the tallies compare with the real gold act)
const relabel = (ex: readonly ActExample[], act: string): ActExample[] => ex.map((e) => ({ ...e, gold: e.gold === act ? act : 'SAY' }));
const realGold = (preds: Prediction[], ex: readonly ActExample[]): Prediction[] => preds.map((p, i) => ({ ...p, ex: ex[i] as ActExample }));

function heldoutPredictions(train: readonly ActExample[]): Prediction[] {
  const m = trainActModel(train, config, 0, 0);
  return (heldout ?? []).map((ex) => {
    const d = modelAct({ ...ex.input, framing: ex.framing, targets: ex.stances.targets }, m);
    return { ex, act: d?.act ?? ex.ruleAct, p: d?.probability ?? 0 };
  });
}

const line = (label: string, preds: readonly Prediction[], act: string): void => {
  for (const t of thresholds) {
    const s = score(preds, t, new Set([act]));
    const c = s.byClass.get(act) ?? { right: 0, undid: 0, wrongForWrong: 0 };
    process.stdout.write(`${label.padEnd(8)} ${act.padEnd(10)} t ${t.toFixed(2)}: +${c.right} -${c.undid} ~${c.wrongForWrong}  accuracy ${(s.all.rules / s.all.n).toFixed(4)} -> ${(s.all.model / s.all.n).toFixed(4)} (${s.all.n})\n`);
  }
};

if (values['one-vs-rest']) {
  for (const act of acts) {
    const train = relabel(read, act);
    // (crossValidate keeps each example's order, fold by fold: map back by the example's article and offset)
    const cv = crossValidate(train, config, 5);
    const byKey = new Map(read.map((e) => [`${e.article}\u0000${e.input.start}\u0000${e.input.content}`, e]));
    line('cv', cv.map((p) => ({ ...p, ex: byKey.get(`${p.ex.article}\u0000${p.ex.input.start}\u0000${p.ex.input.content}`) as ActExample })), act);
    if (heldout) line('heldout', realGold(heldoutPredictions(train), heldout), act);
  }
} else {
  const cv = crossValidate(read, config, 5);
  const ho = heldout ? heldoutPredictions(read) : undefined;
  for (const act of acts) {
    line('cv', cv, act);
    if (ho) line('heldout', ho, act);
  }
}
