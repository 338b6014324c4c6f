// Plain sentences for the review reasons (Statement.reviewReasons), for readers of report.html and the README: the
// ids name the rule that doubted a label, and a reader who has not read the code cannot decode them.
import type { Evidence, Statement, Target } from '../model/article-result.js';
import { GUESSED_TARGET_SUFFIXES } from '../stages/stance/weak-rules.js';
import { cutName, descriptionSkipsNearerBody, mentionIsTime, personSpeakers, pronounAfterOtherPerson } from '../stages/stance/review-flag.js';
import { splitParagraphs } from '../stages/segment/split-paragraphs.js';

/** One sentence per reason id the pipeline sets (src/stages/stance/review-flag.ts, judge-stance.ts, stance-features.ts). */
export const REVIEW_REASON_TEXT: Readonly<Record<string, string>> = {
  'speaker:not-a-name': 'the speaker found is not a name: a pronoun, a number, a time ("last month"), a word that only opens a sentence ("Local" of "Local fishermen"), or a phrase that is no source ("one point", "expressions of concern") was taken for one',
  'speaker:pronoun-from-other-paragraph': 'the speaker was reached through "he" or "she" whose name is in an earlier paragraph; someone named in between may be the one speaking',
  'speaker:description-to-body-named-once': 'the speaker was described ("the company", "the group") and matched to a body the article names in full only once: check that the description means that body',
  'speaker:description-skips-nearer-body': 'the speaker was described ("the company") and matched to a body whose name holds no word of the description, while the statement just before is by another body named there: the description may mean that nearer body',
  'speaker:pronoun-after-other-person': 'the speaker was reached through "he" or "she", but another person is named or described after the speaker\'s name and before the pronoun: the pronoun may mean that person',
  'speaker:group-to-person': 'the speaker is one person, but the words it was found through speak of many ("Workers at …"): the name may come from an appositive or clause about someone else',
  'speaker:cut-name': 'the speaker\'s name is a piece of a longer name the article writes (the last word of a name, or its first words before more of it)',
  'speaker:affiliation-cut-name': 'the speaker\'s affiliation is a piece of a longer name the article writes ("Watch" of "River Watch"): the speaker may be right, its body is named wrong',
  'target:cut-name': 'a stance is given to a piece of a longer name the article writes (the last word of a name, or its first words before more of it)',
  'speaker:body-through-pronoun': 'the speaker is a body reached through "it" or "they"; the body named last is often not the one speaking',
  'speaker:description-names-other-body': 'the description of the speaker names another body than the speaker found',
  'speaker:place': 'the speaker is a person\'s name that the article writes only as a place ("an official in X said"): the person spoke from there, and is not named',
  'speaker:nationality': 'the speaker is a nationality word the article writes only before a noun ("Dovari troops"): it names no one',
  'speaker:possessive-phrase': 'the speaker, taken as a person, is a possessive phrase ("X\'s second term", "X\'s largest lender"): a description, not a person\'s name',
  'speaker:title-word': 'the speaker is one word of a title ("Prime" of "Prime Minister …"), not a name',
  'target:title-word': 'a stance is given to one word of a title ("Presidential" of "Presidential spokesman …"), which names no party',
  'target:place': 'a stance is given to a name the article uses only as a place ("in X"), and not a body\'s name (a court, a council named "in" it is still a body)',
  'target:nationality': 'a stance is given to a nationality word that the article writes only before a noun: it names no party',
  'target:against-own-side': 'AGAINST is given to the speaker\'s own organisation or to the speaker',
  'target:previous-speaker': 'a stance is given to the speaker of the statement just before; a reply may have been read as a stance',
  'target:not-named': 'a stance is given to a party the statement does not name, added by a rule',
  'target:carried': 'a party the statement does not name was taken from the same speaker\'s statement just before, which this quote continues: its stance was carried over from there or read from this quote\'s words',
  'target:from-pronoun': 'a target was read from a pronoun in the statement ("he", "they")',
  'target:guessed-opponent': 'the party the statement is aimed at was guessed from the article, not read from the statement',
  'speaker:medium-word': 'the speaker is named by a channel ("on X", "in the blog post"): the person or body of the clause is likely the source, not the channel',
  'act:admit-third-party': 'ADMIT was read from the words of the statement, which speak of no one of the speaker\'s own: a third party\'s failing is criticism of it, not an admission',
  'statement:inside-whether': 'the statement sits in a "whether" or "if" clause ("would examine whether the firm had reported it"): it asks whether something was said or done, and reports no statement made',
  'act:aimed-without-target': 'the act (ACCUSE, CRITICIZE, PRAISE) is aimed at someone, but no target has a FAVOR or AGAINST stance',
  'act:mixed-words': 'the statement holds words of more than one act',
  'act:model-unsure': 'the act was chosen by the statistical model with low probability',
  'stance:model-unsure': 'a stance was chosen by the statistical model with low probability',
  'stance:against-harmed-party': 'AGAINST is given in a statement that tells of a harm ("died", "was stabbed"); a party harmed may be the victim, and a harm is not by itself a stance against it',
  'stance:self-report': 'FAVOR toward the speaker\'s own side was read from the speaker talking about itself',
  'stance:self-defence-without-denial': 'FAVOR toward the speaker\'s own side was read as a defence, though the statement denies nothing',
  'stance:denial-without-words': 'the act is DENY, read from the cue ("denied") or the words before the content, but what was said (the content) holds no word of denial of its own: whom the denial clears or rebuts is a guess',
  'stance:continued-quote': 'the quote names no party and continues the same speaker\'s statement just before: it was given that statement\'s targets',
  'stance:adverse-report': 'AGAINST was read from something bad reported about a party, not from the speaker\'s judgement',
  'stance:warned': 'AGAINST was read from a warning, which may be about an event rather than a party',
  'stance:revealed': 'the stance was read from a disclosure, which may report a fact rather than take a side',
  'stance:questioned': 'AGAINST was read from a question, which may be a plain question',
  'stance:own-position': 'FAVOR was read from the speaker stating its own position',
  'stance:evaluation': 'the stance was read from an evaluative word near the party',
  'stance:favourable-report': 'FAVOR was read from something good reported about a party, not from the speaker\'s judgement',
  'stance:tone': 'the stance was read from the tone of the words, the weakest evidence',
  'no-cue': 'the statement has no cue word: no verb or phrase of saying was found for it',
};

/** The plain sentence for a reason id, with a general one for an id not in the table (the act rules' "act-rule:…"). */
export function explainReason(id: string): string {
  const known = REVIEW_REASON_TEXT[id];
  if (known) return known;
  if (id.startsWith('act-rule:')) return `the act was decided by a rule that guesses (${id.slice('act-rule:'.length)})`;
  if (id.startsWith('stance:')) return `the stance was decided by a rule that guesses (${id.slice('stance:'.length)})`;
  return id;
}

/** The rule that decided a target's stance: its first evidence with a rule. */
const deciding = (t: Target): Evidence | undefined => (t.evidence ?? []).find((e) => e.rule);
const guessedRule = (rule: string): boolean => GUESSED_TARGET_SUFFIXES.some((x) => rule.endsWith(x));
const lower = (x: string): string => x.trim().toLowerCase();

const LETTER = /^\p{L}$/u;
/** The code point before `at` (a surrogate pair read whole), or '' at the start. */
const charBefore = (text: string, at: number): string => {
  if (at === 0) return '';
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text.slice(at - 1, at);
};
/** The code point at `at` (a surrogate pair read whole), or '' at the end. */
const charAt = (text: string, at: number): string => {
  const c = text.codePointAt(at);
  return c === undefined ? '' : String.fromCodePoint(c);
};
/**
 * Whether `word` occurs in `text` with no letter just before or after it: what the pattern
 * `(?:^|[^\p{L}])word(?![\p{L}])` (u flag) finds, by `indexOf` instead of one pattern compiled per word (a `\p{L}`
 * pattern compiled per statement and target was 2.5 % of a run's time; tests/review-reasons-word.test.ts compares them).
 */
export function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (LETTER.test(charBefore(text, i)) || LETTER.test(charAt(text, i + word.length))) continue;
    return true;
  }
  return false;
}

/** Does the statement's content name the party (its name, or its last capitalised word: "Brandt" of "Kyle Brandt")? */
function namedIn(s: Statement, name: string): boolean {
  const content = lower(s.content.pieces?.length ? s.content.pieces.map((p) => p.text).join(' ') : s.content.text);
  const last = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).at(-1);
  return content.includes(lower(name)) || (last !== undefined && last.length > 2 && hasWord(content, last.toLowerCase()));
}

/** Evidence found outside every piece of the statement: a cue or words of another sentence. */
function outside(s: Statement, e: Evidence): boolean {
  if (e.start === undefined || e.end === undefined) return false;
  // (the statement's own cue and speaker mention are its own words, not another sentence's)
  const own = [...(s.content.pieces?.length ? s.content.pieces : [s.content]), ...(s.cue ? [s.cue] : []), ...(s.speaker.mention ? [s.speaker.mention] : [])];
  return own.every((p) => e.end! <= p.start || e.start! >= p.end);
}

/** "Kessan AGAINST, from “failed” [stance:against:accused-opponent]": each target with the rule that decided it. */
function decided(s: Statement, targets: readonly Target[]): string {
  return targets.map((t) => {
    const e = deciding(t);
    if (!e) return `${t.name} ${t.stance}`;
    const words = e.text ? ` from “${e.text}”` : e.note ? ` (${e.note})` : '';
    return `${t.name} ${t.stance}${words} [${e.rule}]${outside(s, e) ? ', words outside this statement' : ''}`;
  }).join('; ');
}

/** The first place the article writes `word` with the word after it ("Dovari troops"), or null. */
function writtenWith(text: string, word: string): string | null {
  const m = new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[^\\S\\n]+[\\p{L}’'-]+`, 'u').exec(text);
  return m ? m[0] : null;
}

/** The article around a statement, when the caller has it: its text and its statements in order. */
export interface ReasonContext { text: string; statements: readonly Statement[] }

/**
 * The sentence for a reason that doubts the speaker or names a body, fitted to the statement with the article's own
 * words (the speaker's name, the words it was found through), never an invented example; null for another reason.
 */
export function fittedReason(id: string, s: Statement, ctx?: ReasonContext): string | null {
  const name = s.speaker.name;
  const said = s.speaker.mention?.text;
  const through = said && said.toLowerCase() !== name.toLowerCase() ? `, found through the words "${said}",` : '';
  const text = ctx?.text;
  switch (id) {
    case 'speaker:not-a-name': {
      if (mentionIsTime(s as never)) return `the speaker "${name}"${through} is not who spoke: those words tell a time, and the one who spoke is likely the subject of the clause they are in`;
      if (/^\p{Lu}\p{Ll}+$/u.test(name) && text) {
        const w = writtenWith(text, name);
        if (w) return `the speaker "${name}" is not a name: the article writes the word only to open a sentence, before a noun ("${w}"), and that noun is who spoke`;
      }
      return `the speaker "${name}"${through} is not a name: a pronoun, a number, a time or a phrase that is no source was taken for one`;
    }
    case 'speaker:cut-name': case 'speaker:affiliation-cut-name': {
      const whole = text ? cutName(text, name) : null;
      if (whole) return `the speaker "${name}" is a piece of a longer name the article writes ("${whole}")`;
      const aff = s.speaker.affiliation;
      const wholeAff = text && aff ? cutName(text, aff) : null;
      if (aff && wholeAff) return `the speaker's affiliation "${aff}" is a piece of a longer name the article writes ("${wholeAff}")`;
      return `the speaker "${name}"${aff ? ` or its affiliation "${aff}"` : ''} is a piece of a longer name the article writes`;
    }
    case 'speaker:nationality': {
      const w = text ? writtenWith(text, name) : null;
      return `the speaker "${name}"${through} is a nationality word the article writes only before a noun${w ? ` ("${w}")` : ''}: it names no one`;
    }
    case 'speaker:place': return `the speaker "${name}"${through} is a name the article writes only as a place ("in ${name}") or as a feature of one: it names no one who spoke`;
    case 'speaker:group-to-person': return said ? `the speaker is one person, ${name}, but the words it was found through, "${said}", speak of many people: the name may come from an appositive or clause about someone else, and the many are who spoke` : null;
    case 'speaker:title-word': return `the speaker "${name}" is one word of a title, not a name`;
    case 'speaker:possessive-phrase': return `the speaker "${name}", taken as a person, is a possessive phrase: a description, not a person's name`;
    case 'speaker:medium-word': return `the speaker "${name}"${through} is a channel a statement was carried by: the person or body of the clause is likely the source`;
    case 'speaker:description-to-body-named-once':
      return said ? `the speaker, described as "${said}", was matched to ${name}, which the article names in full only once: check that the description means it` : null;
    case 'speaker:description-skips-nearer-body': {
      if (!said) return null;
      const i = ctx ? ctx.statements.indexOf(s) : -1;
      const nearer = i > 0 ? descriptionSkipsNearerBody(s as never, ctx!.statements[i - 1] as never) : null;
      return `the speaker, described as "${said}", was matched to ${name}, whose name holds no word of the description, while the statement just before is by ${nearer ?? 'another body named there'}: the description may mean ${nearer ? 'it' : 'that nearer body'}`;
    }
    case 'speaker:pronoun-after-other-person': {
      if (!said) return null;
      const other = text ? pronounAfterOtherPerson(text, splitParagraphs(text), s as never, ctx ? personSpeakers(ctx.statements as never) : []) : null;
      return `the speaker was reached through "${said}" as ${name}, but ${other ? `"${other}" is` : 'another person is'} named or described after ${name} and before the pronoun: the pronoun may mean ${other ? 'that person' : 'them'}`;
    }
    case 'stance:denial-without-words': {
      const cue = s.cue?.text;
      const content = s.content.text.length > 60 ? `${s.content.text.slice(0, 57)}…` : s.content.text;
      const polar = s.targets.filter((t) => t.stance !== 'NONE').map((t) => `${t.name} ${t.stance}`);
      return `the act is DENY${cue ? `, read from the cue "${cue}"` : ', read from the words before the content'}, but what was said ("${content}") holds no word of denial of its own: whom the denial clears or rebuts is a guess${polar.length ? ` (${polar.join('; ')})` : ''}`;
    }
    default: return null;
  }
}

/**
 * The sentence for each of a statement's review reasons, fitted to the statement: a target reason names the targets
 * it is about and the rule that decided each one's stance, so that its text says what decided, not what might have.
 * A party "not named" that another reason explains (the guessed opponent) is said to be that one; a reason it cannot
 * tie to a target keeps its general sentence. Returns one [id, sentence] pair per reason, in the reasons' order, so
 * that the tooltip lists every id of review_reasons.
 */
export function explainReasons(s: Statement, ctx?: ReasonContext): Array<[string, string]> {
  const reasons = s.reviewReasons ?? [];
  const polar = s.targets.filter((t) => t.stance !== 'NONE');
  const rule = (t: Target): string => deciding(t)?.rule ?? '';
  const own = (t: Target): boolean => [s.speaker.name, s.speaker.affiliation ?? ''].some((n) => n.length > 1 && lower(n) === lower(t.name));
  const unnamed = polar.filter((t) => !namedIn(s, t.name) && lower(t.name) !== lower(s.speaker.name));
  const out: Array<[string, string]> = [];
  for (const r of reasons) {
    const fitted = fittedReason(r, s, ctx);
    if (fitted) { out.push([r, fitted]); continue; }
    if (r === 'target:guessed-opponent') {
      const ts = polar.filter((t) => guessedRule(rule(t)));
      out.push([r, ts.length ? `the party the statement is aimed at was guessed from the article as the speaker's opponent, not read from the statement: ${decided(s, ts)}` : explainReason(r)]);
    } else if (r === 'target:not-named') {
      // (guessed targets are the guessed-opponent line's; carried ones the carried line's)
      const ts = unnamed.filter((t) => !guessedRule(rule(t)) && !/carried/u.test(rule(t)));
      // (every such party was guessed or carried: said so, and no "own side" beside the guess, as a user saw)
      if (!ts.length && unnamed.length && unnamed.every((t) => guessedRule(rule(t)) || /carried/u.test(rule(t)))) {
        out.push([r, `a stance is given to a party the statement does not name, the one ${unnamed.every((t) => guessedRule(rule(t))) ? 'guessed' : 'guessed or carried'} above: ${unnamed.map((t) => `${t.name} ${t.stance}`).join('; ')}`]);
        continue;
      }
      if (!ts.length) { out.push([r, explainReason(r)]); continue; }
      const side = ts.every(own) ? ' (the speaker\'s own side, added by a rule)' : ts.some(own) ? ' (some the speaker\'s own side)' : ', added by a rule';
      out.push([r, `a stance is given to a party the statement does not name${side}: ${decided(s, ts)}`]);
    } else if (r === 'target:from-pronoun') {
      const ts = unnamed.filter((t) => !guessedRule(rule(t)) && !/carried/u.test(rule(t)));
      if (!ts.length) { out.push([r, explainReason(r)]); continue; }
      const away = ts.filter((t) => { const e = deciding(t); return e !== undefined && outside(s, e); });
      out.push([r, away.length === ts.length
        ? `a party the statement reaches only through a pronoun ("he", "they") got its stance from words outside the statement, not from a word of its own: ${decided(s, ts)}`
        : `a target was read from a pronoun in the statement ("he", "they"): ${decided(s, ts)}`]);
    } else if (r === 'target:against-own-side') {
      const ts = polar.filter((t) => t.stance === 'AGAINST' && own(t));
      out.push([r, ts.length ? `${explainReason(r)}: ${decided(s, ts)}` : explainReason(r)]);
    } else if (r === 'target:carried') {
      // (the flag is raised for a party the quote does not name, taken from the statement before, whatever then decided
      // its stance: one this quote's own words decided, "too late" [stance:against:accused], is not said to be carried,
      // as a user saw; nor is the speaker's own stance, which the flag is never about)
      const carried = unnamed.filter((t) => /carried/u.test(rule(t)));
      const here = unnamed.filter((t) => !carried.includes(t) && !guessedRule(rule(t)));
      // (a party added as the speaker's side, target:not-named, or read from a pronoun is not told apart from one taken
      // from the statement before: then the line says which parties it may be)
      const sure = !reasons.some((x) => x === 'target:not-named' || x === 'target:from-pronoun');
      out.push([r, carried.length ? `a stance is carried over from the same speaker's statement just before, which this quote continues: ${decided(s, carried)}`
        : here.length ? `a party the statement does not name was taken from the same speaker's statement just before, which this quote continues, and no stance was carried over: ${sure ? 'its stance was decided here' : 'the stance of each party it may be was decided here'}: ${decided(s, here)}`
        : explainReason(r)]);
    } else if (r === 'stance:continued-quote') {
      const ts = s.targets.filter((t) => /carried/u.test(rule(t)) || /carried/u.test(t.evidence?.[0]?.rule ?? ''));
      out.push([r, ts.length ? `${explainReason(r)}: ${ts.map((t) => `${t.name} ${t.stance}`).join('; ')}` : explainReason(r)]);
    } else out.push([r, explainReason(r)]);
  }
  return out;
}
