#!/usr/bin/env node
// `npm run train:acts`: trains the act model (issue 6) on the local corpus's train and dev articles (never test), with
// article-grouped cross-validation to choose its scope, L2 penalty and threshold and to measure what it adds on
// articles it did not see, and writes src/lexicon/act-model.json. Deterministic: the same corpus gives the same file.
//
// Examples are the PIPELINE's statements matched to gold ones (src/eval/aligned.ts), with the features the stance stage
// computes at run time (act-features.ts) from the act the rules gave before the model, and the GOLD act as label.
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignCorpus } from '../src/eval/aligned.js';
import { trainSoftmax } from '../src/ml/softmax.js';
import type { Example, SoftmaxModel } from '../src/ml/softmax.js';
import { ACTS } from '../src/model/labels.js';
import type { Statement } from '../src/model/article-result.js';
import { actFeatures } from '../src/stages/stance/act-features.js';
import { ACT_MODEL_FILE, modelAct } from '../src/stages/stance/act-model.js';
import type { ActModel, ActModelMeta } from '../src/stages/stance/act-model.js';
import { ownWords } from '../src/stages/stance/judge-stance.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One matched statement: what the stance stage knew before the model, and the gold act. */
export interface ActExample {
  article: string;
  split: string;
  gold: string;
  ruleAct: string;
  framing: string;
  input: { content: string; start: number; cueLemma: string; type: string; speakerKind: string; ruleAct: string; rules: string[] };
}

/** The statement as the rules left it: a decision of the shipped model is undone (its evidence note names the rules' act). */
export function beforeModel(st: Statement): { ruleAct: string; rules: string[] } {
  const ev = st.evidence?.find((e) => e.rule === 'act:model');
  const ruleAct = ev?.note?.match(/^rules: ([A-Z_]+)/u)?.[1] ?? st.act;
  return { ruleAct, rules: (st.rules ?? []).filter((r) => r !== 'act:model') };
}

export function collectExamples(corpusRoot: string): ActExample[] {
  const out: ActExample[] = [];
  for (const article of alignCorpus(corpusRoot, ['train', 'dev'])) {
    for (const { gold, system } of article.pairs) {
      const { ruleAct, rules } = beforeModel(system);
      out.push({
        article: article.id, split: article.split, gold: gold.act, ruleAct, framing: system.framing,
        input: { content: ownWords(system.content), start: system.content.start, cueLemma: system.cue?.lemma ?? '', type: system.type, speakerKind: system.speaker.kind, ruleAct, rules },
      });
    }
  }
  return out;
}

export interface Config { scope: ActModelMeta['scope']; l2: number; minCount: number; epochs: number }

const inScope = (scope: ActModelMeta['scope'], ex: ActExample): boolean => (scope.ruleActs as string[]).includes(ex.ruleAct) && scope.framings.includes(ex.framing);

export function trainActModel(examples: readonly ActExample[], config: Config, threshold: number, reviewBelow: number): ActModel {
  const scoped = examples.filter((ex) => inScope(config.scope, ex));
  const present = new Set(scoped.map((ex) => ex.gold));
  present.add('SAY');
  const classes = ACTS.filter((a) => present.has(a));
  const train: Example[] = scoped.map((ex) => ({ features: actFeatures(ex.input).features, label: ex.gold }));
  const model: SoftmaxModel = trainSoftmax(train, { classes, l2: config.l2, minCount: config.minCount, epochs: config.epochs });
  return { model, meta: { scope: config.scope, threshold, reviewBelow } };
}

interface Tally { n: number; rules: number; model: number; sayPredRules: number; sayRightRules: number; sayPredModel: number; sayRightModel: number; changed: number; changedRight: number; changedWrong: number }
const tally = (): Tally => ({ n: 0, rules: 0, model: 0, sayPredRules: 0, sayRightRules: 0, sayPredModel: 0, sayRightModel: 0, changed: 0, changedRight: 0, changedWrong: 0 });

/** Article-grouped k-fold cross-validation: per threshold, the act accuracy of rules alone and rules + model on held-out folds. */
export function crossValidate(examples: readonly ActExample[], config: Config, thresholds: readonly number[], k: number): Map<number, { all: Tally; bySplit: Map<string, Tally>; cells: Map<string, number> }> {
  const articles = [...new Set(examples.map((ex) => ex.article))].sort();
  const foldOf = new Map(articles.map((a, i) => [a, i % k]));
  const predictions: { ex: ActExample; act: string; p: number }[] = [];
  for (let f = 0; f < k; f++) {
    const model = trainActModel(examples.filter((ex) => foldOf.get(ex.article) !== f), config, 0, 0);
    for (const ex of examples) {
      if (foldOf.get(ex.article) !== f) continue;
      const d = modelAct({ ...ex.input, framing: ex.framing }, model);
      predictions.push({ ex, act: d?.act ?? ex.ruleAct, p: d?.probability ?? 0 });
    }
  }
  const out = new Map<number, { all: Tally; bySplit: Map<string, Tally>; cells: Map<string, number> }>();
  for (const t of thresholds) {
    const all = tally(); const bySplit = new Map<string, Tally>(); const cells = new Map<string, number>();
    for (const { ex, act, p } of predictions) {
      const sys = p >= t ? act : ex.ruleAct;
      for (const y of [all, bySplit.get(ex.split) ?? (bySplit.set(ex.split, tally()), bySplit.get(ex.split) as Tally)]) {
        y.n++;
        if (ex.ruleAct === ex.gold) y.rules++;
        if (sys === ex.gold) y.model++;
        if (ex.ruleAct === 'SAY') { y.sayPredRules++; if (ex.gold === 'SAY') y.sayRightRules++; }
        if (sys === 'SAY') { y.sayPredModel++; if (ex.gold === 'SAY') y.sayRightModel++; }
        if (sys !== ex.ruleAct) { y.changed++; if (sys === ex.gold) y.changedRight++; else if (ex.ruleAct === ex.gold) y.changedWrong++; }
      }
      if (sys !== ex.gold) cells.set(`${ex.gold}→${sys}`, (cells.get(`${ex.gold}→${sys}`) ?? 0) + 1);
    }
    out.set(t, { all, bySplit, cells });
  }
  return out;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const summary = (y: Tally): Record<string, number> => ({
  statements: y.n, rulesAccuracy: r3(y.rules / y.n), modelAccuracy: r3(y.model / y.n),
  changed: y.changed, changedRight: y.changedRight, changedWrong: y.changedWrong,
  sayPrecisionRules: r3(y.sayRightRules / Math.max(1, y.sayPredRules)), sayPrecisionModel: r3(y.sayRightModel / Math.max(1, y.sayPredModel)),
});

const SCOPES: Record<string, ActModelMeta['scope']> = {
  'say-neutral': { ruleActs: ['SAY'], framings: ['NEUTRAL'] },
  'say-any': { ruleActs: ['SAY'], framings: ['NEUTRAL', 'DISTANCING', 'ENDORSING'] },
  'neutral-acts': { ruleActs: ['SAY', 'ASSERT', 'CLAIM', 'HEDGE'], framings: ['NEUTRAL'] },
  'content-acts': { ruleActs: ['SAY', 'ASSERT', 'CLAIM', 'HEDGE', 'CRITICIZE', 'ACCUSE', 'DENY', 'WARN', 'PRAISE'], framings: ['NEUTRAL'] },
};
const L2S = [1e-3, 3e-3, 1e-2];
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const MIN_COUNT = 3;
/** CV accuracies this close to the best count as a tie (about 3 of 1400 statements). */
const TIE = 0.002;
const EPOCHS = 300;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cv: { type: 'string', default: '5' }, cache: { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
  const k = Number(values.cv);
  const log = (s: string): void => { if (!values.quiet) process.stderr.write(`${s}\n`); };
  let examples: ActExample[];
  if (values.cache) {
    try { examples = JSON.parse(readFileSync(values.cache, 'utf8')) as ActExample[]; log(`examples from ${values.cache}`); }
    catch { examples = collectExamples(join(REPO_ROOT, 'corpus')); writeFileSync(values.cache, JSON.stringify(examples)); }
  } else examples = collectExamples(join(REPO_ROOT, 'corpus'));
  log(`${examples.length} matched statements in ${new Set(examples.map((e) => e.article)).size} train+dev articles`);

  const candidates: { name: string; config: Config; threshold: number; acc: number; result: ReturnType<typeof crossValidate> }[] = [];
  for (const [name, scope] of Object.entries(SCOPES)) {
    for (const l2 of L2S) {
      const config: Config = { scope, l2, minCount: MIN_COUNT, epochs: EPOCHS };
      const result = crossValidate(examples, config, THRESHOLDS, k);
      for (const t of THRESHOLDS) {
        const s = summary(result.get(t)!.all);
        log(`${name.padEnd(13)} l2 ${l2} t ${t}: rules ${s.rulesAccuracy} model ${s.modelAccuracy} (changed ${s.changed}: +${s.changedRight} -${s.changedWrong}) SAY precision ${s.sayPrecisionRules} -> ${s.sayPrecisionModel}`);
        candidates.push({ name, config, threshold: t, acc: s.modelAccuracy as number, result });
      }
    }
  }
  // The best CV accuracy; of the settings within TIE of it (a few statements: noise between folds), the highest
  // threshold, then the first in grid order (narrower scope, smaller penalty): fewer changes for a reviewer to check.
  const top = Math.max(...candidates.map((c) => c.acc));
  const best = candidates.filter((c) => c.acc >= top - TIE).sort((a, b) => b.threshold - a.threshold)[0];
  if (!best) throw new Error('no configuration');
  const chosen = best.result.get(best.threshold)!;
  const cells = [...chosen.cells].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12);
  const cv = {
    folds: k, groupedBy: 'article', scope: best.name, l2: best.config.l2, threshold: best.threshold,
    all: summary(chosen.all),
    bySplit: Object.fromEntries([...chosen.bySplit].sort().map(([s, y]) => [s, summary(y)])),
    largestErrorCells: Object.fromEntries(cells),
  };
  log(`chosen: ${JSON.stringify(cv, null, 1)}`);
  const reviewBelow = Math.min(1, r3(best.threshold + 0.2));
  const final = trainActModel(examples, best.config, best.threshold, reviewBelow);
  const file = {
    $comment: 'Trained act model (issue 6): softmax over act-features.ts features of statements the rules left in `meta.scope`. Written by `npm run train:acts` (pipeline/train-acts.ts); do not edit by hand.',
    classes: final.model.classes,
    bias: final.model.bias,
    weights: final.model.weights,
    meta: {
      ...final.meta,
      command: 'npm run train:acts',
      articles: new Set(examples.map((e) => e.article)).size,
      splits: ['train', 'dev'],
      examples: examples.filter((ex) => inScope(best.config.scope, ex)).length,
      options: { l2: best.config.l2, minCount: MIN_COUNT, epochs: EPOCHS },
      crossValidation: cv,
    },
  };
  writeFileSync(values.out ?? join(REPO_ROOT, ACT_MODEL_FILE), `${JSON.stringify(file, null, 1)}\n`);
  log(`wrote ${values.out ?? ACT_MODEL_FILE}: ${final.model.classes.length} classes, ${Object.keys(final.model.weights).length} features`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
