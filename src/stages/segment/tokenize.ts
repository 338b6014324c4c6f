import type { Message } from '../../model/article-result.js';
import type { Paragraph, Sentence, Token } from '../../model/document.js';
import { makeToken } from '../../model/document.js';
import { nlp } from '../../nlp/wink.js';
import { COREFERENCE_WORDS } from '../../lexicon/registry.js';
import statementWords from '../../lexicon/statement-words.json' with { type: 'json' };

/** Title abbreviations wink cuts from their full stop ("Rev", "."): one token with it before a capitalised name. */
const SPLIT_TITLES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.titleAbbreviations);

/** "wrote on X.": a platform named by one capital letter, whose full stop wink reads as an initial's. */
const ONE_LETTER_PLATFORMS: ReadonlySet<string> = new Set(statementWords.oneLetterPlatforms);
const PLATFORM_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'via']);

/**
 * wink keeps "X." as one token (an initial) and runs the sentence on: "posted the news on X. The council said …". After
 * "on"/"via", a platform letter with its full stop, before a capitalised word, a quote mark or the paragraph's end,
 * ends the sentence; "Malcolm X.", "John X. Smith" are names (no preposition before them).
 */
function platformStop(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  if (w.length !== 2 || w[1] !== '.' || !ONE_LETTER_PLATFORMS.has(w[0] as string)) return false;
  if (!PLATFORM_PREPOSITIONS.has((words[i - 1] ?? '').toLowerCase())) return false;
  const next = words[i + 1];
  return next === undefined || /^[\p{Lu}"“‘']/u.test(next);
}

/**
 * wink keeps a lower-case word and its full stop as one token when it reads the word as an abbreviation ("ore." as
 * Oregon's, "ill.", "mass.", "pa.") and then runs the sentence on into an opening quote mark: "… separate gold from ore.
 * “There are …,” she said." A lower-case word with its full stop right before an opening quote mark whose quote opens
 * with a capital ends the sentence (state and title abbreviations are written with a capital: "Salem, Ore. “We …" is left).
 */
function lowerWordStop(words: readonly string[], spaces: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  if (!/^\p{Ll}{2,}\.$/u.test(w)) return false;
  const mark = words[i + 1] ?? '';
  return /^[“"‘]$/u.test(mark) && (spaces[i + 1] ?? '') !== '' && /^\p{Lu}/u.test(words[i + 2] ?? '') && (spaces[i + 2] ?? '') === '';
}

export interface Tokenized { sentences: Sentence[]; tokens: Token[]; messages: Message[] }

/**
 * Longest sentence, in tokens. News sentences stay far below it (the corpus's longest has 61); a line without
 * punctuation would otherwise be one sentence, and every cue in it would report speech up to its end (output
 * quadratic in the line's length).
 */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Sentences and tokens of each paragraph from the shared wink instance, with character offsets rebuilt from
 * each token's preceding whitespace (wink's API has token indexes only).
 */
export function tokenizeParagraphs(text: string, paragraphs: Paragraph[]): Tokenized {
  const engine = nlp();
  const its = engine.its;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const messages: Message[] = [];
  for (const p of paragraphs) {
    const doc = engine.readDoc(text.slice(p.start, p.end));
    const all = doc.tokens();
    const words = all.out() as string[];
    const spaces = all.out(its.precedingSpaces) as string[];
    const pos = all.out(its.pos) as string[];
    const lemma = all.out(its.lemma as never) as unknown as string[];
    const normal = all.out(its.normal) as string[];
    // (our index of each wink token, and our tokens after which a sentence ends that wink ran on)
    const ours: number[] = [];
    const stops = new Set<number>();
    let at = p.start;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      at += (spaces[i] ?? '').length;
      ours.push(tokens.length);
      if (platformStop(words, i) && text.startsWith(w, at)) {
        tokens.push(makeToken(at, at + 1, w.slice(0, 1), (normal[i] ?? w).replace(/\.$/u, ''), (lemma[i] ?? w).replace(/\.$/u, ''), pos[i] ?? 'PROPN', -1));
        tokens.push(makeToken(at + 1, at + 2, '.', '.', '.', 'PUNCT', -1));
        stops.add(tokens.length - 1);
        at += 2;
        continue;
      }
      if (lowerWordStop(words, spaces, i) && text.startsWith(w, at)) {
        tokens.push(makeToken(at, at + w.length - 1, w.slice(0, -1), (normal[i] ?? w).replace(/\.$/u, ''), w.slice(0, -1).toLowerCase(), 'NOUN', -1));
        tokens.push(makeToken(at + w.length - 1, at + w.length, '.', '.', '.', 'PUNCT', -1));
        stops.add(tokens.length - 1);
        at += w.length;
        continue;
      }
      // ("said Rev. Tomas Trevwell": a title abbreviation wink cut from its full stop, before a capitalised word, is one
      // token with it, as "Sen." is)
      if (SPLIT_TITLES.has(w) && words[i + 1] === '.' && (spaces[i + 1] ?? '') === '' && /^\p{Lu}/u.test(words[i + 2] ?? '') && text.startsWith(`${w}.`, at)) {
        tokens.push(makeToken(at, at + w.length + 1, `${w}.`, `${w.toLowerCase()}.`, `${w.toLowerCase()}.`, 'PROPN', -1));
        ours.push(tokens.length - 1);
        at += w.length + 1;
        i++;
        continue;
      }
      let same = text.startsWith(w, at);
      if (!same) {
        // Defensive: wink promises lossless text; if a token ever differs, find it ahead rather than drift.
        const found = text.indexOf(w, at);
        if (found >= 0 && found < p.end) { at = found; same = true; }
      }
      const end = Math.min(at + w.length, p.end);
      // wink's own string when it is the text there (always, in practice): no copy of every token.
      tokens.push(makeToken(at, end, same && end === at + w.length ? w : text.slice(at, end), normal[i] ?? w.toLowerCase(), lemma[i] ?? w.toLowerCase(), pos[i] ?? 'X', -1));
      at = end;
    }
    const spans = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>;
    ours.push(tokens.length);
    const cut: Array<[number, number]> = [];
    for (const [first, last] of spans) {
      let from = ours[first] as number;
      const to = ours[last + 1] as number;
      for (let k = from; k < to - 1; k++) if (stops.has(k)) { cut.push([from, k + 1]); from = k + 1; }
      cut.push([from, to]);
    }
    for (const [tsFirst, te] of cut) {
      if (te - tsFirst > MAX_SENTENCE_TOKENS) {
        const a = tokens[tsFirst];
        const b = tokens[te - 1];
        if (a && b) messages.push({ ruleId: 'sentence-too-long', reason: `a sentence of ${te - tsFirst} tokens was cut into pieces of ${MAX_SENTENCE_TOKENS} tokens`, start: a.start, end: b.end });
      }
      for (let ts = tsFirst; ts < te; ts += MAX_SENTENCE_TOKENS) {
        const pe = Math.min(te, ts + MAX_SENTENCE_TOKENS);
        const a = tokens[ts];
        const b = tokens[pe - 1];
        if (!a || !b) continue;
        const index = sentences.length;
        for (let k = ts; k < pe; k++) (tokens[k] as Token).sentence = index;
        sentences.push({ start: a.start, end: b.end, index, paragraph: p.index, tokenStart: ts, tokenEnd: pe });
      }
    }
  }
  return { sentences, tokens, messages };
}
