import type { Sentence, Token } from '../../model/document.js';
import { MAX_SENTENCE_TOKENS } from './tokenize.js';

/**
 * wink ends sentences after abbreviations inside names ("Rep. Gwen Moore (D-Wis.) said") and after a question or
 * exclamation that closes a quote ("“… the room?” she said."). A sentence that opens with a lower-case word or a closing
 * bracket continues the previous one in the same paragraph: merge them. Returns new sentences and tokens.
 */
export function mergeSplitSentences(tokens: readonly Token[], sentences: readonly Sentence[]): { sentences: Sentence[]; tokens: Token[] } {
  const merged: Sentence[] = [];
  for (const s of sentences) {
    const prev = merged[merged.length - 1];
    const first = tokens[s.tokenStart];
    // (never past the tokenizer's cap on a sentence's length, which keeps pathological lines linear)
    const continues = prev !== undefined && first !== undefined && prev.paragraph === s.paragraph && prev.tokenEnd === s.tokenStart
      && (/^\p{Ll}/u.test(first.text) || first.text === ')') && s.tokenEnd - prev.tokenStart <= MAX_SENTENCE_TOKENS;
    if (continues && prev) merged[merged.length - 1] = { ...prev, end: s.end, tokenEnd: s.tokenEnd };
    else merged.push({ ...s, index: merged.length });
  }
  if (merged.length === sentences.length) return { sentences: merged, tokens: tokens.slice() };
  const out = tokens.slice();
  for (const s of merged) for (let k = s.tokenStart; k < s.tokenEnd; k++) if ((out[k] as Token).sentence !== s.index) out[k] = { ...(out[k] as Token), sentence: s.index };
  return { sentences: merged, tokens: out };
}
