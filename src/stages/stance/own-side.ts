// A speaker's own side as the article introduces it, and readings of content that must not give a stance to a party:
// - the body named in the relative clause right after a speaker's name ("Ana Reis, who chairs the group Tenants First",
//   "Councillor Tom Galstow, whose Green Party voted against the plan") is the speaker's own, as an affiliation is;
// - a body that only voted for or against a measure another body carried is one side in the vote, not its taker;
// - a negated saying that opens a quote ("Nobody is saying the plant must close") hedges a demand, it defends no one;
// - another speaker's clause opened by "while" inside a span ("…, while Labour's spokeswoman, Ann Bell, warned …") is
//   not what the first speaker said.
// Word lists: src/lexicon/own-side-words.json.
import { z } from 'zod';
import ownSideWords from '../../lexicon/own-side-words.json' with { type: 'json' };
import { escapeRegExp } from '../../model/search.js';

const OwnSideWords = z.object({
  $comment: z.string().optional(),
  sideVoteAfter: z.array(z.string().min(1)),
  introducingVerbs: z.array(z.string().min(1)),
  bodyNounsBefore: z.array(z.string().min(1)),
  negatedDemandOpeners: z.array(z.string().min(1)),
  contrastOpeners: z.array(z.string().min(1)),
});
const WORDS = OwnSideWords.parse(ownSideWords);

const alternatives = (list: readonly string[]): string =>
  [...list].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /gu, '[^\\S\\n]+')).join('|');

const SIDE_VOTE = new RegExp(`^[^\\S\\n]+(?:${alternatives(WORDS.sideVoteAfter)})(?![\\p{L}])`, 'iu');
/** Whether the words right after a vote verb ending at `verbEnd` make its subject one side in the vote ("voted against"). */
export function sideVote(text: string, verbEnd: number): boolean {
  return SIDE_VOTE.test(text.slice(verbEnd, verbEnd + 20));
}

const NAME = '\\p{Lu}[\\p{L}’\'&.-]*(?:[^\\S\\n]+(?:(?:of|for|and|the|&)[^\\S\\n]+)*\\p{Lu}[\\p{L}’\'&.-]*)*';
const INTRODUCED = new RegExp(`^[^\\S\\n]*,[^\\S\\n]+(?:who[^\\S\\n]+(?:${alternatives(WORDS.introducingVerbs)})|whose)`
  + `(?:[^\\S\\n]+(?:${alternatives(WORDS.bodyNounsBefore)}))*[^\\S\\n]+(${NAME})`, 'u');
/** The body a relative clause right after a speaker's mention (ending at `mentionEnd`) names as the speaker's own:
 *  "Ana Reis, who chairs the group Tenants First" → "Tenants First"; "Tom Galstow, whose Green Party voted …" → "Green Party". */
export function introducedBody(text: string, mentionEnd: number): string | undefined {
  const m = INTRODUCED.exec(text.slice(mentionEnd, mentionEnd + 160));
  return m ? (m[1] as string).replace(/[’']s$/u, '') : undefined;
}

const NEGATED_DEMAND = new RegExp(`^[“"‘']?(?:${alternatives(WORDS.negatedDemandOpeners)})(?![\\p{L}])`, 'iu');
/** Whether content opens with a negated saying ("Nobody is saying …", "We are not asking …"): a hedge on a demand. */
export function negatedDemandOpening(content: string): boolean {
  return NEGATED_DEMAND.test(content.trimStart());
}

const CONTRAST = new RegExp(`,[”"’']?[^\\S\\n]+(?:${alternatives(WORDS.contrastOpeners)})[^\\S\\n]+`, 'giu');
/**
 * Where a contrast clause ("…, while Labour's spokeswoman, Ann Bell, warned …") opens inside content that runs from
 * `start` to `end`, when it holds the mention of another statement's speaker whose cue comes after the span: the text from
 * there is the other speaker's attribution, not this speaker's words (`othersFrom(from, to)`: the other statements whose
 * speaker mention starts in [from, to)). -1 when none.
 */
export function contrastCut(text: string, start: number, end: number, othersFrom: (from: number, to: number) => ReadonlyArray<{ mentionAt: number; cueAt: number }>): number {
  const span = text.slice(start, end);
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(span); m; m = CONTRAST.exec(span)) {
    const at = start + m.index;
    const opens = at + m[0].length;
    // (the other statement's cue past this span's end: the span ran on into the other's attribution, "…, while Labour's
    // spokeswoman, Ann Bell" | "warned"; a cue inside the span, "According to the paper, Faye claimed …, while Hobling
    // claimed …", is part of what this source reports)
    if (othersFrom(opens, opens + 80).some((o) => o.cueAt > o.mentionAt && o.cueAt >= end)) return at;
  }
  return -1;
}
