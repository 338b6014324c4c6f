/**
 * compromise as a typing oracle for one short name (person, organization, place), cached. Its reading of a name depends
 * on the name alone, so one cache serves every article of a thread; names recur across a feed, and compromise is most of
 * the cost of the speaker stage (STACK.md: ~15x slower than wink). Threads can share what they learned
 * (`takeLearned` / `learn`), which only saves work: a name missing from the cache is read again, with the same answer.
 */
import nlpCompromise from 'compromise';

export type OracleKind = 'person' | 'organization' | 'place' | null;

const cache = new Map<string, OracleKind>();
const CACHE_MAX = 50_000;
let learned: Array<[string, OracleKind]> = [];
let collecting = false;

/** A copy of a short string that does not keep the article it was sliced from alive in the cache. */
const detached = (s: string): string => (` ${s}`).slice(1);

function remember(name: string, kind: OracleKind): void {
  if (cache.size >= CACHE_MAX) cache.clear(); // bounded: emptied when full
  cache.set(name, kind);
}

export function oracleKind(name: string): OracleKind {
  const hit = cache.get(name);
  if (hit !== undefined || cache.has(name)) return hit ?? null;
  const doc = nlpCompromise(name);
  const kind = doc.has('#Person') ? 'person' : doc.has('#Place') || doc.has('#Demonym') ? 'place' : doc.has('#Organization') ? 'organization' : null;
  const key = detached(name);
  remember(key, kind);
  if (collecting && learned.length < CACHE_MAX) learned.push([key, kind]);
  return kind;
}

/** The names read since the last call, to hand to other threads (the first call starts the collecting). */
export function takeLearned(): Array<[string, OracleKind]> {
  collecting = true;
  const out = learned;
  learned = [];
  return out;
}

/** Names another thread read. */
export function learn(entries: ReadonlyArray<readonly [string, OracleKind]>): void {
  for (const [name, kind] of entries) if (!cache.has(name)) remember(name, kind);
}

const genders = new Map<string, 'male' | 'female' | null>();

/** compromise's reading of a given name's gender ("Sandra" → female), cached per thread like the kinds. */
export function givenNameGender(first: string): 'male' | 'female' | null {
  const hit = genders.get(first);
  if (hit !== undefined) return hit;
  const d = nlpCompromise(first);
  const g = d.has('#FemaleName') ? 'female' : d.has('#MaleName') ? 'male' : null;
  if (genders.size >= CACHE_MAX) genders.clear();
  genders.set(detached(first), g);
  return g;
}
