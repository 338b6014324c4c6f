// Plain sentences for the review reasons (Statement.reviewReasons), for readers of report.html and the README: the
// ids name the rule that doubted a label, and a reader who has not read the code cannot decode them.

/** One sentence per reason id the pipeline sets (src/stages/stance/review-flag.ts, judge-stance.ts, stance-features.ts). */
export const REVIEW_REASON_TEXT: Readonly<Record<string, string>> = {
  'speaker:not-a-name': 'the speaker found is not a name: a pronoun, a number or a phrase such as "one point" was left unresolved',
  'speaker:pronoun-from-other-paragraph': 'the speaker was reached through "he" or "she" whose name is in an earlier paragraph; someone named in between may be the one speaking',
  'speaker:description-to-body-named-once': 'the speaker was described ("the company", "the group") and matched to a body the article names only once',
  'speaker:body-through-pronoun': 'the speaker is a body reached through "it" or "they"; the body named last is often not the one speaking',
  'speaker:description-names-other-body': 'the description of the speaker names another body than the speaker found',
  'target:place': 'a stance is given to a name the article uses only as a place ("in X")',
  'target:nationality': 'a stance is given to a nationality word ("Marvosian") that names no party',
  'target:against-own-side': 'AGAINST is given to the speaker\'s own organisation or to the speaker',
  'target:previous-speaker': 'a stance is given to the speaker of the statement just before; a reply may have been read as a stance',
  'target:not-named': 'a stance is given to a party the statement does not name (the speaker\'s own side, added by a rule)',
  'target:carried': 'a stance is carried over from the speaker\'s previous statement',
  'target:from-pronoun': 'a target was read from a pronoun in the statement ("he", "they")',
  'target:guessed-opponent': 'the party the statement is aimed at was guessed from the article, not read from the statement',
  'act:aimed-without-target': 'the act (ACCUSE, CRITICIZE, PRAISE) is aimed at someone, but no party was found',
  'act:mixed-words': 'the statement holds words of more than one act',
  'act:model-unsure': 'the act was chosen by the statistical model with low probability',
  'stance:model-unsure': 'a stance was chosen by the statistical model with low probability',
  'stance:against-harmed-party': 'AGAINST is given in a statement that tells of a harm ("died", "was stabbed"); a party harmed may be the victim, and a harm is not by itself a stance against it',
  'stance:self-report': 'FAVOR toward the speaker\'s own side was read from the speaker talking about itself',
  'stance:self-defence-without-denial': 'FAVOR toward the speaker\'s own side was read as a defence, though the statement denies nothing',
  'stance:denial-without-words': 'a denial was read without a word of denial in the statement',
  'stance:continued-quote': 'the stance rests on a quote that continues an earlier one',
  'stance:adverse-report': 'AGAINST was read from something bad reported about a party, not from the speaker\'s judgement',
  'stance:warned': 'AGAINST was read from a warning, which may be about an event rather than a party',
  'stance:revealed': 'the stance was read from a disclosure, which may report a fact rather than take a side',
  'stance:questioned': 'AGAINST was read from a question, which may be a plain question',
  'stance:own-position': 'FAVOR was read from the speaker stating its own position',
  'stance:evaluation': 'the stance was read from an evaluative word near the party',
  'stance:favourable-report': 'FAVOR was read from something good reported about a party, not from the speaker\'s judgement',
  'stance:tone': 'the stance was read from the tone of the words, the weakest evidence',
};

/** The plain sentence for a reason id, with a general one for an id not in the table (the act rules' "act-rule:…"). */
export function explainReason(id: string): string {
  const known = REVIEW_REASON_TEXT[id];
  if (known) return known;
  if (id.startsWith('act-rule:')) return `the act was decided by a rule that guesses (${id.slice('act-rule:'.length)})`;
  if (id.startsWith('stance:')) return `the stance was decided by a rule that guesses (${id.slice('stance:'.length)})`;
  return id;
}
