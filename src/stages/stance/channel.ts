// A party named as the channel a speaker learned through or spoke through ("We found out from Facebook", "I read
// about the recall on Facebook", "telling the Gazette that the complaints had been logged"): it carried the news, and
// the statement's praise or complaint is not about it (GUIDE section 6: leave out entities mentioned only in passing).
// A channel that failed to tell ("we heard nothing from the council", "not from the company") is the one complained
// of, and stays. Reads the words before the party's mention, within its clause, only (channel-words.json).
import { z } from 'zod';
import channelWords from '../../lexicon/channel-words.json' with { type: 'json' };
import { escapeRegExp, wholeLiteralPlaces } from '../../model/search.js';

const WORDS = z.object({
  learnVerbs: z.array(z.string().min(1)),
  channelPrepositions: z.array(z.string().min(1)),
  tellVerbs: z.array(z.string().min(1)),
  absenceWords: z.array(z.string().min(1)),
  channelNouns: z.array(z.string().min(1)),
  toldAfterWords: z.array(z.string().min(1)),
}).parse(channelWords);

const alternatives = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');

/** A learning word, up to six words of its clause (no punctuation that ends one), a channel preposition, then up to two
 *  determiners or owners ("a parents’ ", "a neighbor's post on "), right before the mention. The words between are
 *  captured, to be read for absence. */
const LEARNED_THROUGH = new RegExp(`(?<![\\p{L}])(?:${alternatives(WORDS.learnVerbs)})((?:[^\\S\\n]+[^\\s.;:!?,”"]+){0,6}?)[^\\S\\n]+(?:${alternatives(WORDS.channelPrepositions)})[^\\S\\n]+(?:[\\p{L}’'-]+[^\\S\\n]+){0,2}?$`, 'iu');
/** A telling word and its object right after it: the audience ("told the Gazette", "in an interview with "). */
const TOLD_TO = new RegExp(`(?<![\\p{L}])(?<!(?:was|were|been|being|be|is|are|am)[^\\S\\n]+)(?:${alternatives(WORDS.tellVerbs)})[^\\S\\n]+(?:the[^\\S\\n]+)?$`, 'iu');
const ABSENCE = new RegExp(`(?<![\\p{L}])(?:${alternatives(WORDS.absenceWords.filter((w) => w !== "n't"))})(?![\\p{L}])|n[’']t(?![\\p{L}])`, 'iu');
/** The owner words allowed between the preposition and the mention must not be the mention's own clause opening
 *  ("from officials who …"): only determiners and owners, each ending the phrase before the name. */
const DETERMINERS = new RegExp(`^(?:(?:a|an|the|our|their|his|her|my|its|your|[\\p{L}-]+[’']s?|[\\p{L}-]+s[’'])[^\\S\\n]+|(?:${alternatives(WORDS.channelNouns)})[^\\S\\n]+(?:on|in|from)[^\\S\\n]+)*$`, 'iu');

/** Right after the mention, words that make the channel the party that told the news itself or told it late. */
const TOLD_AFTER = new RegExp(`^[^\\S\\n]+(?:${alternatives(WORDS.toldAfterWords)})(?![\\p{L}])`, 'iu');

/** The words between the channel preposition and the mention (LEARNED_THROUGH's match). */
const AFTER_PREPOSITION = new RegExp(`(?:${alternatives(WORDS.channelPrepositions)})[^\\S\\n]+((?:[\\p{L}’'-]+[^\\S\\n]+){0,2})$`, 'iu');

/**
 * How the party mentioned at `at` in `text` is named as a channel of news: `learned` through ("we found out from …"),
 * `told` (the audience of a telling word, "told the Gazette"; the caller keeps this one for an outlet, and for another
 * audience only when what it is told does not refer back to it, since a charge is often told to the one charged: "told
 * the Harbour Board that its handling had been a disgrace"), or null.
 */
export function channelKind(text: string, at: number): 'learned' | 'told' | null {
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 90), at);
  if (TOLD_TO.test(before)) return 'told';
  const m = LEARNED_THROUGH.exec(before);
  if (!m) return null;
  if (ABSENCE.test(m[1] ?? '')) return null;
  // (the owner of the channel, "the council’s own report", may be the one the news is about)
  if (/^[\p{L}\p{N}&.-]+(?:[^\S\n]+\p{Lu}[\p{L}\p{N}&.-]*)*[’']s?(?![\p{L}])/u.test(text.slice(at, at + 60))) return null;
  // (the words after the preposition are determiners or owners only)
  const afterPrep = AFTER_PREPOSITION.exec(m[0]);
  return DETERMINERS.test(afterPrep?.[1] ?? '') ? 'learned' : null;
}

/**
 * Whether the party whose mention ends at `end` told the news itself or told it late ("learned from the bank that her
 * account had been frozen", "heard from the school only after the damage was done"): then it is the one the news or
 * the complaint is about, no channel, unless it is an outlet, whose telling is its trade ("found out from the Echo that
 * the school would close"; the caller knows which).
 */
export function toldTheNewsItself(text: string, end: number): boolean {
  return TOLD_AFTER.test(text.slice(end, end + 40));
}

/** Whether the word written at `at` (a mention's first word after its article) is written only there within `text[start, end)`. */
export function mentionedOnce(text: string, at: number, start: number, end: number): boolean {
  // (a mention may open with its article, "the BBC")
  const word = /^(?:(?:the|a|an)[^\S\n]+)?([\p{L}\p{N}][\p{L}\p{N}&-]*)/iu.exec(text.slice(at, at + 60))?.[1];
  if (word === undefined) return false;
  // (the places of `(?<![\p{L}\p{N}])word(?![\p{L}\p{N}])`, found without a pattern compiled per call: ~4 % of a run)
  return wholeLiteralPlaces(text.slice(start, end), word).length <= 1;
}
