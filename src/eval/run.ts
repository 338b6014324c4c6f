// What every corpus evaluation shares: running the pipeline on one article without letting one crash stop the run.
import type { SplitName } from './splits.js';
import type { Statement } from '../model/article-result.js';
import { analyzeArticle } from '../analyze.js';

/** The system under evaluation: an article's text in, its statements out. */
export type Analyze = (text: string, id: string) => readonly Statement[];

export const analyzeWithPipeline: Analyze = (text, id) => analyzeArticle(text, { id }).statements;

export interface EvalOptions {
  /** Only the first N articles (in id order). */
  limit?: number | undefined;
  /** Errors listed per error kind. */
  worst?: number | undefined;
  /** Local corpus only: score just the articles of these splits (corpus/splits.json); all when absent. Errors of `test`
   * articles are listed only when this names `test`, so that reading errors never shows the held-out articles. */
  localSplits?: readonly SplitName[] | undefined;
  analyze?: Analyze | undefined;
}

/** The pipeline's statements, or none and a warning when it throws: the article still counts, its gold as missed. */
export function systemStatements(analyze: Analyze, text: string, id: string, warnings: string[]): readonly Statement[] {
  try {
    return analyze(text, id);
  } catch (error) {
    warnings.push(`${id}: the pipeline failed (${(error as Error).message}); scored with no statements`);
    return [];
  }
}

export const limited = <T>(items: readonly T[], limit: number | undefined): T[] =>
  limit === undefined ? [...items] : items.slice(0, Math.max(0, limit));
