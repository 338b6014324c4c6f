import type { Message } from '../../model/article-result.js';
import type { Paragraph, Sentence, Token } from '../../model/document.js';
import { makeToken } from '../../model/document.js';
import { nlp } from '../../nlp/wink.js';

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
    const base = tokens.length;
    let at = p.start;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      at += (spaces[i] ?? '').length;
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
    for (const [first, last] of spans) {
      const te = base + last + 1;
      if (te - (base + first) > MAX_SENTENCE_TOKENS) {
        const a = tokens[base + first];
        const b = tokens[te - 1];
        if (a && b) messages.push({ ruleId: 'sentence-too-long', reason: `a sentence of ${te - base - first} tokens was cut into pieces of ${MAX_SENTENCE_TOKENS} tokens`, start: a.start, end: b.end });
      }
      for (let ts = base + first; ts < te; ts += MAX_SENTENCE_TOKENS) {
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
