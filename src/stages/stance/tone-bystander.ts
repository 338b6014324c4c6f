// The tone tie-break (judge-stance.ts: a clearly negative neutral report leans against the parties it names) reaches no
// party named only as where something happened or for whom: "a reporter detained in Kelmana", "a hardship fund for the
// players", "it had received complaints about the firm" (tone-bystander-words.json). Reads the few words before the
// party's mention only.
import { z } from 'zod';
import toneBystanderWords from '../../lexicon/tone-bystander-words.json' with { type: 'json' };
import { escapeRegExp } from '../../model/search.js';

const WORDS = z.object({
  prepositionsBefore: z.array(z.string().min(1)),
  reactionBeforeTo: z.array(z.string().min(1)),
  stakeBeforeFor: z.array(z.string().min(1)),
  possessivePronouns: z.array(z.string().min(1)),
}).parse(toneBystanderWords);

const alt = (words: string[]): string => words.map(escapeRegExp).join('|');

/** The preposition right before the mention (an article between or not), and the word before the preposition. */
const BYSTANDER_BEFORE = new RegExp(`(?:(?<![\\p{L}])([\\p{L}-]+)[^\\S\\n]+)?(?<![\\p{L}])(${alt(WORDS.prepositionsBefore)})[^\\S\\n]+(?:(?:the|a|an)[^\\S\\n]+)?$`, 'iu');
const REACTION_BEFORE_TO = new Set(WORDS.reactionBeforeTo.map((w) => w.toLowerCase()));
const STAKE_BEFORE_FOR = new Set(WORDS.stakeBeforeFor.map((w) => w.toLowerCase()));

/** A mention written as the owner of what follows ("Stanhope’s record", "the Harbour Trust's plans", "the agency’s
 *  inspection schedules"): up to four words, the article included, then the possessive. */
const POSSESSOR = /^(?:[\p{L}.&-]+[^\S\n]+){0,3}[\p{L}.&-]+[’']s?(?![\p{L}])/u;
/** "for his offence": a possessive pronoun, the owner of what follows. */
const POSSESSIVE_PRONOUN = new RegExp(`^(?:${alt(WORDS.possessivePronouns)})[^\\S\\n]+\\p{L}`, 'iu');
/** "for Hollis to win", "for the judge to criticise": the party after "for" then acts (up to four words of the
 *  mention, then "to" and a verb, not a determiner). */
const ACTS_AFTER_FOR = /^(?:[\p{L}.’'-]+[^\S\n]+){1,4}?to[^\S\n]+(?!(?:the|a|an|his|her|their|its|this|that|these|those)(?![\p{L}]))\p{Ll}/u;

/** Whether the party mentioned at `at` in `text` follows a preposition that names a bystander ("in", "for", "about" …),
 *  and is not written as the owner of what the words are about ("questions about Stanhope’s record"), nor the one the
 *  words oppose or react to ("stand up to Hollis"), nor the one who acts ("no path for Hollis to win") or whose own harm
 *  or gain is told ("a trouble spot for Hollis"). */
export function bystanderMention(text: string, at: number): boolean {
  if (at < 0) return false;
  const before = BYSTANDER_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!before) return false;
  const after = text.slice(at, at + 80);
  if (POSSESSOR.test(after) || POSSESSIVE_PRONOUN.test(after)) return false;
  const prep = (before[2] ?? '').toLowerCase();
  const prior = (before[1] ?? '').toLowerCase();
  if (prep === 'to' && REACTION_BEFORE_TO.has(prior)) return false;
  if (prep === 'for' && (STAKE_BEFORE_FOR.has(prior) || ACTS_AFTER_FOR.test(after))) return false;
  return true;
}
