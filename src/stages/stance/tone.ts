// The general sentiment of a span, for the stance stage's tie-breaks (issue 6: a general lexicon only breaks ties; it
// reads "found no evidence of … violating" as strongly negative, the wrong way round).
import actWords from '../../lexicon/act-words.json' with { type: 'json' };
import { escapeRegExp } from '../../model/search.js';
import { sentimentNlp } from '../../nlp/wink.js';

/** "heart failure", "kidney failure": an illness named by its organ or a breakdown named by its machine (act-words
 *  conditionFailureModifiers), no failure to be judged; read as the neutral "condition". */
const ORGAN_FAILURE = new RegExp(`(?<![\\p{L}])((?:${actWords.conditionFailureModifiers.map(escapeRegExp).join('|')})[^\\S\\n]+)failures?(?![\\p{L}])`, 'giu');

/** How clearly a span's sentiment must lean (either way) before it decides anything. */
export const TONE_THRESHOLD = 0.4;

/**
 * Spans already read. wink's sentiment of a span depends on its text alone, and the stance stage asks for the same span
 * more than once (a statement's content, then the part of it after its last "but", often the same text; the act rules
 * read it again). Bounded: emptied when full.
 */
const memo = new Map<string, number>();
const MEMO_MAX = 5_000;

/** wink's sentiment of a span, -1 … 1. */
export function toneOf(text: string): number {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const n = sentimentNlp();
  const tone = n.readDoc(text.replace(ORGAN_FAILURE, '$1condition')).out(n.its.sentiment) as number;
  if (memo.size >= MEMO_MAX) memo.clear();
  // (a copy, so that the key does not keep the article it was sliced from alive)
  memo.set((` ${text}`).slice(1), tone);
  return tone;
}
