// fastBulkMatch must choose and run compromise's post-tagger patterns exactly as the library's bulkMatch does: same
// patterns in the same order, same pointers, hence the same tags for every term.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fastBulkMatch, libraryBulkMatch, useFastSweep } from '../src/nlp/compromise-sweep.js';
import { parsedKind } from '../src/stages/speakers/name-oracle.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;
const nlp = createRequire(import.meta.url)('compromise') as Any;
const world = nlp.world() as Any;

/** Every term's tags after a full parse, with the world's bulkMatch as it is set now. */
const tagsOf = (text: string): string[][] => nlp(text).json({ terms: { tags: true } }).flatMap((s: Any) => s.terms.map((t: Any) => [t.text, ...[...t.tags].sort()]));

/** Parses `texts` with the library's bulkMatch, then with fastBulkMatch: the tags of every term. */
function both(texts: readonly string[]): { library: string[][][]; fast: string[][][] } {
  parsedKind('Warm Up'); // the oracle installs fastBulkMatch on compromise's world
  const lib = libraryBulkMatch(world);
  if (!lib) throw new Error('fastBulkMatch is not installed');
  world.methods.one.bulkMatch = lib;
  const library = texts.map(tagsOf);
  world.methods.one.bulkMatch = fastBulkMatch;
  const fast = texts.map(tagsOf);
  return { library, fast };
}

describe('fastBulkMatch', () => {
  it('is installed once on compromise’s world by the name oracle', () => {
    parsedKind('Sandra Zorvik');
    expect(world.methods.one.bulkMatch).toBe(fastBulkMatch);
    useFastSweep(world); // a second call keeps the library's function as the original
    expect(libraryBulkMatch(world)).not.toBe(fastBulkMatch);
  });

  it('gives the library’s tags on names and sentences that trigger post-tagger patterns', () => {
    const texts = [
      'Mr. Zorvik', 'Pope Zorvik', 'Queen Pellane', 'Sandra Smith Zorvik', 'Angela Merkel of Germany', 'the Ministry of Defence',
      'University of Halden', 'Halden Valley Water Authority', 'Dr. Ada Pellane, the chief executive', 'Hong Kong', 'New York City Council',
      'She said the plan would fail.', 'The mayor of Halden, Ivo Drumelt, said on Tuesday that he was not going to resign.',
      'Senator Quarvessa (D-Ore.) last week said', 'I’ve been told we can’t go.', 'Lake Ostravel', 'St. Vantrice Hospital',
    ];
    const { library, fast } = both(texts);
    expect(fast).toEqual(library);
    // (the patterns did something: a title makes a person of an unknown word)
    expect(library[0]?.some((t) => t.includes('Person'))).toBe(true);
  });

  it('gives the library’s pattern list, order and pointers on the corpus’s capitalised word runs', () => {
    // Runs of one to four capitalised words from the project's own articles: the kind of text the oracle parses.
    const dir = new URL('../corpus/articles/', import.meta.url);
    const runs = new Set<string>();
    for (const f of readdirSync(dir).sort().slice(0, 30)) {
      for (const m of readFileSync(new URL(f, dir), 'utf8').matchAll(/(?:[A-Z][\p{L}.’'-]*[^\S\n]+){0,3}[A-Z][\p{L}’'-]*/gu)) runs.add(m[0]);
    }
    const texts = [...runs].slice(0, 600);
    expect(texts.length).toBeGreaterThan(300);
    const { library, fast } = both(texts);
    expect(fast).toEqual(library);
    // The matches themselves, compared directly on a parsed document.
    const lib = libraryBulkMatch(world) as Any;
    // (the nets compromise sweeps with, the post-tagger's among them, caught as they pass)
    const nets = new Set<Any>();
    world.methods.one.bulkMatch = (docs: Any, n: Any, methods: Any, opts: Any): Any => { nets.add(n); return lib(docs, n, methods, opts); };
    nlp('Mr. Zorvik');
    world.methods.one.bulkMatch = fastBulkMatch;
    expect(Math.max(...[...nets].map((n) => Object.keys(n.hooks).length))).toBeGreaterThan(300);
    const strip = (r: Any[]): Any[] => r.map((o) => ({ match: o.match, pointer: o.pointer }));
    for (const text of texts.slice(0, 150)) {
      const doc = nlp(text);
      for (const net of nets) expect(strip(fastBulkMatch(doc.docs, net, world.methods))).toEqual(strip(lib(doc.docs, net, world.methods)));
    }
  });
});
