// One article to what the report writers need: the validated result and the sentence layer (CSV context rows).
// The same function runs in process (one worker) and in each worker thread, so both give the same bytes.
import { analyzeWithDoc } from '../../src/analyze.js';
import type { ArticleResult } from '../../src/model/article-result.js';
import { ArticleResult as ArticleResultSchema } from '../../src/model/article-result.js';
import type { Article, Sentence } from '../../src/model/document.js';
import type { StageContext } from '../../src/model/stage.js';
import { buildRegistry } from '../../src/lexicon/registry.js';
import { buildCueLexicon } from '../../src/lexicon/cue-lexicon.js';
import defaultSpeakers from '../../src/lexicon/speakers.json' with { type: 'json' };
import defaultCues from '../../src/lexicon/cues.json' with { type: 'json' };

export type Analysis =
  | { ok: true; result: ArticleResult; sentences: Sentence[] }
  | { ok: false; problem: string };

/** The user's extra lexicon files as parsed JSON: plain data, so it can cross to a worker thread (built lexicons cannot). */
export interface LexiconSources { speakers?: unknown; cues?: unknown }

/** The stage context for the default lexicons plus the user's own (throws PipelineError on an invalid file). */
export function contextFrom(sources: LexiconSources = {}): Partial<StageContext> {
  const context: Partial<StageContext> = {};
  if (sources.speakers !== undefined) context.registry = buildRegistry([defaultSpeakers, sources.speakers]);
  if (sources.cues !== undefined) context.cues = buildCueLexicon([defaultCues, sources.cues]);
  return context;
}

export function analyzeForReports(article: Article, context?: Partial<StageContext>): Analysis {
  try {
    const r = analyzeWithDoc(article, context ? { context } : {});
    return { ok: true, result: ArticleResultSchema.parse(r.result), sentences: [...(r.doc.layers.sentences ?? [])] };
  } catch (e) {
    return { ok: false, problem: `article ${article.id} could not be processed: ${(e as Error).message}` };
  }
}
