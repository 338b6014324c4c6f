// One shared wink-nlp instance per process (thread): a second instance silently breaks POS-based patterns (STACK.md).
// Loaded on first use (both packages are CommonJS, so the load is synchronous): a thread that only writes reports,
// such as the main thread of a worker pool, never holds the model.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
const require = createRequire(import.meta.url);
let shared: Nlp | null = null;
let sentimentOnly: Nlp | null = null;
let lexiconSize = 0;

/**
 * Runs what the pipeline reads of wink — tokens, sentence boundaries and POS (lemma and normal form are read from the
 * tokens) — and not wink's entities, negation and sentiment, which no stage reads from this instance (the stance stage
 * takes the sentiment of a span from `sentimentNlp`). POS and sentence boundaries do not depend on the three: wink runs
 * them on the tokens alone (readDoc in wink-nlp.js), and the skipped steps were ~35 % of its cost per paragraph.
 */
export function nlp(): Nlp {
  if (!shared) {
    shared = (require('wink-nlp') as typeof winkNLP)(require('wink-eng-lite-web-model') as typeof model, ['sbd', 'pos']);
    // (the first word the instance has never met takes the first id past its own lexicon: inLexicon)
    lexiconSize = (shared.readDoc('zqxjvkwq').tokens().out(shared.its.uniqueId) as number[])[0] ?? 0;
  }
  return shared;
}

/**
 * A second instance that runs only what wink's sentiment needs (sentence boundaries, negation, sentiment), for the
 * sentiment of a short span. wink computes sentiment before POS and entities, from those three steps alone, so its
 * value is the full instance's; skipping POS and entities roughly halves the cost of each span. It never learns
 * custom entities (the second-instance bug of STACK.md concerns those only).
 */
export function sentimentNlp(): Nlp {
  sentimentOnly ??= (require('wink-nlp') as typeof winkNLP)(require('wink-eng-lite-web-model') as typeof model, ['sbd', 'negation', 'sentiment']);
  return sentimentOnly;
}

/**
 * Whether wink's own lexicon lists a lower-case word (a word of English, "presidential", "security"), not one it met
 * first in a text ("corvane"): ids past the lexicon's size are given to words met in texts, in the order met.
 */
export function inLexicon(word: string): boolean {
  const ids = nlp().readDoc(word).tokens().out(nlp().its.uniqueId) as number[];
  return ids.length === 1 && (ids[0] as number) < lexiconSize;
}
