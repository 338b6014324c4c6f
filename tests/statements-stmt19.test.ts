// Session 19 (wt-stmt19), statement spans on the local corpus: constructions sorted from the train split's errors.
// Sentences are our own, with other names and words; each expectation was written by hand from the sentence
// (LABELS.md "Content span"; GUIDE.md).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const pieces = (paragraphs: string): string[][] => statements(paragraphs).map((s) => (s.content.pieces ?? [s.content]).map((p) => p.text));

describe('a quote that goes on after its attribution is one statement with pieces (LABELS.md, GUIDE section 2)', () => {
  it('fires: the quote goes on in the next paragraph', () => {
    const text = '“The ward ran out of beds by noon,” said Ilse Marrow, a nurse at the hospital who has worked there for ten years.|'
      + '“We put patients in the corridor. Nobody upstairs wanted to hear it.”';
    expect(pieces(text)).toEqual([['The ward ran out of beds by noon,', 'We put patients in the corridor. Nobody upstairs wanted to hear it.']]);
    expect(statements(text).map((s) => [s.type, s.speaker.name])).toEqual([['direct', 'Ilse Marrow']]);
  });
  it('fires: over two more paragraphs, after "told reporters"', () => {
    const text = '“We did not start this dispute,” the union leader, Pavel Renko, told reporters at the depot.|'
      + '“The company did.”|“And we will be here until it ends.”';
    expect(pieces(text)).toEqual([['We did not start this dispute,', 'The company did.', 'And we will be here until it ends.']]);
  });
  it('must not fire: a reported clause before the quote paragraph keeps its own statement', () => {
    const text = 'The union leader, Pavel Renko, said the company had refused to meet.|“We will be here until it ends.”';
    expect(pieces(text)).toEqual([['the company had refused to meet'], ['We will be here until it ends.']]);
  });
  it('must not fire: two quotes by two speakers, each with its own cue', () => {
    const text = '“The bus was late again,” said one commuter, Dana Hollis.|“It is late every Monday,” another, Ravi Mensah, said.';
    expect(pieces(text)).toEqual([['The bus was late again,'], ['It is late every Monday,']]);
    expect(statements(text).map((s) => s.speaker.name)).toEqual(['Dana Hollis', 'Ravi Mensah']);
  });
});

describe('"one of them said", "two of us said": the quantifier and its "of" phrase are the inverted speaker', () => {
  it('fires: the split quote after "one of them said" is one statement of "one of them"', () => {
    const text = '“We asked for help for weeks,” one of them said. “Nobody came.”';
    expect(pieces(text)).toEqual([['We asked for help for weeks,', 'Nobody came.']]);
    expect(statements(text).map((s) => s.speaker.mention?.text)).toEqual(['one of them']);
  });
  it('must not fire: a pronoun object of "of" after a noun, or a plain pronoun subject', () => {
    expect(statements('“The line was down for an hour,” the owner of them said.').length).toBeLessThanOrEqual(1);
    expect(statements('“The hall was full,” they said.').map((s) => [s.content.text, s.speaker.mention?.text])).toEqual([['The hall was full,', 'they']]);
    expect(statements('Most of them left before the vote.')).toEqual([]);
    // (an appositive after "one of them" names the one who speaks)
    expect(statements('One of them, fourth-grader Ivo Lind, said he did not want to move school.').map((s) => s.speaker.name)).toEqual(['Ivo Lind']);
  });
});

describe('a past-tense verb that wink tags as a noun still makes a reported clause after "said"', () => {
  it('fires: "said the case fitted a wider pattern"', () => {
    expect(statements('Safety campaigners said the case fitted a wider pattern.').map((s) => s.content.text)).toEqual(['the case fitted a wider pattern']);
  });
  it('must not fire: "said" with a noun object or a setting and no clause', () => {
    expect(statements('The governor said a prayer for the watershed.')).toEqual([]);
    expect(statements('The ranger said a few words at the canyon riverbed.')).toEqual([]);
  });
});

describe('"said N percent of members who voted had backed …": a restrictive relative inside the reported clause\'s subject', () => {
  it('fires: the phrase after "said" is the content\'s subject, the union before it speaks', () => {
    const text = 'The Dock Workers Union, which represents about 3,100 of the site staff, said 87 percent of members who took part in the vote had backed the walkout.';
    expect(statements(text).map((s) => [s.content.text, s.speaker.name])).toEqual([['87 percent of members who took part in the vote had backed the walkout', 'Dock Workers Union']]);
  });
  it('must not fire: an inverted speaker with a relative clause of its own', () => {
    expect(statements('“The roof leaked for a year,” said a tenant who lives on the top floor.').map((s) => [s.content.text, s.speaker.mention?.text])).toEqual([['The roof leaked for a year,', 'a tenant']]);
    expect(statements('The fire was out within an hour, said a neighbour who saw the smoke.').map((s) => s.content.text)).toEqual(['The fire was out within an hour']);
    // (a second relative clause is no main-clause verb)
    expect(statements('“After the fire we lost everything,” said one owner of a bakery that sells bread who declined to be named.').map((s) => [s.type, s.content.text])[0])
      .toEqual(['direct', 'After the fire we lost everything,']);
  });
});

describe('another source\'s remark after the reported clause\'s comma ends it: ", in what X called …", ", a price that X estimate …"', () => {
  it('fires: "accused Y of …, in what the ministry called “…”" is two statements', () => {
    const s = statements('Pellara on Monday accused neighbouring Dostrav of moving tanks toward a disputed valley near the border, in what the Pellaran defence ministry called “a reckless escalation.”');
    expect(s.map((x) => [x.cue?.text, x.content.text])).toEqual([
      ['accused', 'neighbouring Dostrav of moving tanks toward a disputed valley near the border'],
      ['called', 'a reckless escalation.'],
    ]);
  });
  it('fires: "show that …, a price that two engineers … estimate should have been …"', () => {
    const s = statements('Receipts seen by the paper show that the council paid 9 million euros for 12 electric buses, a price that two engineers consulted by the paper estimate should have been lower.');
    expect(s[0]?.content.text).toBe('the council paid 9 million euros for 12 electric buses');
  });
  it('must not fire: "in what" with no source of its own, or an appositive noun with no cue in its relative clause', () => {
    expect(statements('The mayor said the budget was balanced, in what was her last speech before the election.').map((x) => x.content.text))
      .toEqual(['the budget was balanced, in what was her last speech before the election']);
    expect(statements('The mayor said the plan would cut costs, a target that the council set last year.').map((x) => x.content.text))
      .toEqual(['the plan would cut costs, a target that the council set last year']);
  });
});

describe('"The scheme that residents say costs too much was dropped": the reported predicate in a relative clause ends before the main verb', () => {
  it('fires: wink tags "costs" as a noun; the content is the relative\'s predicate only', () => {
    expect(statements('The scheme that residents say costs too much was dropped on Monday.').map((s) => [s.content.text, s.speaker.name])).toEqual([['costs too much', 'residents']]);
  });
  it('must not fire: a plain "says" with a clause of its own, and a relative whose cue has a clause with its own verb', () => {
    expect(statements('The council says costs rose by a third.').map((s) => s.content.text)).toEqual(['costs rose by a third']);
    expect(statements('The report that the council says contains errors is being withdrawn.').map((s) => s.content.text)).toEqual(['contains errors']);
  });
});
