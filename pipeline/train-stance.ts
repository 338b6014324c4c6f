// Trains the stance model (src/lexicon/stance-model.json) on the train and dev articles, never test:
//   npm run train:stance                 train on train+dev and write the model
//   npm run train:stance -- --cv 5       article-grouped cross-validation: rules only vs rules + model, per fold and
//                                        overall (stance F1 over the gold pairs of the held-out articles); writes nothing
//   options: --l2 X --epochs N --min-count N --min-articles N --override-at P --gate any|evidence|rule-polar|polar --out FILE
// The pipeline runs with no model in use, so the model learns from the rules' own output, as it sees it at run time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignCorpus, articleFolds, type AlignedArticle } from '../src/eval/aligned.js';
import { namesMatch, normaliseName, stanceF1 } from '../src/eval/score.js';
import type { Stance } from '../src/model/labels.js';
import { predictSoftmax, trainSoftmax, type Example, type Features, type SoftmaxModel } from '../src/ml/softmax.js';
import { STANCE_CLASSES, STANCE_MODEL_FILE, isWordFeature, mayChange, stanceFeatures, useStanceModel, type StanceGate } from '../src/stages/stance/stance-features.js';

const REPO_ROOT = join(import.meta.dirname, '..');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v)) throw new Error(`--${name} needs a number`);
  return v;
}
const stringOption = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};

const TRAIN = { epochs: option('epochs', 300), l2: option('l2', 3e-3), minCount: option('min-count', 2), learningRate: 0.5 };
const OVERRIDE_AT = option('override-at', 0.8);
/** A word feature must occur in this many articles of the training data: fewer, and it names an article, not a stance. */
const MIN_ARTICLES = option('min-articles', 4);
const GATES: readonly StanceGate[] = ['any', 'evidence', 'rule-polar', 'polar'];
const GATE = (stringOption('gate') ?? 'evidence') as StanceGate;
if (!GATES.includes(GATE)) throw new Error(`--gate must be one of ${GATES.join(', ')}`);
const REVIEW_BELOW = 0.5;

/** One system target of a matched statement: its features, the rules' stance, and the gold stance when a gold target picks it. */
interface Item { features: Features; rule: Stance; act: string; gold: Stance | null; /** A NONE a rule decided: the model leaves it. */ locked: boolean }
/** One gold (statement, target) pair: which item (if any) gives its prediction. */
interface GoldPair { gold: Stance; item: number | null }
interface ArticleData { id: string; items: Item[]; pairs: GoldPair[] }

/** The system target a gold target is scored against (EVALUATION.md, as predictedStance chooses it). */
function chosen(goldName: string, names: readonly string[]): number {
  const wanted = normaliseName(goldName);
  const exact = names.findIndex((n) => wanted !== '' && normaliseName(n) === wanted);
  return exact >= 0 ? exact : names.findIndex((n) => namesMatch(n, goldName));
}

function articleData(article: AlignedArticle): ArticleData {
  const items: Item[] = [];
  const pairs: GoldPair[] = [];
  for (const { gold, system } of article.pairs) {
    const base = items.length;
    for (const t of system.targets) items.push({ features: stanceFeatures(article.text, system, t), rule: t.stance, act: system.act, gold: null, locked: t.stance === 'NONE' && (t.evidence ?? []).some((e) => e.rule.startsWith('stance:none:')) });
    const names = system.targets.map((t) => t.name);
    for (const g of gold.targets) {
      const k = chosen(g.name, names);
      if (k >= 0 && (items[base + k] as Item).gold === null) (items[base + k] as Item).gold = g.stance;
      pairs.push({ gold: g.stance, item: k >= 0 ? base + k : null });
    }
  }
  return { id: article.id, items, pairs };
}

const examplesOf = (data: readonly ArticleData[]): Example[] =>
  data.flatMap((a) => a.items.filter((i) => i.gold !== null && !i.locked).map((i) => ({ features: i.features, label: i.gold as string })));

/** The word features of `data` that occur in at least MIN_ARTICLES of its articles. */
function widespreadWords(data: readonly ArticleData[]): Set<string> {
  const articles = new Map<string, number>();
  for (const a of data) {
    const seen = new Set<string>();
    for (const i of a.items) for (const name of i.features.keys()) if (isWordFeature(name)) seen.add(name);
    for (const name of seen) articles.set(name, (articles.get(name) ?? 0) + 1);
  }
  return new Set([...articles].filter(([, n]) => n >= MIN_ARTICLES).map(([name]) => name));
}

function train(data: readonly ArticleData[]): SoftmaxModel {
  const keep = widespreadWords(data);
  const examples = examplesOf(data).map((e) => ({ ...e, features: new Map([...e.features].filter(([name]) => !isWordFeature(name) || keep.has(name))) }));
  return trainSoftmax(examples, { classes: STANCE_CLASSES, ...TRAIN });
}

/** Stance F1 over the gold pairs of `data`, each item's stance decided by `decide`. */
function score(data: readonly ArticleData[], decide: (a: ArticleData, item: number) => Stance): number {
  return figures(data, decide).f1;
}
function figures(data: readonly ArticleData[], decide: (a: ArticleData, item: number) => Stance): ReturnType<typeof stanceF1> {
  const pairs = data.flatMap((a) => a.pairs.map((p) => ({ gold: p.gold, system: p.item === null ? 'NONE' as Stance : decide(a, p.item) })));
  return stanceF1(pairs);
}

const decideWith = (model: SoftmaxModel, overrideAt: number, gate: StanceGate) => (a: ArticleData, item: number): Stance => {
  const it = a.items[item] as Item;
  if (it.locked) return it.rule;
  const p = predictSoftmax(model, it.features);
  return p.best !== it.rule && p.bestProbability >= overrideAt && mayChange(gate, it.act, it.rule, p.best as Stance) ? p.best as Stance : it.rule;
};

function main(): void {
  useStanceModel(null);
  const started = Date.now();
  const aligned = alignCorpus(join(REPO_ROOT, 'corpus'), ['train', 'dev']);
  const data = aligned.map(articleData);
  const folds = option('cv', 0);
  const rulesOnly = (a: ArticleData, item: number): Stance => (a.items[item] as Item).rule;
  const labelled = examplesOf(data).length;
  process.stdout.write(`${data.length} articles (train+dev), ${labelled} labelled system targets, ${data.reduce((n, a) => n + a.pairs.length, 0)} gold pairs; aligned in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (folds > 1) {
    const thresholds = [...new Set([0.5, 0.6, 0.7, 0.8, 0.9, OVERRIDE_AT])].sort();
    const byFold: ArticleData[][] = Array.from({ length: folds }, () => []);
    const foldOf = articleFolds(data.map((a) => a.id), folds);
    [...data].sort((a, b) => (a.id < b.id ? -1 : 1)).forEach((a) => (byFold[foldOf.get(a.id) as number] as ArticleData[]).push(a));
    type Decide = (a: ArticleData, i: number) => Stance;
    const cell = (g: StanceGate, t: number): string => `${g}@${t}`;
    const decisions = new Map<string, Map<ArticleData, Decide>>();
    for (const g of GATES) for (const t of thresholds) decisions.set(cell(g, t), new Map());
    process.stdout.write(`minimum articles per word feature: ${MIN_ARTICLES}\n`);
    byFold.forEach((held, f) => {
      const model = train(byFold.filter((_, k) => k !== f).flat());
      process.stdout.write(`fold ${f + 1}: ${held.length} articles, ${Object.keys(model.weights).length} features; rules ${score(held, rulesOnly).toFixed(3)}`);
      for (const g of GATES) for (const t of thresholds) {
        const d = decideWith(model, t, g);
        for (const a of held) decisions.get(cell(g, t))!.set(a, d);
      }
      process.stdout.write(`; ${GATES.map((g) => `${g}@${OVERRIDE_AT} ${score(held, decideWith(model, OVERRIDE_AT, g)).toFixed(3)}`).join(', ')}\n`);
    });
    const overall = (key: string): Decide => (a, i) => (decisions.get(key)!.get(a) as Decide)(a, i);
    const perClass = (d: Decide): string => { const x = figures(data, d); return `F1 ${x.f1.toFixed(3)} (FAVOR ${x.favorF1.toFixed(3)}, AGAINST ${x.againstF1.toFixed(3)})`; };
    process.stdout.write(`all ${data.length} articles, rules only: ${perClass(rulesOnly)}\n`);
    for (const g of GATES) for (const t of thresholds) process.stdout.write(`  gate ${g.padEnd(10)} at ${t}: ${perClass(overall(cell(g, t)))}\n`);
    // What the model changed on held-out articles at the shipped threshold and gate, by rules' stance → model's, and
    // whether the gold stance of the pair was the rules' (lost), the model's (won) or neither.
    const changes = new Map<string, { won: number; lost: number; neither: number }>();
    for (const a of data) {
      const d = decisions.get(cell(GATE, OVERRIDE_AT))?.get(a);
      if (!d) continue;
      for (const p of a.pairs) {
        if (p.item === null) continue;
        const rule = (a.items[p.item] as Item).rule;
        const model = d(a, p.item);
        if (model === rule) continue;
        const k = `${rule} -> ${model}`;
        const c = changes.get(k) ?? { won: 0, lost: 0, neither: 0 };
        if (p.gold === model) c.won++; else if (p.gold === rule) c.lost++; else c.neither++;
        changes.set(k, c);
      }
    }
    if (changes.size) process.stdout.write(`changes with gate ${GATE} at ${OVERRIDE_AT} (held-out gold pairs): ${[...changes].map(([k, c]) => `${k}: ${c.won} right, ${c.lost} wrong, ${c.neither} neither`).join('; ')}\n`);
    return;
  }
  const model = train(data);
  const out = stringOption('out') ?? join(REPO_ROOT, STANCE_MODEL_FILE);
  const file = {
    $comment: 'Trained by `npm run train:stance` (pipeline/train-stance.ts) on the train and dev articles, never test; the honest figure is the article-grouped cross-validation of `npm run train:stance -- --cv 5`, not the eval on train or dev.',
    classes: model.classes,
    bias: model.bias,
    weights: model.weights,
    meta: { overrideAt: OVERRIDE_AT, reviewBelow: REVIEW_BELOW, gate: GATE, minArticles: MIN_ARTICLES, splits: ['train', 'dev'], articles: data.length, examples: labelled, ...TRAIN },
  };
  writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  process.stdout.write(`wrote ${out}: ${Object.keys(model.weights).length} features\n`);
}

main();
