// Gold statements paired with the pipeline's statements for the same article: what the trained models of acts and stance
// learn from. Only splits the caller names are read, so a model never learns from the held-out `test` articles.
import { loadGoldCorpus } from './gold-schema.js';
import type { GoldStatement } from './gold-schema.js';
import { matchStatements, scoringGoldFromStatement } from './score.js';
import { analyzeWithPipeline } from './run.js';
import type { Analyze } from './run.js';
import { loadCorpusSplits } from './splits.js';
import type { SplitName } from './splits.js';
import type { Statement } from '../model/article-result.js';

export interface AlignedArticle {
  id: string;
  split: SplitName;
  text: string;
  /** Each gold statement with the system statement matched to it (EVALUATION.md's one-to-one match). */
  pairs: { gold: GoldStatement; system: Statement }[];
  /** System statements no gold statement matched. */
  unmatched: Statement[];
}

/** The articles of `splits` with their pairs, in id order; gold files that fail validation are skipped, as in the eval. */
export function alignCorpus(corpusRoot: string, splits: readonly SplitName[], analyze: Analyze = analyzeWithPipeline): AlignedArticle[] {
  const corpus = loadGoldCorpus(corpusRoot);
  const splitOf = loadCorpusSplits(corpusRoot, corpus.articles.map((article) => article.id));
  return corpus.articles.filter((article) => splits.includes(splitOf.of(article.id))).map((article) => {
    const system = analyze(article.text, article.id);
    const gold = article.gold.statements;
    const matching = matchStatements(article.text, gold.map((g) => scoringGoldFromStatement(g).content), system.map((s) => s.content));
    const used = new Set(matching.pairs.map((p) => p.system));
    return {
      id: article.id,
      split: splitOf.of(article.id),
      text: article.text,
      pairs: matching.pairs.map((p) => ({ gold: gold[p.gold] as GoldStatement, system: system[p.system] as Statement })),
      unmatched: system.filter((_, s) => !used.has(s)),
    };
  });
}

/**
 * Article-grouped folds for cross-validation: article ids in code-unit order, dealt round-robin into `k` folds, so that
 * every statement of an article is held out together and the same corpus always gives the same folds.
 */
export function articleFolds(ids: Iterable<string>, k: number): Map<string, number> {
  return new Map([...new Set(ids)].sort().map((id, i) => [id, i % k]));
}
