// A court, tribunal or the police named as where a step is taken ("would appeal to the Supreme Court", "lodged a claim
// with the Employment Appeals Tribunal", "would take the matter to the police"): the forum asked to act, not the party the step is
// against (GUIDE decision 58: "A court or tribunal asked to rule is NONE"). Reads the name and the few words before its
// mention only.
import { z } from 'zod';
import forumWords from '../../lexicon/forum-words.json' with { type: 'json' };
import { escapeRegExp } from '../../model/search.js';

const ForumWords = z.object({
  forumHeads: z.array(z.string().min(1)),
  recoursePrepositions: z.array(z.string().min(1)),
  stepWords: z.array(z.string().min(1)),
});
const WORDS = ForumWords.parse(forumWords);

const alternatives = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');

/** A name whose head is a forum's: "Supreme Court", "Court of Appeal", "Employment Appeals Tribunal", "police". */
const FORUM_NAME = new RegExp(`(?:^|[^\\S\\n])(?:${alternatives(WORDS.forumHeads)})(?:[^\\S\\n]+of[^\\S\\n].*)?$`, 'iu');
/** The preposition of recourse right before the mention, with its article, after a word of a step taken and up to
 *  five words: "appeal to the ", "lodged a claim with the ", "take it to the ". Not an attitude: "furious with the
 *  police", "lost faith in the courts". */
const RECOURSE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(WORDS.stepWords)})(?:[^\\S\\n]+[\\p{L}’'-]+){0,5}?[^\\S\\n]+(?:${alternatives(WORDS.recoursePrepositions)})[^\\S\\n]+(?:the[^\\S\\n]+|a[^\\S\\n]+)?$`, 'iu');

/** Whether `name`, mentioned at `at` in `text`, is a forum named after a preposition of recourse. */
export function forumOfStep(text: string, name: string, at: number): boolean {
  if (at < 0 || !FORUM_NAME.test(name)) return false;
  return RECOURSE_BEFORE.test(text.slice(Math.max(0, at - 90), at));
}
