// Loads the cue lexicon (cues.json, and an optional user file) and validates it at load.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Act, Framing } from '../model/labels.js';
import { PipelineError } from '../model/stage.js';
import defaults from './cues.json' with { type: 'json' };

const CueEntry = z.object({
  /** One word: a cue is matched token by token, so "go on" would never match; several words are a phrase. */
  lemma: z.string().min(1).regex(/^\S+$/u, 'a lemma is one word; several words ("go on") make a phrase: put them in "phrases" as {"words": ["go", "on"], "act": …, "framing": …, "kind": "verb"}'),
  act: Act,
  framing: Framing,
  object: z.boolean().optional(),
  needsVerbTag: z.boolean().optional(),
  /** A cue only with a naming complement after its object: "called the plan “a disgrace”", "called Trump a liar". */
  needsComplement: z.boolean().optional(),
  /** A cue only before a reported clause ("thinks (that) the plan will fail", "expects prices to …" is not one) or closing
   *  an inverted attribution ("…, she believes."); not in "believe in", "think about", "expect to win", nor in a question. */
  needsClause: z.boolean().optional(),
  /** A cue only before a reported clause or a quote, as needsClause, for a verb of speech that is also an act or a noise
   *  with a noun object ("declared a state of emergency", "shouted abuse"); unlike needsClause, no belief verb: a clause
   *  of it inside another statement is a statement of its own. */
  clauseOrQuote: z.boolean().optional(),
  /** A cue only next to a quote: closing it ("“…,” she continued.", "“…,” continued Smith") or opening it ("he
   *  continued: “…”"); "continued to rise", "the strike continued" report nothing. */
  needsQuote: z.boolean().optional(),
  /** Not a cue when a noun phrase and "to" follow: the verb hands something over ("reported it to the police",
   *  "conceded the seat to his rival", "admitted the child to hospital"). */
  transferSense: z.boolean().optional(),
  /** Not a cue when negated ("did not mention", "never mentioned"): the reporter observes what a speaker or a document
   *  left out, no words of theirs are reported. */
  notNegated: z.boolean().optional(),
  /** A cue only inside another statement's reported content, with a subject of its own (GUIDE decision 55: "said
   *  managers had instructed staff to …", "said the developer had offered to …"); in the narrative the verb tells of a
   *  deed as often as of words ("offered a discount", "pressed ahead", "instructed a solicitor"). */
  nestedOnly: z.boolean().optional(),
});
const PhraseEntry = z.object({
  words: z.array(z.string().min(1)).min(2),
  act: Act,
  framing: Framing,
  kind: z.enum(['according', 'verb', 'no-comment']),
  /** A cue only when a quote follows it, after a comma or colon and a few words at most ("issued a statement on Friday:
   *  “…”"); "issued a statement after the match" reports no words. */
  needsQuote: z.boolean().optional(),
  /** With needsQuote: the quote must touch the phrase, right after it (after a colon or comma at most: "She went on:
   *  “…”") or closing right before its subject ("“…,” she went on."); a quote later in the sentence belongs to another
   *  clause ("went on for six weeks, and the judge called the evidence “…”", "went on the offensive, tweeting …"). */
  quoteAdjacent: z.boolean().optional(),
  /** A cue only when its object is followed by "to" and a verb, what the object is asked to do ("appealed to drivers to
   *  slow down"); "the plan appealed to voters", "appealed to the high court" ask nothing. */
  needsInfinitive: z.boolean().optional(),
  /** A cue only when its object is followed by "that" and a clause ("put it to the witness that she had lied"); "put it
   *  to a vote", "put it to one side" report nothing. */
  needsThatClause: z.boolean().optional(),
  /** The phrase's last word takes a person as object before the content ("put it to the witness that …"), as a cue's
   *  `object` does. */
  object: z.boolean().optional(),
  /** The phrase's last word is a noun that may take a possessive and up to two adjectives before it ("expressed deep
   *  concern that …", "voiced their serious concerns about …", "raised fresh alarm over …"). */
  gradedNoun: z.boolean().optional(),
  /** A cue only after a quote that closed before it in the sentence, ending its clause (with at most a "by" agent): "“…,”
   *  she was quoted as saying by the Ledger." ("was quoted as saying that …" leaves the cue to "saying"). */
  quoteBefore: z.boolean().optional(),
});
// (strict: with both lists optional, a misspelt "cuez" would otherwise load as an empty lexicon without a word)
export const CueFile = z.strictObject({
  $comment: z.string().optional(),
  /** May be left out: a file of phrases only. */
  cues: z.array(CueEntry).default([]),
  phrases: z.array(PhraseEntry).default([]),
});
export type CueEntry = z.infer<typeof CueEntry>;
export type PhraseEntry = z.infer<typeof PhraseEntry>;

export interface CueLexicon {
  byLemma: ReadonlyMap<string, CueEntry>;
  /** Phrases indexed by their first word. */
  phrasesByFirst: ReadonlyMap<string, readonly PhraseEntry[]>;
}

export function buildCueLexicon(files: unknown[]): CueLexicon {
  const byLemma = new Map<string, CueEntry>();
  const phrasesByFirst = new Map<string, PhraseEntry[]>();
  for (const [i, raw] of files.entries()) {
    const parsed = CueFile.safeParse(raw);
    if (!parsed.success) {
      throw new PipelineError('E_CUE_LEXICON', `cue lexicon #${i} is invalid: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}`, 'see src/lexicon/cues.json for the format');
    }
    for (const c of parsed.data.cues) byLemma.set(c.lemma.toLowerCase(), c);
    for (const p of parsed.data.phrases) {
      const first = (p.words[0] as string).toLowerCase();
      const list = phrasesByFirst.get(first) ?? [];
      list.push(p);
      list.sort((a, b) => b.words.length - a.words.length); // longest first
      phrasesByFirst.set(first, list);
    }
  }
  return { byLemma, phrasesByFirst };
}

export function loadCueFile(path: string): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new PipelineError('E_CUE_FILE', `cannot read cue lexicon ${path}: ${(e as Error).message}`, 'pass a JSON file shaped like src/lexicon/cues.json');
  }
  // (checked here, where the file's name is known)
  const parsed = CueFile.safeParse(raw);
  if (!parsed.success) throw new PipelineError('E_CUE_LEXICON', `cue lexicon ${path} is invalid: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}`, 'see src/lexicon/cues.json for the format');
  return raw;
}

export const DEFAULT_CUES: CueLexicon = buildCueLexicon([defaults]);
