// The default size limit of one article, in a module of its own so that the command line can print its help and tell
// a usage error without loading the readers (zod, parse5).
// Memory grows by about 100 MB per MB of one article (tokens, layers, the result). 2 MiB admits the longest news
// features and a 2 MB unpunctuated line (issue 9) (README, "Speed and scale"); raise --max-article-bytes for more, or split.
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
