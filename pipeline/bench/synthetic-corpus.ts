// A deterministic synthetic corpus for the benchmark, grown from the labelled articles: each variant of an article keeps
// its headline, shuffles its other paragraphs with a seeded PRNG and swaps its surnames for names from a fixed list.
// Same seed, same bytes: the figures of two runs compare the same work.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface SeedArticle { id: string; text: string }

/** Surnames swapped in for the corpus's own (a fixed list, so the corpus is the same on every machine). */
const SURNAMES = [
  'Okafor', 'Lindqvist', 'Moreau', 'Castellanos', 'Haddad', 'Nakamura', 'Brennan', 'Kowalczyk', 'Achterberg', 'Ferreira',
  'Osei', 'Petrov', 'Mbeki', 'Halloran', 'Szabo', 'Quintero', 'Vasquez', 'Eriksen', 'Dubois', 'Tanaka',
  'Abernathy', 'Oyelaran', 'Marchetti', 'Novak', 'Sandoval', 'Whitcombe', 'Kaur', 'Delacroix', 'Yilmaz', 'Fitzgerald',
  'Agarwal', 'Bergstrom', 'Carvalho', 'Demir', 'Engel', 'Forsythe', 'Galloway', 'Horvath', 'Ibarra', 'Jankowski',
];

/** mulberry32: a small seeded PRNG, good enough for shuffling. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadSeedArticles(dir: string): SeedArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: basename(f, '.txt'), text: readFileSync(join(dir, f), 'utf8') }));
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

const FULL_NAME = /\b\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}{2,})\b/gu;

/** Variant `v` of an article; variant 0 is the article itself. */
export function variantOf(article: SeedArticle, v: number, seed: number): string {
  if (v === 0) return article.text;
  const rand = prng((seed ^ Math.imul(v + 1, 0x9e3779b1) ^ hash(article.id)) >>> 0);
  const lines = article.text.split('\n');
  const head = lines[0] ?? '';
  const body = shuffle(lines.slice(1).filter((l) => l.trim()), rand);
  let text = `${head}\n${body.join('\n')}\n`;
  const surnames = new Set<string>();
  for (const m of text.matchAll(FULL_NAME)) surnames.add(m[1] as string);
  for (const s of [...surnames].sort()) {
    const by = SURNAMES[Math.floor(rand() * SURNAMES.length)] as string;
    text = text.replace(new RegExp(`\\b${s}\\b`, 'gu'), by);
  }
  return text;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Enough variants of every seed article for at least `minBytes` (UTF-8) at scale 1. */
export function variantsFor(seeds: readonly SeedArticle[], minBytes: number): number {
  const bytes = seeds.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  return Math.max(1, Math.ceil(minBytes / bytes));
}

/** The corpus at `variants` variants per seed article, in a fixed order. */
export function* syntheticCorpus(seeds: readonly SeedArticle[], variants: number, seed: number): Generator<SeedArticle> {
  for (let v = 0; v < variants; v++) {
    for (const a of seeds) yield { id: `${a.id}-v${String(v).padStart(3, '0')}`, text: variantOf(a, v, seed) };
  }
}

/** One article of at least `minBytes`: a headline, then the shuffled paragraphs of many variants. */
export function longArticle(seeds: readonly SeedArticle[], minBytes: number, seed: number): string {
  const parts: string[] = ['A very long article made of many reports, for the benchmark\n'];
  let bytes = Buffer.byteLength(parts[0] as string);
  for (let v = 1; bytes < minBytes; v++) {
    for (const a of seeds) {
      const body = variantOf(a, v, seed).split('\n').slice(1).join('\n');
      parts.push(body);
      bytes += Buffer.byteLength(body);
      if (bytes >= minBytes) break;
    }
  }
  return parts.join('');
}
