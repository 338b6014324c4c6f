// One article to what the report writers need: the validated result and the sentence layer (CSV context rows).
// The same function runs in process (one worker) and in each worker thread, so both give the same bytes.
import { analyzeWithDoc } from '../../src/analyze.js';
import type { ArticleResult } from '../../src/model/article-result.js';
import { ArticleResult as ArticleResultSchema } from '../../src/model/article-result.js';
import type { Article, Sentence } from '../../src/model/document.js';
import type { StageContext } from '../../src/model/stage.js';
import type { ReadyArticle } from '../../src/output/report-writer.js';

export type Analysis =
  | { ok: true; result: ArticleResult; sentences: Sentence[] }
  /** The reports' text and what the writer reads of the result, made where the article was analysed (a worker thread). */
  | { ok: true; ready: ReadyArticle }
  | { ok: false; problem: string };

export function analyzeForReports(article: Article, context?: Partial<StageContext>): Analysis {
  try {
    const r = analyzeWithDoc(article, context ? { context } : {});
    return { ok: true, result: ArticleResultSchema.parse(r.result), sentences: [...(r.doc.layers.sentences ?? [])] };
  } catch (e) {
    return { ok: false, problem: `article ${article.id} could not be processed: ${(e as Error).message}` };
  }
}
