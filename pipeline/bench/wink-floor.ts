// wink-nlp alone: the floor the pipeline builds on.
import { splitParagraphs } from '../../src/stages/segment/split-paragraphs.js';
import { nlp } from '../../src/nlp/wink.js';

/**
 * The work tokenize.ts asks of wink per paragraph — readDoc, tokens with their preceding spaces (for offsets), POS,
 * lemma, normal form, sentence spans — and nothing else. Returns the token count.
 */
export function winkFloor(text: string): number {
  const engine = nlp();
  const its = engine.its;
  let count = 0;
  for (const p of splitParagraphs(text)) {
    const doc = engine.readDoc(text.slice(p.start, p.end));
    const words = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    doc.tokens().out(its.pos);
    doc.tokens().out(its.lemma as never);
    doc.tokens().out(its.normal);
    doc.sentences().out(its.span as never);
    // Offsets as tokenize.ts rebuilds them.
    let at = p.start;
    for (let i = 0; i < words.length; i++) at += (spaces[i] ?? '').length + (words[i] ?? '').length;
    if (at > text.length) throw new Error('wink changed the text');
    count += words.length;
  }
  return count;
}

