// The tone tie-break (judge-stance.ts: a clearly negative neutral report leans against the parties it names) reaches no
// party named only as where something happened or for whom: "a reporter detained in Ostravia", "a hardship fund for the
// players", "it had received complaints about the firm" (tone-bystander-words.json). Reads the few words before the
// party's mention only.
import { z } from 'zod';
import toneBystanderWords from '../../lexicon/tone-bystander-words.json' with { type: 'json' };
import { escapeRegExp } from '../../model/search.js';

const WORDS = z.object({ prepositionsBefore: z.array(z.string().min(1)) }).parse(toneBystanderWords);

const BYSTANDER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${WORDS.prepositionsBefore.map(escapeRegExp).join('|')})[^\\S\\n]+(?:(?:the|a|an)[^\\S\\n]+)?$`, 'iu');

/** A mention written as the owner of what follows ("Stanhope’s record", "the Harbour Trust's plans", "the agency’s
 *  inspection schedules"): up to four words, the article included, then the possessive. */
const POSSESSOR = /^(?:[\p{L}.&-]+[^\S\n]+){0,3}[\p{L}.&-]+[’']s?(?![\p{L}])/u;

/** Whether the party mentioned at `at` in `text` follows a preposition that names a bystander ("in", "for", "about" …),
 *  and is not written as the owner of what the words are about ("questions about Stanhope’s record"). */
export function bystanderMention(text: string, at: number): boolean {
  return at >= 0 && BYSTANDER_BEFORE.test(text.slice(Math.max(0, at - 16), at)) && !POSSESSOR.test(text.slice(at, at + 80));
}
