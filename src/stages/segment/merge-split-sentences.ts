import type { Sentence, Token } from '../../model/document.js';
import { tokenWith } from '../../model/document.js';
import { MAX_SENTENCE_TOKENS } from './tokenize.js';
import { COREFERENCE_WORDS } from '../../lexicon/registry.js';

const DOTTED_TITLES: ReadonlySet<string> = new Set(COREFERENCE_WORDS.titleAbbreviations);

/**
 * wink ends sentences after abbreviations inside names ("Rep. Gwen Moore (D-Wis.) said") and after a question or
 * exclamation that closes a quote ("“… the room?” she said."), or after a name's parenthesis ("(D-Pa.), a backer,").
 * A sentence that opens with a lower-case word, a comma or semicolon, or a closing bracket continues the previous one in
 * the same paragraph: merge them. Returns new sentences and tokens.
 */
export function mergeSplitSentences(tokens: readonly Token[], sentences: readonly Sentence[]): { sentences: Sentence[]; tokens: Token[] } {
  const merged: Sentence[] = [];
  for (const s of rejoinDoubledApostrophes(tokens, sentences)) {
    const prev = merged[merged.length - 1];
    const first = tokens[s.tokenStart];
    // (never past the tokenizer's cap on a sentence's length, which keeps pathological lines linear)
    const continues = prev !== undefined && first !== undefined && prev.paragraph === s.paragraph && prev.tokenEnd === s.tokenStart
      && (/^\p{Ll}/u.test(first.text) || first.text === ')' || first.text === ',' || first.text === ';' || openParenthesis(tokens, prev, s) || endsWithTitle(tokens, prev, first) || insidePartyTag(tokens, prev, s))
      && s.tokenEnd - prev.tokenStart <= MAX_SENTENCE_TOKENS;
    if (continues && prev) merged[merged.length - 1] = { ...prev, end: s.end, tokenEnd: s.tokenEnd };
    else merged.push({ ...s, index: merged.length });
  }
  if (merged.length === sentences.length && merged.every((m, i) => m.tokenStart === (sentences[i] as Sentence).tokenStart)) return { sentences: merged, tokens: tokens.slice() };
  const out = tokens.slice();
  for (const s of merged) for (let k = s.tokenStart; k < s.tokenEnd; k++) if ((out[k] as Token).sentence !== s.index) out[k] = tokenWith(out[k] as Token, { sentence: s.index });
  return { sentences: merged, tokens: out };
}

/**
 * "''We will win.'' He added that …": some US papers close a quote with two apostrophes, and wink ends the sentence
 * between them, so the next sentence opens with a stray "'". The second half goes back to the sentence it closes.
 */
function rejoinDoubledApostrophes(tokens: readonly Token[], sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const first = tokens[s.tokenStart];
    const last = prev ? tokens[prev.tokenEnd - 1] : undefined;
    const beforeLast = prev && prev.tokenEnd - 2 >= prev.tokenStart ? tokens[prev.tokenEnd - 2] : undefined;
    const split = prev !== undefined && first !== undefined && last !== undefined && prev.paragraph === s.paragraph && prev.tokenEnd === s.tokenStart
      && first.text === "'" && last.text === "'" && last.end === first.start && !(beforeLast?.text === "'" && beforeLast.end === last.start);
    if (!split || !prev) { out.push(s); continue; }
    out[out.length - 1] = { ...prev, end: first.end, tokenEnd: prev.tokenEnd + 1 };
    const next = tokens[s.tokenStart + 1];
    if (s.tokenEnd > s.tokenStart + 1 && next) out.push({ ...s, start: next.start, tokenStart: s.tokenStart + 1 });
  }
  return out;
}

/** "Sen. Ada Brill (R-Ore.) said": the previous piece leaves a parenthesis open that closes early in this one. */
function openParenthesis(tokens: readonly Token[], prev: Sentence, s: Sentence): boolean {
  let depth = 0;
  for (let k = prev.tokenStart; k < prev.tokenEnd; k++) {
    const t = (tokens[k] as Token).text;
    if (t === '(') depth++;
    else if (t === ')' && depth > 0) depth--;
  }
  if (depth === 0) return false;
  // …and it broke after an abbreviation: "(D-N." — a short capitalised word and a full stop
  let k = prev.tokenEnd - 1;
  if ((tokens[k] as Token | undefined)?.text === '.') k--;
  if (k < prev.tokenStart || !/^\p{Lu}[\p{L}.]{0,4}$/u.test((tokens[k] as Token).text)) return false;
  for (let j = s.tokenStart; j < s.tokenEnd && j < s.tokenStart + 6; j++) if ((tokens[j] as Token).text === ')') return true;
  return false;
}

/** A title abbreviation wink does not know after a hyphen ("then-Sen. Barack Obama") ends no sentence; nor, before a
 *  capitalised word, one that ends a piece after a quote or a word ("…,” Rev. Tomas Trevwell of St Anne's told …"). */
const TITLE_ABBREVIATION = /^(?:Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Cmdr|Rev|Prof|Dr|Pres|Amb|Sec|Supt|Atty)\.?$/u;
function endsWithTitle(tokens: readonly Token[], prev: Sentence, first: Token): boolean {
  // the tokens run "then", "-", "Sen", "." (or "Sen." as one)
  let k = prev.tokenEnd - 1;
  const stop = (tokens[k] as Token | undefined)?.text === '.';
  if (stop) k--;
  const word = tokens[k];
  const hyphen = tokens[k - 1];
  if (!word || !hyphen || k - 1 < prev.tokenStart) return false;
  if (hyphen.text === '-' && hyphen.end === word.start && TITLE_ABBREVIATION.test(word.text)) return true;
  // (the abbreviation written with its full stop, right before a capitalised name in the next piece)
  const dotted = word.text.endsWith('.') || (stop && (tokens[k + 1] as Token).start === word.end);
  return dotted && DOTTED_TITLES.has(word.text.replace(/\.$/u, '')) && /^\p{Lu}\p{Ll}/u.test(first.text);
}

/** "Rep. Alicia Ferraro, D-N.Y., called": a party tag's dotted state ("D-N.Y.", "R-N.M.") ends no sentence. */
function insidePartyTag(tokens: readonly Token[], prev: Sentence, s: Sentence): boolean {
  // the previous piece runs "D", "-", "N", "." (or "N." as one); this one opens "Y." (or "Y", ".") and a comma
  let k = prev.tokenEnd - 1;
  if ((tokens[k] as Token | undefined)?.text === '.') k--;
  const letter = tokens[k];
  const hyphen = tokens[k - 1];
  const party = tokens[k - 2];
  if (!letter || !hyphen || !party || k - 2 < prev.tokenStart) return false;
  if (!/^\p{Lu}\.?$/u.test(letter.text) || hyphen.text !== '-' || !/^[RDI]$/u.test(party.text) || party.end !== hyphen.start || hyphen.end !== letter.start) return false;
  const first = tokens[s.tokenStart];
  let j = s.tokenStart + 1;
  if ((tokens[j] as Token | undefined)?.text === '.') j++;
  return first !== undefined && /^\p{Lu}\.?$/u.test(first.text) && (tokens[j] as Token | undefined)?.text === ',';
}
