// The project's own labelled corpus: corpus/articles/<id>.txt with corpus/gold/<id>.json.
import { loadGoldCorpus } from './gold-schema.js';
import type { GoldArticle } from './gold-schema.js';
import { scoreArticle, scoringGoldFromStatement, summarise } from './score.js';
import type { ArticleScore, EvalFigures } from './score.js';
import { analyzeWithPipeline, limited, systemStatements } from './run.js';
import type { EvalOptions } from './run.js';

export interface LocalEvaluation {
  figures: EvalFigures;
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
  const scores = limited(corpus.articles, options.limit).map((article) => scoreGoldArticle(article, options, warnings));
  return { figures: summarise('local', scores, options.worst), warnings };
}
