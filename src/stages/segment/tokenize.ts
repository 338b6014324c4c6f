import type { Paragraph, Sentence, Token } from '../../model/document.js';
import { nlp } from '../../nlp/wink.js';

export interface Tokenized { sentences: Sentence[]; tokens: Token[] }

/**
 * Sentences and tokens of each paragraph from the shared wink instance, with character offsets rebuilt from
 * each token's preceding whitespace (wink's API has token indexes only).
 */
export function tokenizeParagraphs(text: string, paragraphs: Paragraph[]): Tokenized {
  const engine = nlp();
  const its = engine.its;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const p of paragraphs) {
    const doc = engine.readDoc(text.slice(p.start, p.end));
    const words = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const lemma = doc.tokens().out(its.lemma as never) as unknown as string[];
    const normal = doc.tokens().out(its.normal) as string[];
    const base = tokens.length;
    let at = p.start;
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      at += (spaces[i] ?? '').length;
      if (!text.startsWith(w, at)) {
        // Defensive: wink promises lossless text; if a token ever differs, find it ahead rather than drift.
        const found = text.indexOf(w, at);
        if (found >= 0 && found < p.end) at = found;
      }
      const end = Math.min(at + w.length, p.end);
      tokens.push({ start: at, end, text: text.slice(at, end), normal: normal[i] ?? w.toLowerCase(), lemma: lemma[i] ?? w.toLowerCase(), pos: pos[i] ?? 'X', sentence: -1 });
      at = end;
    }
    const spans = doc.sentences().out(its.span as never) as unknown as Array<[number, number]>;
    for (const [first, last] of spans) {
      const ts = base + first;
      const te = base + last + 1;
      const a = tokens[ts];
      const b = tokens[te - 1];
      if (!a || !b) continue;
      const index = sentences.length;
      for (let k = ts; k < te; k++) (tokens[k] as Token).sentence = index;
      sentences.push({ start: a.start, end: b.end, index, paragraph: p.index, tokenStart: ts, tokenEnd: te });
    }
  }
  return { sentences, tokens };
}
