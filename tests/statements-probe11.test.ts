// Statement-finding constructions found by probing (session 10, stmt11). Sentences written for these tests; expected
// values written from the sentences, by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const run = (body: string) =>
  analyzeArticle(`Headline\n\n${body}\n`).statements.map((s) => ({ type: s.type, content: s.content.text, speaker: s.speaker.mention?.text ?? s.speaker.name }));

describe('statement constructions found by probing', () => {
  it.each([
    ['a role noun wink tags ADJ after "The"', 'The chief said officers fired twice.', [{ type: 'indirect', content: 'officers fired twice', speaker: 'The chief' }]],
    ['a role noun after an adjective', 'A former coach said the club had lied.', [{ type: 'indirect', content: 'the club had lied', speaker: 'A former coach' }]],
    ['"both" floated between subject and cue', 'The two airlines both said the strike had ended.', [{ type: 'indirect', content: 'the strike had ended', speaker: 'The two airlines' }]],
    ['"all" floated between subject and cue', 'The tenants all said the heating had failed in January.', [{ type: 'indirect', content: 'the heating had failed in January', speaker: 'The tenants' }]],
    ['"each" floated between subject and cue', 'The three bidders each said the tender was fair.', [{ type: 'indirect', content: 'the tender was fair', speaker: 'The three bidders' }]],
    ['"on <day>" after the cue belongs to the cue', 'The finance minister said on Friday the budget would balance by 2030.', [{ type: 'indirect', content: 'the budget would balance by 2030', speaker: 'The finance minister' }]],
    ['a bare day after the cue belongs to the cue', 'The finance minister said Friday the budget would balance by 2030.', [{ type: 'indirect', content: 'the budget would balance by 2030', speaker: 'The finance minister' }]],
    ['"last week" after the cue belongs to the cue', 'The regulator said last week the merger could go ahead.', [{ type: 'indirect', content: 'the merger could go ahead', speaker: 'The regulator' }]],
    ['a time phrase after the addressee of "told"', 'The mayor told reporters on Monday the ferry would resume.', [{ type: 'indirect', content: 'the ferry would resume', speaker: 'The mayor' }]],
    ['inverted "ruled" with a perfect auxiliary', 'The landlord broke the law when he evicted the family, the appeals court has ruled.', [
      { type: 'indirect', content: 'The landlord broke the law when he evicted the family', speaker: 'the appeals court' },
    ]],
    ['inverted "ruled"', 'The ban was lawful, the tribunal ruled.', [{ type: 'indirect', content: 'The ban was lawful', speaker: 'the tribunal' }]],
    ['inverted "had claimed"', 'The dam was safe, the operator had claimed.', [{ type: 'indirect', content: 'The dam was safe', speaker: 'the operator' }]],
    ['an object cue after an indefinite subject is active', 'A tenants’ group accused the landlord of ignoring repairs.', [
      { type: 'indirect', content: 'the landlord of ignoring repairs', speaker: 'A tenants’ group' },
    ]],
    ['a set-off "after" clause with its own cue: nested attribution (GUIDE), both found', 'The firm denied that its plant had polluted the lake, after a residents’ group accused the firm of hiding data.', [
      { type: 'indirect', content: 'its plant had polluted the lake, after a residents’ group accused the firm of hiding data', speaker: 'The firm' },
      { type: 'indirect', content: 'the firm of hiding data', speaker: 'a residents’ group' },
    ]],
  ])('%s', (_name, body, expected) => {
    expect(run(body)).toEqual(expected);
  });

  it.each([
    ['a day that is the reported subject stays in the content', 'The clerk said Friday was the last day to register.', [{ type: 'indirect', content: 'Friday was the last day to register', speaker: 'The clerk' }]],
    ['a possessive day stays in the content', 'The clerk said Friday’s count was wrong.', [{ type: 'indirect', content: 'Friday’s count was wrong', speaker: 'The clerk' }]],
    ['"ruled out" reports no words', 'The judge ruled out a second trial.', []],
    ['"ruled" a country reports no words', 'The family ruled the island for a century.', []],
    ['"ruled in favour of" reports no words', 'The judge ruled in favour of the tenants.', []],
    ['a reduced passive "accused of" is no cue', 'A man accused of fraud said he was innocent.', [{ type: 'indirect', content: 'he was innocent', speaker: 'A man' }]],
    ['a cue in an "if" condition reports no act', 'The deal would collapse if a court ordered the firm to sell.', []],
    ['a cue in an "unless" condition reports no act', 'The plant will stay open unless the regulator orders the owners to close it.', []],
  ])('unchanged: %s', (_name, body, expected) => {
    expect(run(body)).toEqual(expected);
  });
});

describe('a dateline before the subject of a participial statement', () => {
  it('“SPRINGDALE (Wire) — Mayor X vetoed …, calling it “…”” is the mayor’s statement', () => {
    const r = analyzeArticle('Transit tax vetoed\nSPRINGDALE (Wire) — Mayor Lena Ortiz on Tuesday vetoed the transit tax, calling it “the wrong tax at the wrong time.”\n');
    const st = r.statements.find((s) => s.cue?.text === 'calling');
    expect(st?.speaker.name).toBe('Lena Ortiz');
    expect(st?.content.text).toContain('the wrong tax at the wrong time');
  });
});
