// Which stance rules rest on weak evidence: judge-stance.ts marks a statement needsReview when one of these decided a
// target (the speaker speaking of its own side, a revelation by a report or anonymous source, a warning or question,
// adverse or favourable facts, an evaluation near the name, the tone tie-break), and when a target was guessed (the
// speaker's opponent, the party named before) or carried from the speaker's statement before. The report shows them
// as weak so that a stance decided by the tone does not look as solid as one decided by "accused".
// (tests/html-report.test.ts checks that each name here is one judge-stance.ts gives)

/** The `<why>` of `stance:<favor|against>:<why>` that judge-stance.ts sets needsReview with. */
export const WEAK_STANCE_REASONS: readonly string[] = ['self-report', 'own-position', 'revealed', 'warned', 'questioned', 'adverse-report', 'favourable-report', 'evaluation', 'tone', 'carried'];
/** Suffixes of a guessed target's reason (`accused-opponent`, `denial-named-before`, `own-opponent`; `implied-party`,
 *  the party the article speaks against most, given to a statement that names no one for or against;
 *  `defends-against-critics`, the speaker as its own FAVOR target because others speak against it in the article). */
export const GUESSED_TARGET_SUFFIXES: readonly string[] = ['-opponent', '-named-before', 'implied-party', 'defends-against-critics'];

/** The `<why>` of a stance a trained model gave (target-model.ts: a NONE it turned, right about a third of the time on
 *  the held-out half): weak as the weakest rules are. */
export const MODEL_STANCE_REASONS: readonly string[] = ['target-model'];

/** True for a stance rule id (`stance:against:tone`) whose decision is weak. */
export function isWeakStanceRule(rule: string): boolean {
  const m = /^stance:(?:favor|against|none):(.+)$/u.exec(rule);
  if (!m) return false;
  const why = m[1] as string;
  return WEAK_STANCE_REASONS.includes(why) || MODEL_STANCE_REASONS.includes(why) || GUESSED_TARGET_SUFFIXES.some((s) => why.endsWith(s));
}
