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
import { createHash } from 'node:crypto';
import { alignCorpus, articleFolds } from '../src/eval/aligned.js';
import { loadGoldCorpus } from '../src/eval/gold-schema.js';
import { loadCorpusSplits } from '../src/eval/splits.js';
import { trainSoftmax } from '../src/ml/softmax.js';
import type { Example, SoftmaxModel } from '../src/ml/softmax.js';
import { ACTS } from '../src/model/labels.js';
import type { Statement } from '../src/model/article-result.js';
import { actFeatures } from '../src/stages/stance/act-features.js';
import { ACT_MODEL_FILE, captureActInputs, inActModelScope, modelAct, useActModel } from '../src/stages/stance/act-model.js';
import type { ActModel, ActModelInput, ActModelMeta, TargetStances } from '../src/stages/stance/act-model.js';
import { ownWords, targetStances } from '../src/stages/stance/judge-stance.js';
import { useStanceModel } from '../src/stages/stance/stance-features.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One matched statement: what the stance stage knew before the model, and the gold act. */
export interface ActExample {
  article: string;
  split: string;
  gold: string;
  ruleAct: string;
  framing: string;
  /** The targets the pipeline gave the statement and their stances (read before the model, from the rules' act). */
  stances: TargetStances;
  input: { content: string; start: number; cueLemma: string; type: string; speakerKind: string; ruleAct: string; rules: string[]; stances?: TargetStances; accusedBefore?: boolean };
}

/** The statement as the rules left it: a decision of the shipped model is undone (its evidence note names the rules' act). */
export function beforeModel(st: Statement): { ruleAct: string; rules: string[] } {
  const ev = st.evidence?.find((e) => e.rule === 'act:model');
  const ruleAct = ev?.note?.match(/^rules: ([A-Z_]+)/u)?.[1] ?? st.act;
  return { ruleAct, rules: (st.rules ?? []).filter((r) => r !== 'act:model') };
}

/** A digest of the train and dev articles' texts and gold acts (of those in `only` when given: the articles of a half
 *  the model was trained on): the test suite compares it with the shipped model's, so that a gold change without
 *  retraining is caught. */
export function corpusDigest(corpusRoot: string, only?: readonly string[]): string {
  const corpus = loadGoldCorpus(corpusRoot);
  const splitOf = loadCorpusSplits(corpusRoot, corpus.articles.map((a) => a.id));
  const keep = only ? new Set(only) : undefined;
  const h = createHash('sha256');
  for (const a of corpus.articles) {
    const split = splitOf.of(a.id);
    if (split !== 'train' && split !== 'dev') continue;
    if (keep && !keep.has(a.id)) continue;
    h.update(JSON.stringify([a.id, split, a.text, a.gold.statements.map((g) => [g.act, g.content.start, g.content.end])]));
  }
  return h.digest('hex').slice(0, 16);
}

/** The ids of a corpus directory's train and dev articles, sorted. */
export function trainDevIds(corpusRoot: string): string[] {
  const corpus = loadGoldCorpus(corpusRoot);
  const splitOf = loadCorpusSplits(corpusRoot, corpus.articles.map((a) => a.id));
  return corpus.articles.map((a) => a.id).filter((id) => splitOf.of(id) === 'train' || splitOf.of(id) === 'dev').sort();
}

export function collectExamples(corpusRoot: string): ActExample[] {
  const out: ActExample[] = [];
  // (the targets' stances as the rules gave them, which is what the hook reads: the stance model runs after it)
  // and the acts as the rules alone gave them: the shipped model's decisions would change the targets' stances it reads.
  // Each example's input is what the stance stage handed the model at run time (captured: the rules' stances, whether
  // the speaker was spoken against before), keyed by the statement's offset and words; a statement judged twice keeps
  // its last input, as its act does.
  const seen = new Map<string, ActModelInput>();
  const key = (start: number, content: string): string => `${start}\u0000${content}`;
  useStanceModel(null);
  useActModel(false);
  captureActInputs((input) => { seen.set(key(input.start, input.content), input); });
  let aligned: ReturnType<typeof alignCorpus>;
  // (the act model back on afterwards, as it is by default since session 23: a caller's later analyses use it)
  try { aligned = alignCorpus(corpusRoot, ['train', 'dev']); } finally { captureActInputs(undefined); useStanceModel(null); useActModel(true); }
  let missing = 0;
  for (const article of aligned) {
    for (const { gold, system } of article.pairs) {
      const { ruleAct, rules } = beforeModel(system);
      const content = ownWords(system.content);
      const captured = seen.get(key(system.content.start, content));
      if (!captured) missing++;
      const stances = captured?.stances ?? targetStances(system.targets);
      out.push({
        article: article.id, split: article.split, gold: gold.act, ruleAct, framing: system.framing, stances,
        input: { content, start: system.content.start, cueLemma: system.cue?.lemma ?? '', type: system.type, speakerKind: system.speaker.kind, ruleAct, rules, stances, accusedBefore: captured?.accusedBefore ?? false },
      });
    }
  }
  if (missing > 0) process.stderr.write(`train-acts: ${missing} matched statements the stance stage did not hand the model\n`);
  return out;
}

export interface Config {
  scope: ActModelMeta['scope']; l2: number; minCount: number; epochs: number;
  /** A feature must occur in statements of at least this many articles: words of one article's topic ("pump",
   *  "seabed") say nothing about the act of another article's statement, and the model must work on unseen articles. */
  minArticles: number;
  needTarget: ActModelMeta['needTarget'];
  /** Weight of each example by its gold act (absent: 1 each): the rarer acts of the scope (DENY, WARN, DEMAND) weighed
   *  up so that the model may prefer them to SAY at all. */
  classWeights?: Readonly<Record<string, number>>;
}

const inScope = (scope: ActModelMeta['scope'], ex: ActExample): boolean => inActModelScope({ scope, threshold: 0, reviewBelow: 0 }, ex.ruleAct, ex.framing, ex.input.rules);

export function trainActModel(examples: readonly ActExample[], config: Config, threshold: number, reviewBelow: number): ActModel {
  const scoped = examples.filter((ex) => inScope(config.scope, ex));
  const present = new Set(scoped.map((ex) => ex.gold));
  present.add('SAY');
  const classes = ACTS.filter((a) => present.has(a));
  const featuresOf = scoped.map((ex) => actFeatures(ex.input).features);
  const articlesOf = new Map<string, Set<string>>();
  scoped.forEach((ex, i) => { for (const name of (featuresOf[i] as Map<string, number>).keys()) (articlesOf.get(name) ?? (articlesOf.set(name, new Set()), articlesOf.get(name) as Set<string>)).add(ex.article); });
  const general = (name: string): boolean => (articlesOf.get(name)?.size ?? 0) >= config.minArticles;
  const train: Example[] = scoped.map((ex, i) => ({ features: new Map([...(featuresOf[i] as Map<string, number>)].filter(([name]) => general(name))), label: ex.gold }));
  const model: SoftmaxModel = trainSoftmax(train, { classes, l2: config.l2, minCount: config.minCount, epochs: config.epochs, ...(config.classWeights ? { classWeights: config.classWeights } : {}) });
  return { model, meta: { scope: config.scope, threshold, reviewBelow, needTarget: config.needTarget } };
}

interface Tally { n: number; rules: number; model: number; sayPredRules: number; sayRightRules: number; sayPredModel: number; sayRightModel: number; changed: number; changedRight: number; changedWrong: number }
const tally = (): Tally => ({ n: 0, rules: 0, model: 0, sayPredRules: 0, sayRightRules: 0, sayPredModel: 0, sayRightModel: 0, changed: 0, changedRight: 0, changedWrong: 0 });

/** A held-out prediction: the model's act for the statement (the rules' act when it gave none) and its probability. */
export interface Prediction { ex: ActExample; act: string; p: number }

/** Article-grouped k-fold cross-validation: each statement's act by a model trained without its article. */
export function crossValidate(examples: readonly ActExample[], config: Config, k: number): Prediction[] {
  const foldOf = articleFolds(examples.map((ex) => ex.article), k);
  const predictions: Prediction[] = [];
  for (let f = 0; f < k; f++) {
    const model = trainActModel(examples.filter((ex) => foldOf.get(ex.article) !== f), config, 0, 0);
    for (const ex of examples) {
      if (foldOf.get(ex.article) !== f) continue;
      const d = modelAct({ ...ex.input, framing: ex.framing, targets: ex.stances.targets }, { ...model, meta: { ...model.meta, needTarget: config.needTarget } });
      predictions.push({ ex, act: d?.act ?? ex.ruleAct, p: d?.probability ?? 0 });
    }
  }
  return predictions;
}

/** What the changes to one act did on held-out folds: right (the gold act), undoing a right act of the rules, or wrong
 *  for wrong (the rules' act was wrong too). */
export interface ClassTally { right: number; undid: number; wrongForWrong: number }

export interface Scored { all: Tally; bySplit: Map<string, Tally>; cells: Map<string, number>; byClass: Map<string, ClassTally> }

/** The held-out predictions scored at a threshold, with the model allowed to give only `outputs` (all acts when absent). */
export function score(predictions: readonly Prediction[], t: number, outputs?: ReadonlySet<string>): Scored {
  const all = tally(); const bySplit = new Map<string, Tally>(); const cells = new Map<string, number>(); const byClass = new Map<string, ClassTally>();
  for (const { ex, act, p } of predictions) {
    const sys = p >= t && (!outputs || outputs.has(act)) ? act : ex.ruleAct;
    for (const y of [all, bySplit.get(ex.split) ?? (bySplit.set(ex.split, tally()), bySplit.get(ex.split) as Tally)]) {
      y.n++;
      if (ex.ruleAct === ex.gold) y.rules++;
      if (sys === ex.gold) y.model++;
      if (ex.ruleAct === 'SAY') { y.sayPredRules++; if (ex.gold === 'SAY') y.sayRightRules++; }
      if (sys === 'SAY') { y.sayPredModel++; if (ex.gold === 'SAY') y.sayRightModel++; }
      if (sys !== ex.ruleAct) { y.changed++; if (sys === ex.gold) y.changedRight++; else if (ex.ruleAct === ex.gold) y.changedWrong++; }
    }
    if (sys !== ex.ruleAct) {
      const c = byClass.get(sys) ?? (byClass.set(sys, { right: 0, undid: 0, wrongForWrong: 0 }), byClass.get(sys) as ClassTally);
      if (sys === ex.gold) c.right++; else if (ex.ruleAct === ex.gold) c.undid++; else c.wrongForWrong++;
    }
    if (sys !== ex.gold) cells.set(`${ex.gold}→${sys}`, (cells.get(`${ex.gold}→${sys}`) ?? 0) + 1);
  }
  return { all, bySplit, cells, byClass };
}

/** The acts whose held-out changes are clearly net positive: more right than undoing a right act by over twice the
 *  margin within which two settings count as tied (TIE of the statements: an act gaining less is noise between folds;
 *  review of session 10: WARN at +3 of 1636 was kept), and at least twice as many (a change wrong for wrong, "ACCUSE"
 *  read as CRITICIZE, leaves the accuracy as it was). */
export function netPositive(byClass: ReadonlyMap<string, ClassTally>, statements: number): Set<string> {
  const margin = 2 * TIE * statements;
  return new Set([...byClass].filter(([, c]) => c.right - c.undid > margin && c.right >= 2 * c.undid).map(([a]) => a));
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const summary = (y: Tally): Record<string, number> => ({
  statements: y.n, rulesAccuracy: r3(y.rules / y.n), modelAccuracy: r3(y.model / y.n),
  changed: y.changed, changedRight: y.changedRight, changedWrong: y.changedWrong,
  sayPrecisionRules: r3(y.sayRightRules / Math.max(1, y.sayPredRules)), sayPrecisionModel: r3(y.sayRightModel / Math.max(1, y.sayPredModel)),
});

const SCOPES: Record<string, ActModelMeta['scope']> = {
  'say-neutral': { ruleActs: ['SAY'], framings: ['NEUTRAL'] },
  'neutral-acts': { ruleActs: ['SAY', 'ASSERT', 'CLAIM', 'HEDGE'], framings: ['NEUTRAL'] },
};
const L2S = [1e-3, 3e-3];
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const MIN_COUNT = 3;
/** In how many articles a feature must occur (review: words seen in 2 articles, "paid", "staff", carried one topic),
 *  chosen by the article-grouped cross-validation alone (ties to the larger: fewer words of one topic). No test article
 *  informs this or any other choice of the script. */
const MIN_ARTICLES = [4, 6, 10];
/** The acts aimed at a party need one that takes the act's stance (LABELS.md: ACCUSE pins a wrongful act on someone;
 *  act and stance must agree). */
const NEED_TARGET: ActModelMeta['needTarget'][] = [['ACCUSE', 'CRITICIZE', 'PRAISE']];
/** CV accuracies this close to the best count as a tie (about 3 of 1600 statements). */
const TIE = 0.002;
const EPOCHS = 300;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cv: { type: 'string', default: '5' }, cache: { type: 'string' }, out: { type: 'string' }, 'corpus-dir': { type: 'string' }, threshold: { type: 'string' }, quiet: { type: 'boolean', default: false } } });
  const k = Number(values.cv);
  const log = (s: string): void => { if (!values.quiet) process.stderr.write(`${s}\n`); };
  // (another corpus directory, laid out as corpus/: a half of the corpus to train on while the other is held out)
  const corpusRoot = values['corpus-dir'] ?? join(REPO_ROOT, 'corpus');
  let examples: ActExample[];
  if (values.cache) {
    try { examples = JSON.parse(readFileSync(values.cache, 'utf8')) as ActExample[]; log(`examples from ${values.cache}`); }
    catch { examples = collectExamples(corpusRoot); writeFileSync(values.cache, JSON.stringify(examples)); }
  } else examples = collectExamples(corpusRoot);
  log(`${examples.length} matched statements in ${new Set(examples.map((e) => e.article)).size} train+dev articles`);

  const candidates: { name: string; config: Config; threshold: number; acc: number; outputs: Set<string>; predictions: Prediction[] }[] = [];
  for (const [name, scope] of Object.entries(SCOPES)) {
    for (const l2 of L2S) for (const minArticles of MIN_ARTICLES) for (const needTarget of NEED_TARGET) {
      const config: Config = { scope, l2, minCount: MIN_COUNT, epochs: EPOCHS, minArticles, needTarget };
      const predictions = crossValidate(examples, config, k);
      for (const t of THRESHOLDS) {
        // (the acts the model may give are chosen on the same held-out predictions: a mild optimism, reported as such)
        const unrestrictedAt = score(predictions, t);
        const outputs = netPositive(unrestrictedAt.byClass, unrestrictedAt.all.n);
        const s = summary(score(predictions, t, outputs).all);
        const u = summary(score(predictions, t).all);
        log(`${name.padEnd(13)} l2 ${l2} articles ${minArticles} t ${t}: rules ${s.rulesAccuracy} model ${u.modelAccuracy} -> outputs [${[...outputs].join(' ')}] ${s.modelAccuracy} (changed ${s.changed}: +${s.changedRight} -${s.changedWrong}) SAY precision ${s.sayPrecisionRules} -> ${s.sayPrecisionModel}`);
        candidates.push({ name, config, threshold: t, acc: s.modelAccuracy as number, outputs, predictions });
      }
    }
  }
  // The best CV accuracy; of the settings within TIE of it (a few statements: noise between folds), the one whose
  // features occur in the most articles (fewer words of one article's topic), then the highest threshold (fewer
  // changes for a reviewer to check), then the first in grid order (narrower scope, smaller penalty).
  // (--threshold T: the best setting at that threshold, when cross-validation's own choice misfires on ordinary sentences)
  const allowed = values.threshold === undefined ? candidates : candidates.filter((c) => c.threshold === Number(values.threshold));
  const top = Math.max(...allowed.map((c) => c.acc));
  const best = allowed.filter((c) => c.acc >= top - TIE)
    .sort((a, b) => b.config.minArticles - a.config.minArticles || b.threshold - a.threshold)[0];
  if (!best) throw new Error('no configuration');
  const unrestricted = score(best.predictions, best.threshold);
  const chosen = score(best.predictions, best.threshold, best.outputs);
  const cells = [...chosen.cells].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 12);
  const byClass = (m: ReadonlyMap<string, ClassTally>): Record<string, ClassTally> => Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  const cv = {
    folds: k, groupedBy: 'article', scope: best.name, l2: best.config.l2, minArticles: best.config.minArticles, needTarget: best.config.needTarget, threshold: best.threshold,
    outputs: [...best.outputs].sort(),
    all: summary(chosen.all),
    bySplit: Object.fromEntries([...chosen.bySplit].sort().map(([s, y]) => [s, summary(y)])),
    /** The changes by the act given, before the outputs were restricted: what chose them. */
    changesByAct: byClass(unrestricted.byClass),
    allOutputs: summary(unrestricted.all),
    largestErrorCells: Object.fromEntries(cells),
  };
  log(`chosen: ${JSON.stringify(cv, null, 1)}`);
  const reviewBelow = Math.min(1, r3(best.threshold + 0.2));
  const final = trainActModel(examples, best.config, best.threshold, reviewBelow);
  final.meta.outputs = [...best.outputs].sort() as ActModelMeta['outputs'];
  const file = {
    $comment: 'Trained act model (issue 6): softmax over act-features.ts features of statements the rules left in `meta.scope`. Written by `npm run train:acts` (pipeline/train-acts.ts); do not edit by hand.',
    classes: final.model.classes,
    bias: final.model.bias,
    weights: final.model.weights,
    meta: {
      ...final.meta,
      command: `npm run train:acts${values['corpus-dir'] || values.threshold ? ' --' : ''}${values['corpus-dir'] ? ` --corpus-dir ${values['corpus-dir']}` : ''}${values.threshold ? ` --threshold ${values.threshold}` : ''}`,
      corpusDigest: corpusDigest(corpusRoot),
      // (trained on a part of the corpus, the rest held out: the articles it read, for the suite's digest check)
      ...(values['corpus-dir'] ? { trainedOn: trainDevIds(corpusRoot) } : {}),
      articles: new Set(examples.map((e) => e.article)).size,
      splits: ['train', 'dev'],
      examples: examples.filter((ex) => inScope(best.config.scope, ex)).length,
      options: { l2: best.config.l2, minCount: MIN_COUNT, minArticles: best.config.minArticles, epochs: EPOCHS },
      crossValidation: cv,
    },
  };
  writeFileSync(values.out ?? join(REPO_ROOT, ACT_MODEL_FILE), `${JSON.stringify(file, null, 1)}\n`);
  log(`wrote ${values.out ?? ACT_MODEL_FILE}: ${final.model.classes.length} classes, ${Object.keys(final.model.weights).length} features`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
