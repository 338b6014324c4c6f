import type { Sentence, Token } from '../../model/document.js';
import { MAX_SENTENCE_TOKENS } from './tokenize.js';

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}’'.-]*$/u;
const FOLLOWS_A_NAME = new Set(['VERB', 'AUX']);

/**
 * wink's lite model tags many unknown surnames as verbs ("Kern insisted", "Okafor told"), which hides the speaker of the
 * very statement it precedes. A capitalised word tagged VERB is taken as a proper noun when it is not the first word of
 * its sentence (English capitalises verbs only there), or when it is the first word and a verb or a comma follows it
 * ("Kern insisted …", "Kern, who …"). Returns new tokens; the input is not changed.
 */
export function retagProperNames(tokens: readonly Token[], sentences: readonly Sentence[]): Token[] {
  const out = tokens.slice();
  for (const s of sentences) {
    let first = s.tokenStart;
    while (first < s.tokenEnd && (out[first] as Token).pos === 'PUNCT') first++;
    for (let i = first; i < s.tokenEnd; i++) {
      const t = out[i] as Token;
      if (t.pos !== 'VERB' || !CAPITALISED.test(t.text) || t.text.length < 2) continue;
      const next = out[i + 1];
      const initial = i === first;
      if (initial && !(next && i + 1 < s.tokenEnd && (FOLLOWS_A_NAME.has(next.pos) || next.text === ','))) continue;
      // All-capital words mid-sentence are acronyms (proper nouns too), so no exception is needed for them.
      out[i] = { ...t, pos: 'PROPN', lemma: t.normal };
    }
  }
  return out;
}

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
