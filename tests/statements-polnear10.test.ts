// Statement constructions found missing or mis-bounded on PolNeAR train (session 10, issue 4). Every sentence here was
// written for this file; the expected spans were written from the sentences by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ type: s.type, cue: s.cue?.text ?? null, content: s.content.text }));

describe('a participle of another act after a first act with its own content is a second statement (GUIDE decision 10)', () => {
  it.each([
    ['"asked …, arguing that …"', 'The tenants asked the tribunal to freeze the rent rise, arguing that the landlord had skipped every repair.', [
      { type: 'indirect', cue: 'asked', content: 'the tribunal to freeze the rent rise' },
      { type: 'indirect', cue: 'arguing', content: 'the landlord had skipped every repair' },
    ]],
    ['"urged …, warning that …"', 'The health board urged parents to book the vaccine early, warning that stocks would run short by March.', [
      { type: 'indirect', cue: 'urged', content: 'parents to book the vaccine early' },
      { type: 'indirect', cue: 'warning', content: 'stocks would run short by March' },
    ]],
    ['the comma inside a closing mark', 'The coach described the penalty as “a coin toss,” insisting that his side had deserved the draw.', [
      { type: 'mixed', cue: 'described', content: 'the penalty as “a coin toss,”' },
      { type: 'indirect', cue: 'insisting', content: 'his side had deserved the draw' },
    ]],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toEqual(expected);
  });

  it.each([
    // neutral saying goes on with the first act: one statement running through the participle, as before
    ['"dismissed …, saying …"', 'The mayor dismissed the audit as “sloppy,” saying the figures were two years old.', 'the audit as “sloppy,” saying the figures were two years old'],
    ['"disputed …, telling …"', 'The chief constable disputed the report’s findings, telling the local paper that every complaint had been logged.', 'the report’s findings, telling the local paper that every complaint had been logged'],
    // after a reported clause with its own subject the participle is that subject's
    ['"reported that X had …, warning that …"', 'The paper reported that two engineers had refused to sign the survey, warning that the dam had cracked.', 'two engineers had refused to sign the survey, warning that the dam had cracked'],
    // the same act twice
    ['"insisted …, arguing …"', 'The treasurer insisted the accounts were sound, arguing that the deficit was a timing matter.', 'the accounts were sound, arguing that the deficit was a timing matter'],
  ])('not cut: %s', (_name, body, first) => {
    expect(run(body)[0]?.content).toBe(first);
  });

  it('a participle after a nested cue belongs to that cue, not to the outer statement', () => {
    const out = run('Court papers show that the residents asked the judge to halt the works, arguing that the council had ignored the flood survey.');
    expect(out[0]).toEqual({ type: 'indirect', cue: 'show', content: 'the residents asked the judge to halt the works, arguing that the council had ignored the flood survey' });
    expect(out).toContainEqual({ type: 'indirect', cue: 'asked', content: 'the judge to halt the works' });
  });
});
