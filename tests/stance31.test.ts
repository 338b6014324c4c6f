// Stance rules of session 31 (brief stance31), on sentences written for them.
import { describe, expect, it } from 'vitest';
import type { DraftStatement } from '../src/model/document.js';
import type { Stance } from '../src/model/labels.js';
import { defendsBodyAgainstCritics, impliedParties } from '../src/stages/stance/judge-stance.js';
import { isWeakStanceRule } from '../src/stages/stance/weak-rules.js';
import { draft, statementsOf } from './stance-helpers.js';

/** A statement of a person who holds `role` at `body` (the speakers stage's affiliation). */
const officer = (name: string, role: string, body: string, start: number, content: string, act: DraftStatement['act'] = 'SAY', targets: Array<[string, Stance]> = []): DraftStatement => {
  const st = draft(name, 'person', start, content, act, targets);
  return { ...st, speaker: { ...st.speaker, role, affiliation: body } };
};
const bodyOf = (st: DraftStatement): string | undefined => st.speaker.affiliation;
const charge = (start: number, rule = 'stance:against:accused'): DraftStatement => ({
  ...draft('Tenants', 'group', start, 'Marrowby Homes of ignoring damp in dozens of flats for years', 'ACCUSE'),
  targets: [{ name: 'Marrowby Homes', stance: 'AGAINST', evidence: [{ rule }] }],
});

describe('a person who speaks for a body under fire defends the body (defendsBodyAgainstCritics)', () => {
  it('a chief executive who negates the charge made earlier in the article is in the body\'s favour', () => {
    const ordered = [charge(10), officer('Dana Holt', 'chief executive', 'Marrowby Homes', 3000, 'no tenant had been left without heating for more than a day')];
    expect(defendsBodyAgainstCritics(ordered, bodyOf).get(ordered[1]!)).toBe('Marrowby Homes');
  });
  it('a spokesperson\'s plain report just after the charge is a reply, in the body\'s favour', () => {
    const ordered = [charge(10), officer('Ravi Lund', 'spokesperson', 'Marrowby Homes', 120, 'surveyors had visited every flat on the estate in March')];
    expect(defendsBodyAgainstCritics(ordered, bodyOf).get(ordered[1]!)).toBe('Marrowby Homes');
  });
  it('the body so read is a guessed target, shown as weak', () => {
    expect(isWeakStanceRule('stance:favor:body-defends-against-critics')).toBe(true);
  });
  it('in an article: the charge, then the body\'s chief executive denying it, gives the body FAVOR', () => {
    const all = statementsOf('Tenants accused Marrowby Homes of ignoring damp in dozens of flats for years.|The estate has 1,200 flats in six blocks.|Dana Holt, the chief executive of Marrowby Homes, said no tenant had been left without heating for more than a day.');
    const reply = all.find((s) => s.content.startsWith('no tenant'));
    expect(reply?.targets['Marrowby Homes']).toBe('FAVOR');
  });
  it('must not fire: a plain report with no negation far from the charge answers nothing', () => {
    const ordered = [charge(10), officer('Dana Holt', 'chief executive', 'Marrowby Homes', 5000, 'the company manages 4,000 flats across the county')];
    expect(defendsBodyAgainstCritics(ordered, bodyOf).size).toBe(0);
  });
  it('must not fire: a charge only after the statement, or none at all', () => {
    const later = [officer('Dana Holt', 'chief executive', 'Marrowby Homes', 10, 'no tenant had been left without heating'), charge(3000)];
    expect(defendsBodyAgainstCritics(later, bodyOf).size).toBe(0);
    const none = [officer('Dana Holt', 'chief executive', 'Marrowby Homes', 10, 'no tenant had been left without heating')];
    expect(defendsBodyAgainstCritics(none, bodyOf).size).toBe(0);
  });
  it('must not fire: a charge only guessed by a weak rule (the party the article speaks against most)', () => {
    const ordered = [charge(10, 'stance:against:implied-party'), officer('Dana Holt', 'chief executive', 'Marrowby Homes', 120, 'no tenant had been left without heating')];
    expect(defendsBodyAgainstCritics(ordered, bodyOf).size).toBe(0);
  });
  it('must not fire: an advocate (a lawyer speaks for a client, not for the firm named with them)', () => {
    const ordered = [charge(10), officer('Ada Quist', 'lawyer', 'Marrowby Homes', 120, 'no tenant had been left without heating')];
    expect(defendsBodyAgainstCritics(ordered, bodyOf).size).toBe(0);
  });
  it('must not fire: a plan the body announces, or a statement that already favours a party', () => {
    const plan = [charge(10), officer('Dana Holt', 'chief executive', 'Marrowby Homes', 120, 'the company would hire twelve more surveyors next year')];
    expect(defendsBodyAgainstCritics(plan, bodyOf).size).toBe(0);
    const praise = [charge(10), officer('Dana Holt', 'chief executive', 'Marrowby Homes', 120, 'its roofing contractor had not cut any corners', 'SAY', [['Kestrel Roofing', 'FAVOR']])];
    expect(defendsBodyAgainstCritics(praise, bodyOf).size).toBe(0);
  });
  it('must not fire: a charge made by someone who speaks for the same body', () => {
    const own = { ...officer('Lena Ruud', 'director', 'Marrowby Homes', 10, 'Marrowby Homes had been too slow', 'CRITICIZE'), targets: [{ name: 'Marrowby Homes', stance: 'AGAINST' as Stance, evidence: [{ rule: 'stance:against:criticized' }] }] };
    const ordered = [own, officer('Dana Holt', 'chief executive', 'Marrowby Homes', 120, 'no tenant had been left without heating')];
    expect(defendsBodyAgainstCritics(ordered, bodyOf).size).toBe(0);
  });
});

/** Statements laid out one after another in a text of their contents (speaker, kind, role, content, act, targets). */
function laidOut(parts: Array<[string, 'organization' | 'person' | 'group' | 'anonymous', string | null, string, DraftStatement['act'], Array<[string, Stance]>]>): { text: string; drafts: DraftStatement[] } {
  let text = '';
  const drafts: DraftStatement[] = [];
  for (const [speaker, kind, role, content, act, targets] of parts) {
    const st = draft(speaker, kind === 'anonymous' ? 'group' : kind, text.length, content, act, targets);
    drafts.push({ ...st, speaker: { ...st.speaker, kind, role } });
    text += `${content} `;
  }
  return { text, drafts };
}

describe('an unnamed insider telling how the workplace is run speaks against the employer (impliedParties, insiderComplaint)', () => {
  const charges: Array<[string, 'organization' | 'person' | 'group' | 'anonymous', string | null, string, DraftStatement['act'], Array<[string, Stance]>]> = [
    ['Food Standards Office', 'organization', null, 'Harlan Foods had let hygiene checks lapse at its Dunmore plant', 'ACCUSE', [['Harlan Foods', 'AGAINST']]],
    ['Retail union', 'organization', null, 'Harlan Foods had cut cleaning shifts to save money', 'CRITICIZE', [['Harlan Foods', 'AGAINST']]],
  ];
  const withInsider = (speaker: string, kind: 'person' | 'anonymous', role: string, content: string, act: DraftStatement['act']) => {
    const { text, drafts } = laidOut([...charges, [speaker, kind, role, content, act, []]]);
    return impliedParties(text, drafts).get(drafts[2]!);
  };
  it('two employees reporting that managers told staff to skip the checks: against the company', () => {
    expect(withInsider('two employees', 'anonymous', 'employee', 'managers had told staff to skip the morning swabs when the line ran late', 'SAY')).toBe('Harlan Foods');
  });
  it('a former driver reporting crews cut, under a neutral cue: against the company', () => {
    expect(withInsider('former driver', 'anonymous', 'former driver', 'delivery crews had been cut from twelve to seven since the spring', 'SAY')).toBe('Harlan Foods');
  });
  it('must not fire: an insider\'s report that speaks of no one who runs or makes up the workplace', () => {
    expect(withInsider('two employees', 'anonymous', 'employee', 'the Dunmore plant opened in 1998 and packs chilled salads', 'SAY')).toBeUndefined();
  });
  it('must not fire: an insider\'s denial or praise (the rules read those), nor a named person, nor a spokesperson', () => {
    expect(withInsider('two employees', 'anonymous', 'employee', 'managers had never asked staff to skip a check', 'DENY')).toBeUndefined();
    expect(withInsider('two employees', 'anonymous', 'employee', 'managers had always treated staff fairly', 'PRAISE')).toBeUndefined();
    expect(withInsider('Ola Brandt', 'person', 'employee', 'managers had told staff to skip the morning swabs', 'SAY')).toBeUndefined();
    expect(withInsider('a company spokesperson', 'anonymous', 'spokesperson', 'managers had told staff to keep the line running', 'SAY')).toBeUndefined();
  });
});
