// Stance rules of session 31 (brief stance31), on sentences written for them.
import { describe, expect, it } from 'vitest';
import type { DraftStatement } from '../src/model/document.js';
import type { Stance } from '../src/model/labels.js';
import { defendsBodyAgainstCritics } from '../src/stages/stance/judge-stance.js';
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
  it('must not fire: a former manager of the body, who no longer speaks for it', () => {
    const ordered = [charge(10), officer('Lise Orme', 'former manager', 'Marrowby Homes', 120, 'no surveyor had visited the estate in two years')];
    expect(defendsBodyAgainstCritics(ordered, bodyOf).size).toBe(0);
    const serving = [charge(10), officer('Lise Orme', 'manager', 'Marrowby Homes', 120, 'no tenant had been left without heating for more than a day')];
    expect(defendsBodyAgainstCritics(serving, bodyOf).size).toBe(1);
  });
});
