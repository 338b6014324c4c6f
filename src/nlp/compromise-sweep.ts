// compromise's post-tagger runs every pattern of its net that a sentence could match (`methods.one.bulkMatch`). To
// choose them, compromise's own bulkMatch walks ALL the net's hook keys (words and tags, thousands) for every sentence
// and asks the sentence's word-and-tag cache whether it holds each, concatenating a new array per hit; for the short
// names the name oracle parses that walk was about a quarter of each parse (cpu profile on 300 PolNeAR train
// articles: 2.4 of 8.8 s under the oracle's parses). `fastBulkMatch` computes the same list from the other side: it
// walks the sentence's cache (a few dozen entries) and looks each up in the net, then puts the hits in the order of
// the net's keys, so that the patterns, their order and the removal of repeats are compromise's own; the rest of the
// function (needs, ifNo, wants, always, minWords, running the matches) is compromise's code, restated. Same results,
// checked against the library's function in tests/compromise-sweep.test.ts.

interface SweepMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}
interface Net { hooks: Record<string, SweepMatch[]>; always: SweepMatch[] }
type Sentence = unknown[];
interface Methods { one: { cacheDoc: (docs: Sentence[]) => Array<Set<string>>; match: (docs: Sentence[], m: SweepMatch) => { ptrs: number[][] } } }
type BulkMatch = (docs: Sentence[], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Array<SweepMatch & { pointer: number[] }>;

/** Per hooks object of a net: the position of each key in `Object.keys(hooks)`, and the keys' pattern lists in that order. */
const ranked = new WeakMap<Record<string, SweepMatch[]>, { rank: Map<string, number>; lists: SweepMatch[][] }>();

function rankOf(hooks: Record<string, SweepMatch[]>): { rank: Map<string, number>; lists: SweepMatch[][] } {
  let r = ranked.get(hooks);
  if (!r) {
    const keys = Object.keys(hooks);
    r = { rank: new Map(keys.map((k, i) => [k, i])), lists: keys.map((k) => hooks[k] as SweepMatch[]) };
    ranked.set(hooks, r);
  }
  return r;
}

/** Whether at least `minWant` of a pattern's wants are in the sentence (wants may repeat; each counts, as in compromise). */
function wantsMet(m: SweepMatch, haves: Set<string>): boolean {
  let found = 0;
  for (const w of m.wants) if (haves.has(w)) found++;
  return found >= m.minWant;
}

/** compromise's `methods.one.bulkMatch` (1-one/sweep/methods/sweep/index.js), with its hook lookup made per sentence entry. */
export const fastBulkMatch: BulkMatch = (docs, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(docs);
  const { rank, lists } = rankOf(net.hooks);
  const results: Array<SweepMatch & { pointer: number[] }> = [];
  for (let n = 0; n < caches.length; n++) {
    const haves = caches[n] as Set<string>;
    // the hooks this sentence holds, in the order of the net's keys (as compromise walks them)
    const hits: number[] = [];
    for (const k of haves) { const i = rank.get(k); if (i !== undefined) hits.push(i); }
    hits.sort((a, b) => a - b);
    // Repeats are dropped first (the first of a match string is kept), then the library's filters, one after the other
    // on each pattern: all stated needs met, nothing of ifNo there, enough of the wants; the patterns run always are
    // added after them; then the sentence must have enough words for each.
    const termCount = (docs[n] as Sentence).length;
    const seen = new Set<string>();
    const maybe: SweepMatch[] = [];
    for (const i of hits) {
      for (const m of lists[i] as SweepMatch[]) {
        if (seen.has(m.match)) continue;
        seen.add(m.match);
        if (m.needs.every((need) => haves.has(need)) && (m.ifNo === undefined || m.ifNo.some((no) => haves.has(no)) !== true)
          && (m.wants.length === 0 || wantsMet(m, haves)) && termCount >= m.minWords) maybe.push(m);
      }
    }
    for (const m of net.always) if (termCount >= m.minWords) maybe.push(m);
    for (const m of maybe) {
      const res = methods.one.match([docs[n] as Sentence], m);
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          const todo = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) todo.unTag = m.unTag;
          results.push(todo);
        }
        if (opts.matchOne === true) return [results[0] as SweepMatch & { pointer: number[] }];
      }
    }
  }
  return results;
};

const library = new WeakMap<object, BulkMatch>();

/** Makes a compromise world's post-tagger choose its patterns with `fastBulkMatch` (once per world). */
export function useFastSweep(world: { methods: { one: { bulkMatch: BulkMatch } } }): void {
  if (library.has(world)) return;
  library.set(world, world.methods.one.bulkMatch);
  world.methods.one.bulkMatch = fastBulkMatch;
}

/** The library's own bulkMatch of a world `useFastSweep` changed (for tests). */
export const libraryBulkMatch = (world: object): BulkMatch | undefined => library.get(world);
