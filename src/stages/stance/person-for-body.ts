// A person who speaks for a body ("Dr Lena Tupworth, the clinic's medical director, said no parent had been kept waiting")
// defends or concedes the body's conduct, not their own (LABELS.md: the speaker is a target when the statement is about
// the speaker; GUIDE section 3: a named spokesperson's affiliation is the body). When the stance stage reads a denial
// or admission in the speaker's own favour as the person's (act DENY or ADMIT), and no one spoke against the person before, the
// target is the body the speakers' stage gives as the person's affiliation (not a title word before the name,
// "Presidential spokesman"); the person stays when the body is already a
// target under its name (the stance is the body's) or when the person was the one accused.
import type { Target } from '../../model/article-result.js';
import type { DraftStatement } from '../../model/document.js';
import { isPartyLabel } from './party-label.js';
import stanceWords from '../../lexicon/stance-words.json' with { type: 'json' };

/** The rules of a stance toward the speaker itself (judge-stance.ts) that the body takes over. */
const OWN_RULES = new Set(['stance:favor:self-defence', 'stance:against:self-admission']);

/** The acts of a defence or an admission: a self-report under SAY or HEDGE ("I didn't see it coming", a pollster's own
 *  figures) is no defence made for the body, and moving it would only spread a wrong FAVOR to a second party. */
const OWN_ACTS: ReadonlySet<string> = new Set(['DENY', 'ADMIT']);
/** "I never said", "I did not take", "I have not accepted": the first person denying a deed of their own. */
const OWN_DEED_DENIED = /(?<![\p{L}])I[^\S\n]+(?:never|did[^\S\n]+not|didn[’']t|have[^\S\n]+not|haven[’']t|had[^\S\n]+not|hadn[’']t|was[^\S\n]+not|wasn[’']t)(?![\p{L}])/u;
/** Words of a person's pride in the body's people ("immensely proud of the crew"): the body's praise under any act. */
export const BODY_PRIDE: ReadonlySet<string> = new Set(stanceWords.bodyPrideWords);

/**
 * The statement with its person speaker's own defence or admission moved to `body`, the body it speaks for.
 * `accused(name)`: whether another speaker spoke against `name` before this statement. `isBody(name)`: whether the
 * article names `name` as an organisation or group (a canonical name of its mentions or speakers), so that no modifier
 * ("D.C.-based") or adjective of the affiliation becomes a target.
 */
export function personForBody(st: DraftStatement, body: string | undefined, accused: (name: string) => boolean, isBody: (name: string) => boolean = () => true): DraftStatement {
  if (st.speaker.kind !== 'person' || body === undefined || !/^\p{Lu}/u.test(body) || isPartyLabel(body)) return st;
  const i = st.targets.findIndex((t) => t.name === st.speaker.name && t.stance !== 'NONE' && OWN_RULES.has(t.evidence?.[0]?.rule ?? ''));
  // (nor a denial of the person's own deed in the first person, "I never called the umpire a liar": the charge was the
  // person's, whoever the person works for)
  if (i < 0 || accused(st.speaker.name) || OWN_DEED_DENIED.test(st.content?.text ?? "")) return st;
  const own = st.targets[i] as Target;
  const hasBody = st.targets.some((t) => t.name === body);
  // (the body already a target: the person's own reading is the body's, dropped whatever the act; no new party made.
  // A new target only for a defence or admission, or pride in the body's people, and only under a name the article
  // gives a body, never a modifier of the affiliation, "D.C.-based")
  if (!hasBody && (!(OWN_ACTS.has(st.act) || BODY_PRIDE.has((own.evidence?.[0]?.text ?? '').toLowerCase())) || /-based$/iu.test(body) || !isBody(body))) return st;
  const targets = hasBody ? st.targets.filter((_, j) => j !== i) : st.targets.map((t, j) => (j === i ? { ...own, name: body } : t));
  return { ...st, targets };
}
