// A person who speaks for a body ("Dr Lena Voss, the clinic's medical director, said no parent had been kept waiting")
// defends or concedes the body's conduct, not their own (LABELS.md: the speaker is a target when the statement is about
// the speaker; GUIDE section 3: a named spokesperson's affiliation is the body). When the stance stage reads a denial,
// admission or report in the speaker's own favour as the person's, and no one spoke against the person before, the
// target is the body the speakers' stage gives as the person's affiliation (not a title word before the name,
// "Presidential spokesman"); the person stays when the body is already a
// target under its name (the stance is the body's) or when the person was the one accused.
import type { Target } from '../../model/article-result.js';
import type { DraftStatement } from '../../model/document.js';
import { isPartyLabel } from './party-label.js';

/** The rules of a stance toward the speaker itself (judge-stance.ts) that the body takes over. */
const OWN_RULES = new Set(['stance:favor:self-defence', 'stance:against:self-admission']);

/**
 * The statement with its person speaker's own defence or admission moved to `body`, the body it speaks for.
 * `accused(name)`: whether another speaker spoke against `name` before this statement.
 */
export function personForBody(st: DraftStatement, body: string | undefined, accused: (name: string) => boolean): DraftStatement {
  if (st.speaker.kind !== 'person' || body === undefined || !/^\p{Lu}/u.test(body) || isPartyLabel(body)) return st;
  const i = st.targets.findIndex((t) => t.name === st.speaker.name && t.stance !== 'NONE' && OWN_RULES.has(t.evidence?.[0]?.rule ?? ''));
  if (i < 0 || accused(st.speaker.name)) return st;
  const own = st.targets[i] as Target;
  const hasBody = st.targets.some((t) => t.name === body);
  const targets = hasBody ? st.targets.filter((_, j) => j !== i) : st.targets.map((t, j) => (j === i ? { ...own, name: body } : t));
  return { ...st, targets };
}
