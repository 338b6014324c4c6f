// Session 15, the review of the merged nu15a work (datelines, shout/interject cues, declare needing a clause or quote,
// the cut at a sentence's main verb). Sentences are our own; each expectation was written by hand from the sentence.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

type Statement = ReturnType<typeof analyzeArticle>['statements'][number];
/** The statements of a short article with a headline. */
function statementsOf(body: string): Statement[] {
  return analyzeArticle(`Headline here\n\n${body}\n`).statements;
}
/** The innermost statement whose content holds `content`. */
function statementWith(body: string, content: string): Statement {
  const list = statementsOf(body);
  const st = list.filter((s) => s.content.text.includes(content)).sort((a, b) => a.content.text.length - b.content.text.length)[0];
  if (!st) throw new Error(`no statement holds “${content}”: ${list.map((s) => s.content.text).join(' | ')}`);
  return st;
}

describe('“declare” reports a clause without “that” and a quote in its object', () => {
  it('a clause without “that”', () => {
    const st = statementWith('The councillor declared her opponent had lied about the budget.', 'had lied');
    expect(st.content.text).toBe('her opponent had lied about the budget');
    expect(st.speaker.name).toBe('councillor');
  });
  it('a quote after the object and “to be”', () => {
    const st = statementWith('The bishop declared the young curate to be “the future of the parish” at the synod.', 'the future of the parish');
    expect(st.cue?.text).toBe('declared');
  });
  it('a quote after a noun object and an infinitive', () => {
    const st = statementWith('The dockers’ union declared a resolve to “hold out until spring” over the pay offer.', 'hold out until spring');
    expect(st.cue?.text).toBe('declared');
  });
  it.each([
    ['a state of emergency', 'The governor declared a state of emergency after the floods.'],
    ['victory', 'The incumbent declared victory shortly after midnight.'],
    ['for an office', 'The senator declared for governor in March.'],
    ['an object put in a declared state', 'The referee declared the match abandoned after the floodlights failed.'],
    ['a state after a possessive object', 'The visiting side declared their innings closed on the second evening.'],
    ['a quoted name of what was declared', 'The council declared a “climate emergency” on Tuesday.'],
    ['a passive with its agent', 'The holiday was declared by the king in 1921.'],
  ])('must not fire: %s', (_what, body) => {
    expect(statementsOf(body).filter((s) => s.cue?.text.startsWith('declared'))).toEqual([]);
  });
  it('an opinion of the object still reports words', () => {
    expect(statementWith('The minister declared the pipeline plan dead.', 'the pipeline plan dead').cue?.text).toBe('declared');
  });
});

describe('shout and interject', () => {
  it('a shouted quote ends where a later speaker’s own quote begins', () => {
    const list = statementsOf('When a man in the crowd shouted, “Pemberton,” the comedian joked back, “Gesundheit!”');
    const crowd = list.find((s) => s.cue?.text === 'shouted');
    expect(crowd?.content.text).toBe('Pemberton,');
    expect(list.some((s) => s.content.text.includes('Pemberton') && s.content.text.includes('Gesundheit'))).toBe(false);
    const host = list.find((s) => s.content.text.includes('Gesundheit'));
    expect(host?.speaker.name).toBe('comedian');
  });
  it('“interjected to say:” leaves “to say” out of the content', () => {
    const st = statementWith('The chairman interjected to say: “That figure is simply wrong.”', 'simply wrong');
    expect(st.content.text).toBe('That figure is simply wrong.');
    expect(st.speaker.name).toBe('chairman');
  });
  it('“interjected to add that”', () => {
    const st = statementWith('Okafor interjected to add that the survey was four years old.', 'four years old');
    expect(st.content.text).toBe('the survey was four years old');
  });
  it('must not fire: a whole quote followed by the speaker’s own next action', () => {
    const st = statementWith('The mayor said, “We will rebuild,” and the crowd cheered.', 'We will rebuild');
    expect(st.speaker.name).toBe('mayor');
  });
  it('must not fire: a quote split by its own speaker’s attribution stays one statement', () => {
    const st = statementWith('“We will rebuild,” the mayor said, “and we will do it quickly.”', 'do it quickly');
    expect(st.content.text).toContain('We will rebuild');
  });
  it('must not fire: “shouted to” a person, or “interjected to ask” with no words', () => {
    expect(statementsOf('The coach shouted to his players across the pitch.')).toEqual([]);
    expect(statementsOf('The clerk interjected to ask for order.')).toEqual([]);
  });
});

describe('the cut at the sentence’s main verb', () => {
  it('never at a contracted auxiliary of the content’s own clause', () => {
    const st = statementWith('Singer Mara Quill telling young voters they’re wrong to stay home.', 'wrong to stay home');
    expect(st.content.text).toContain('they’re wrong to stay home');
  });
  it('never right after a subject pronoun', () => {
    const st = statementWith('Actor Jon Pell telling fans they are being lied to by the league.', 'being lied to');
    expect(st.content.text).toContain('they are being lied to');
  });
  it.each([
    ['The petition calling for a new crossing has been signed by 4,000 people.', 'a new crossing'],
    ['A letter urging the board to resign was sent to shareholders on Friday.', 'the board to resign'],
  ])('must not stop cutting a subject’s participle phrase at the main verb: %s', (body, content) => {
    expect(statementWith(body, content).content.text).toBe(content);
  });
});

describe('a dateline is no part of the speaker phrase', () => {
  it('“CITY - Adjective officials said”', () => {
    const st = statementWith('KORVAL - Estonian officials said the border crossing would reopen on Monday.', 'would reopen');
    expect(st.speaker.name).toBe('Estonian officials');
    expect(st.speaker.mention?.text).toBe('Estonian officials');
  });
  it('a capitalised adjective after a dateline is a description, as without one', () => {
    const with_ = statementWith('DRAVEN, Oltenia (AP) — Local officials said the bridge would stay shut.', 'stay shut');
    const without = statementWith('Local officials said the bridge would stay shut.', 'stay shut');
    expect(with_.speaker).toMatchObject({ name: 'local officials', kind: 'anonymous' });
    expect(with_.speaker.name).toBe(without.speaker.name);
    expect(statementWith('BRENN (Wire) — Senior ministers said the vote would be delayed.', 'be delayed').speaker.kind).toBe('anonymous');
  });
  it('must not fire: a body named after a dateline keeps its name', () => {
    const st = statementWith('OSLO (Wire) — Norvane Shipping said profits rose in the third quarter.', 'profits rose');
    expect(st.speaker).toMatchObject({ name: 'Norvane Shipping', kind: 'organization' });
  });
  it('must not fire: a capitalised name inside a sentence before a plural role noun', () => {
    const st = statementWith('The leak was confirmed on Monday, and Halvorsen engineers said the valve had failed.', 'the valve had failed');
    expect(st.speaker.name).not.toBe('halvorsen engineers');
  });
});
