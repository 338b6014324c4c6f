// One shared wink-nlp instance per process (thread): a second instance silently breaks POS-based patterns (STACK.md).
// Loaded on first use (both packages are CommonJS, so the load is synchronous): a thread that only writes reports,
// such as the main thread of a worker pool, never holds the model.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
type Model = typeof model;
const require = createRequire(import.meta.url);
let shared: Nlp | null = null;
let sentimentOnly: Nlp | null = null;
let lexiconSize = 0;

/** The parts of wink-eng-lite-web-model 1.8.x's core model (read-core-model.js) that this file touches. */
interface CoreFeature { list: unknown[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
interface Core {
  lexicon: string | Uint32Array; xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] } & Record<string, unknown>;
  features: Record<string, CoreFeature>; pos: { hash: Record<string, number> };
}

const MODEL_DIST = 'wink-eng-lite-web-model/dist/';

/**
 * The core model of the thread's two instances, read as the package's own `model.core()` reads it (read-core-model.js
 * and load-core-model.js of wink-eng-lite-web-model 1.8.x: lexicon and expansions decoded from base64, a hash per hashed
 * feature, the POS clusters as sets, each feature's sizes and the extractable-feature list), with one difference in
 * memory only (tests/wink-model.test.ts checks that the core equals the package's): the package keeps its parsed JSON
 * (6.6 MB of heap) for the thread's life, to deep-copy it for each instance; here the JSON is parsed once and becomes
 * the core itself. Both instances read this one core: what wink writes into it (the words a document teaches its cache)
 * is taken out again before either reads its next document (`resettable`), so neither ever reads the other's words.
 * (Each had its own copy before, ~10 MB of heap a thread: the lexeme hash 6.3 MB, two feature hashes 2.7 MB, the lists.)
 */
export function coreModel(): Core {
  const core = JSON.parse(readFileSync(require.resolve(`${MODEL_DIST}languages/cur/models/eng-core-web-model.json`), 'utf8')) as Core;
  const words = (base64: string | Uint32Array): Uint32Array => {
    const bytes = Buffer.from(base64 as string, 'base64');
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  };
  core.lexicon = words(core.lexicon);
  core.xpansions = words(core.xpansions);
  const { layout } = core.packing;
  const hashOf = (list: unknown[]): Record<string, number> => {
    const hash = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    return hash;
  };
  for (const f in layout) if ((layout[f] as number[])[3] === 0) (core.features[f] as CoreFeature).hash = hashOf((core.features[f] as CoreFeature).list);
  const lexeme = core.features.lexeme as CoreFeature;
  lexeme.hash = hashOf(lexeme.list);
  const clusters = (core.features.posClusters as CoreFeature).list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => core.pos.hash[e] || 0));
  core.packing.efList = [];
  for (const f in layout) {
    const l = layout[f] as number[];
    const feature = core.features[f] as CoreFeature;
    if (l[3] === 0) { feature.intrinsicSize = feature.list.length; feature.index = feature.list.length; feature.maxIndex = (l[1] as number) >>> (l[2] as number); }
    if (l[4] === 1) core.packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return core;
}

/**
 * The model object wink-nlp takes, with the given core and only the automata a pipe runs: wink builds every step's
 * automata for every instance (named entities, negation, sentiment, POS), whatever its pipe, and a step a pipe leaves
 * out never reads them (readDoc in wink-nlp.js), so the others get an empty machine (2 MB of heap for the two).
 */
function modelFor(core: Core, steps: ReadonlySet<'pos' | 'negation' | 'sentiment'>): Model {
  const part = (name: string): unknown => require(`${MODEL_DIST}${name}`);
  const EMPTY = '[100,0,{"0":{}},{},{},{}]';
  const pos = part('load-pos-model.js') as () => { machines: string[]; transformers: unknown[] };
  const neg = part('load-negation-model.js') as () => { machines: string[] };
  const sa = part('load-sa-model.js') as () => { machines: string[] };
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer.js');
  addons.lemmatize = part('lemmatize.js');
  addons.readabilityStats = part('readability-stats.js');
  addons.wordVectors = undefined;
  const m = Object.create(null) as Record<string, unknown>;
  m.core = () => core;
  m.sbd = part('load-sbd-model.js');
  m.pos = steps.has('pos') ? pos : () => ({ ...pos(), machines: [], transformers: [] });
  m.ner = () => ({ machines: [], transformers: [] });
  m.negation = steps.has('negation') ? neg : () => ({ ...neg(), machines: [EMPTY] });
  m.sa = steps.has('sentiment') ? sa : () => ({ ...sa(), machines: [EMPTY] });
  m.metaCER = part('load-cer-meta-model.js');
  m.featureFn = part('feature.js');
  m.addons = addons;
  return m as unknown as Model;
}

// wink's cache (wink-nlp/src/cache.js) adds every word a document holds that its lexicon lacks to the lexicon (its hash
// and list, and the word's features to a private array), and the tokenizer then reads a learned word as one token
// where it would otherwise split it: "anyone else’s problem" is "else", "’s" to a fresh instance, and "else’s" once any
// document held "else’s," (one token before a comma). So a reading depended on every document read before it in the thread
// (another article, a paragraph before, a span of the stance stage). Each instance's cache is made resettable here: its
// methods live on an object wink holds, a reset cuts the core's lists back to the model's own words (which keep their
// ids), and the cache is then renewed: a fresh cache on the same core. `readDoc` resets first when the last document
// taught the core anything, so every document is read as a fresh instance reads it: a function of its text alone.
// (Every caller is done with a document before either instance reads the next, so no document outlives the cache state
// it was read with. A reading that throws after wink added words leaves them in the core, where the next `readDoc` of
// either instance finds them, since the reset is keyed on the lexicon's length; a renewal that throws leaves its cache
// stale, to be renewed again.)

/** wink's cache.js: a cache of a core, with the feature extractors of the model. */
type CacheFactory = (core: Core, featureFn: unknown) => Record<string, unknown>;
/** Per core: the marks that make each cache built on it (one an instance) stale. */
const stales = new WeakMap<Core, Array<() => void>>();
/** The renewal of the cache built last (by the instance being built): renews it when stale. */
let lastRenewal: (() => void) | null = null;

/**
 * A cache as wink's own, whose methods are replaced by a fresh cache's after a reset (see above). The core's reset
 * (`resetCore`) takes the learned words out of the core and marks every cache built on it (both instances of the
 * thread) stale, since the words it took out are those of whichever instance read last; a stale cache is renewed
 * before its instance reads.
 */
function resettable(factory: CacheFactory): CacheFactory {
  return (core, featureFn) => {
    const held = Object.create(null) as Record<string, unknown>;
    let stale = true;
    // (the model's feature extractors keep no state: built once, not at every renewal, where they were ~40 % of its cost)
    let features: unknown;
    const once = (config: unknown): unknown => (features ??= (featureFn as (c: unknown) => unknown)(config));
    const renew = (): void => { if (stale) { Object.assign(held, factory(core, once)); stale = false; } };
    renew();
    const marks = stales.get(core) ?? [];
    marks.push(() => { stale = true; });
    stales.set(core, marks);
    lastRenewal = renew;
    return held;
  };
}

/** Takes the words documents taught the caches out of the core (its lists and hashes back to the model's own words). */
function resetCore(core: Core): void {
  const lexeme = core.features.lexeme as CoreFeature;
  if (lexeme.list.length === lexeme.intrinsicSize) return; // nothing learned (a new feature value comes with a new word)
  for (const f in core.features) {
    const feature = core.features[f] as CoreFeature;
    const size = feature.intrinsicSize;
    if (!feature.hash || size === undefined || feature.list.length === size) continue;
    for (let k = size; k < feature.list.length; k += 1) delete feature.hash[feature.list[k] as string];
    feature.list.length = size;
    feature.index = size;
  }
  for (const mark of stales.get(core) ?? []) mark();
}

let factory: typeof winkNLP | null = null;
/**
 * wink-nlp's factory, evaluated for this module with the resettable cache in place of its own cache.js (its other
 * modules are shared with any other copy loaded in the process; they keep no state). The process's own copy of
 * wink-nlp, if something else loaded it, is left as it was.
 */
function winkFactory(): typeof winkNLP {
  if (factory) return factory;
  const main = require.resolve('wink-nlp');
  const cachePath = require.resolve('wink-nlp/src/cache.js');
  const saved = { main: require.cache[main], cache: require.cache[cachePath] };
  const own = require(cachePath) as CacheFactory;
  try {
    delete require.cache[main];
    (require.cache[cachePath] as { exports: unknown }).exports = resettable(own);
    factory = require(main) as typeof winkNLP;
  } finally {
    if (saved.main) require.cache[main] = saved.main; else delete require.cache[main];
    if (saved.cache) { saved.cache.exports = own; require.cache[cachePath] = saved.cache; } else delete require.cache[cachePath];
  }
  return factory;
}

/** Builds a wink instance with the given core and pipe whose every `readDoc` reads against the model's own lexicon alone. */
function instance(core: Core, steps: ReadonlySet<'pos' | 'negation' | 'sentiment'>, pipe: string[]): Nlp {
  lastRenewal = null;
  const built = winkFactory()(modelFor(core, steps), pipe as never);
  const renew = lastRenewal as (() => void) | null;
  if (!renew) throw new Error('wink-nlp built no resettable cache for this instance');
  const readDoc = built.readDoc;
  built.readDoc = (text: string) => { resetCore(core); renew(); return readDoc(text); };
  return built;
}

let core: Core | null = null;
/** The core both instances of the thread read (coreModel). */
const theCore = (): Core => (core ??= coreModel());

/**
 * Runs what the pipeline reads of wink — tokens, sentence boundaries and POS (lemma and normal form are read from the
 * tokens) — and not wink's entities, negation and sentiment, which no stage reads from this instance (the stance stage
 * takes the sentiment of a span from `sentimentNlp`). POS and sentence boundaries do not depend on the three: wink runs
 * them on the tokens alone (readDoc in wink-nlp.js), and the skipped steps were ~35 % of its cost per paragraph.
 */
export function nlp(): Nlp {
  if (!shared) {
    shared = instance(theCore(), new Set(['pos']), ['sbd', 'pos']);
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
  sentimentOnly ??= instance(theCore(), new Set(['negation', 'sentiment']), ['sbd', 'negation', 'sentiment']);
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
