// A speaker's report of a step it will take ("the board would hold an open session on Friday", "we will lay out our
// reasons to the court"): an announced step, SAY about no one (GUIDE section 6, decisions 20 and 49), not a report in the
// speaker's own favour. The stance stage asks it only of a self-report FAVOR; it reads the few words after the speaker's
// own mention, never the whole article.
import { z } from 'zod';
import ownStepWords from '../../lexicon/own-step-words.json' with { type: 'json' };
import { escapeRegExp } from '../../model/search.js';

const OwnStepWords = z.object({
  futureMarkers: z.array(z.string().min(1)),
  possessives: z.array(z.string().min(1)),
  betweenMarkerAndVerb: z.array(z.string().min(1)),
  notSteps: z.array(z.string().min(1)),
});
const WORDS = OwnStepWords.parse(ownStepWords);

const alternatives = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');

const wordMarkers = WORDS.futureMarkers.filter((m) => /^\p{L}/u.test(m));
const cliticMarkers = WORDS.futureMarkers.filter((m) => !/^\p{L}/u.test(m));
/** The verb a marker announces, after the words that may stand between ("would not appeal", "will also publish"); not a
 *  verb that makes the words no step ("is to blame"). */
const VERB = `(?:[^\\S\\n]+(?:${alternatives(WORDS.betweenMarkerAndVerb)})(?![\\p{L}]))*[^\\S\\n]+(?!(?:${alternatives(WORDS.notSteps)})(?![\\p{L}]))\\p{Ll}[\\p{L}-]*`;
/** The marker and the verb it announces, right after the subject ("would hold", "will not appeal"). */
const STEP = new RegExp(`^[^\\S\\n]+(?:${alternatives(wordMarkers)})(?![\\p{L}])${VERB}`, 'iu');
/** The apostrophe forms ("we'll publish") follow the pronoun with no space. */
const CLITIC_STEP = new RegExp(`^(?:${alternatives(cliticMarkers)})${VERB}`, 'iu');
const POSSESSIVE = new RegExp(`^(?:${alternatives(WORDS.possessives)})$`, 'iu');
/** One word of the subject a possessive opens ("its initial findings", "our next generation of aircraft"). */
const SUBJECT_WORD = /^[^\S\n]+[\p{L}-]+/u;
/** How many words a possessive's subject may run to before its marker. */
const MAX_SUBJECT_WORDS = 4;

/**
 * Whether the speaker's own mention at [start, end) of `text` is the subject of a step it announces: the mention (a self
 * word or the speaker's name) followed by a future marker and a verb ("the council would hold", "we will not appeal"),
 * or a possessive opening a subject of a few words that is ("its initial findings would be published"). Not a self word
 * inside a longer subject ("Nothing we sell will steer a missile"), nor a step in the past ("we have built").
 */
export function announcesOwnStep(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const after = text.slice(end, end + 120);
  if (CLITIC_STEP.test(after) || STEP.test(after)) return true;
  if (!POSSESSIVE.test(text.slice(start, end))) return false;
  let rest = after;
  for (let words = 0; words < MAX_SUBJECT_WORDS; words++) {
    const word = SUBJECT_WORD.exec(rest);
    if (!word) return false;
    rest = rest.slice(word[0].length);
    if (STEP.test(rest)) return true;
  }
  return false;
}
