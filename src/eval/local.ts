// The project's own labelled corpus: corpus/articles/<id>.txt with corpus/gold/<id>.json.
import { loadGoldCorpus } from './gold-schema.js';
import type { GoldArticle } from './gold-schema.js';
import { scoreArticle, scoringGoldFromStatement, summarise } from './score.js';
import type { ArticleScore, EvalFigures } from './score.js';
import { analyzeWithPipeline, limited, systemStatements } from './run.js';
import type { EvalOptions } from './run.js';
import { loadCorpusSplits, SPLIT_NAMES } from './splits.js';
import type { SplitName } from './splits.js';

export interface LocalEvaluation {
  /** The whole corpus, then each split that has articles (train: the articles rules were written from). */
  figures: EvalFigures & { splits: Partial<Record<SplitName, EvalFigures>>; errorScope: string };
  warnings: string[];
}

export function scoreGoldArticle(article: GoldArticle, options: EvalOptions, warnings: string[]): ArticleScore {
  const system = systemStatements(options.analyze ?? analyzeWithPipeline, article.text, article.id, warnings);
  return scoreArticle({ id: article.id, text: article.text, gold: article.gold.statements.map(scoringGoldFromStatement), system });
}

/** Scores the pipeline on every valid gold file; gold files that fail validation are skipped with a warning. */
export function evaluateLocalCorpus(corpusRoot: string, options: EvalOptions = {}): LocalEvaluation {
  const corpus = loadGoldCorpus(corpusRoot);
  const warnings = corpus.skipped.map((skip) => `gold ${skip.id} skipped: ${skip.problems.slice(0, 3).join('; ')}${skip.problems.length > 3 ? ` (+${skip.problems.length - 3} more)` : ''}`);
  const splits = loadCorpusSplits(corpusRoot, corpus.articles.map((article) => article.id));
  warnings.push(...splits.warnings);
  const chosen = options.localSplits === undefined ? corpus.articles : corpus.articles.filter((article) => options.localSplits?.includes(splits.of(article.id)));
  const scores = limited(chosen, options.limit).map((article) => scoreGoldArticle(article, options, warnings));
  const bySplit: Partial<Record<SplitName, EvalFigures>> = {};
  for (const name of SPLIT_NAMES) {
    const mine = scores.filter((score) => splits.of(score.id) === name);
    if (mine.length > 0) bySplit[name] = summarise(`local-${name}`, mine, 0);
  }
  const figures = summarise('local', scores, options.worst);
  // Held-out articles are scored but their errors are not listed unless asked for by name (--local-split test).
  let errorScope = 'all errors';
  if (!options.localSplits?.includes('test') && scores.some((score) => splits.of(score.id) === 'test')) {
    errorScope = 'errors of train and dev articles; the test articles are held out: --local-split test lists theirs';
    const readable = summarise('local', scores.filter((score) => splits.of(score.id) !== 'test'), options.worst);
    figures.errorKinds = readable.errorKinds;
    figures.worstErrors = readable.worstErrors;
    // (nor their per-article rows or error counts: the split's own figures are all that is shown of them)
    figures.perArticle = readable.perArticle;
    const test = bySplit.test;
    if (test) bySplit.test = { ...test, errorKinds: [], perArticle: [] };
  }
  return { figures: { ...figures, splits: bySplit, errorScope }, warnings };
}
