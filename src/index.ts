// Public API of the package.
export { analyzeArticle, analyzeDocument } from './analyze.js';
export type { AnalyzeOptions } from './analyze.js';
export { ArticleResult, Statement, Message } from './model/article-result.js';
export { ACTS, FRAMINGS, STANCES, SPEAKER_KINDS, STATEMENT_TYPES } from './model/labels.js';
export { buildRegistry, loadRegistryFile, DEFAULT_REGISTRY } from './lexicon/registry.js';
export { buildCueLexicon, loadCueFile, DEFAULT_CUES } from './lexicon/cue-lexicon.js';
