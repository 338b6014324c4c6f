// The lead's narrowing of two rules the session's review (review 22) found misfiring on sentences written for it: a bare
// "the coach" linked forward to a named holder who is set against another or belongs to another body, and a verb of
// pretence that is negated or the speaker's own read as an accusation. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';
import { speakerOf } from './speaker-helpers.js';

const actOf = (paragraphs: string, contentStart: string): string | undefined =>
  analyzeArticle(`Headline\n${paragraphs}\n`).statements.find((s) => s.content.text.startsWith(contentStart))?.act;

describe('a bare "the <role>" is not a later holder set against another or of another body', () => {
  it('"…, the coach said. Rival coach Nils Arden said …": the first is not Nils Arden', () => {
    const body = 'The club will appeal against the ban, the coach said on Sunday.\n\nRival coach Nils Arden said the ban was deserved.';
    expect(speakerOf(body, 'The club will appeal').name).not.toBe('Nils Arden');
  });
  it('"…, the principal said. Principal Ada Roos of the nearby Fenwick Academy said …": not Ada Roos', () => {
    const body = 'The school will shut its pool in June, the principal said on Monday.\n\nPrincipal Ada Roos of the nearby Fenwick Academy said her pupils would lose lessons.';
    expect(speakerOf(body, 'The school will shut').name).not.toBe('Ada Roos');
  });
  it('must not change: the one holder named next, with no contrast and no other body, is the speaker', () => {
    const body = 'Marlby College will close its drama school in 2028, the principal announced on Monday.\n\nPrincipal Ada Roos told staff that the college faced a deficit.';
    expect(speakerOf(body, 'will close its drama school')).toMatchObject({ name: 'Ada Roos', role: 'principal' });
  });
});

describe('a pretence negated or the speaker\'s own imputes no deceit', () => {
  it('"We are not pretending there is no problem" (the speaker\'s own, negated) is not ACCUSE', () => {
    expect(actOf('The ward closed in May.\n“We are not pretending there is no problem,” the health minister, Lena Hoff, said.', 'We are not pretending')).not.toBe('ACCUSE');
  });
  it('"Nobody is pretending …" is not ACCUSE', () => {
    expect(actOf('The ward closed in May.\n“Nobody is pretending the money is there,” the health minister, Lena Hoff, said.', 'Nobody is pretending')).not.toBe('ACCUSE');
  });
  it('must not change: another party "pretending it had nothing to do with" the cuts is still accused', () => {
    expect(actOf('The ward closed in May.\nOpposition spokesman Karl Dahl said the board had cut the budget for years and was now pretending it had nothing to do with the closure.', 'the board had cut')).toBe('ACCUSE');
  });
});

describe('a class of the public named by a sport noun is a group; a person denying a deed of their own keeps the FAVOR', () => {
  it('"Cyclists say the potholes are a danger" → a group, no role (GUIDE decision 66)', () => {
    const body = 'The council has 4,000 potholes to fill.\n\nCyclists say the backlog has become a danger on every main road.';
    expect(speakerOf(body, 'the backlog has become')).toMatchObject({ kind: 'group', role: null });
  });
  it('"I never said the referee was a cheat," the manager of a club said → the manager FAVOR, not only his club', async () => {
    const { analyzeArticle: analyze } = await import('../src/analyze.js');
    const text = 'Headline\nThe association charged Kit Varley, the manager of Orrin Rovers, with improper conduct on Monday.\n'
      + '“I never said the referee was a cheat and I never will,” Varley said.\n';
    const st = analyze(text).statements.find((s) => s.content.text.startsWith('I never said'));
    expect(st?.targets.some((t) => t.name === 'Kit Varley' && t.stance === 'FAVOR')).toBe(true);
  });
});
