// Session 19 (wt-fix19a): a quote after a split quote's first piece that has a cue of its own is that cue's statement,
// not a second piece of the first (LABELS.md "Content span"; GUIDE section 2 and decision 10). Sentences are our own;
// each expectation was written by hand from the sentence.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const statements = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs.replace(/\|/gu, '\n')}\n`).statements;
const bySpeaker = (paragraphs: string): Array<[string, string[]]> =>
  statements(paragraphs).map((s) => [s.speaker.mention?.text ?? s.speaker.name, (s.content.pieces ?? [s.content]).map((p) => p.text)]);

describe('a following quote with its own cue is its own statement, not a piece of the one before', () => {
  it('fires: an inverted "…," X said in the next sentence (two statements, one piece each)', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund told the harbour board. “I can promise you this, the repairs will be costly,” the engineer said.'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['the engineer', ['I can promise you this, the repairs will be costly,']]]);
  });
  it('fires: the next sentence is a quote of two sentences, then its own cue', () => {
    expect(bySpeaker('“The ferry is full every morning,” Ines Carver said. “We run out of seats. Some wait an hour,” the skipper added.'))
      .toEqual([['Ines Carver', ['The ferry is full every morning,']], ['the skipper', ['We run out of seats. Some wait an hour,']]]);
  });
  it('fires: the next quote is split around a cue of its own', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said. “The old ones,” the engineer said, “are rotten through.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['the engineer', ['The old ones,', 'are rotten through.']]]);
  });
  it('fires: a second cue and speaker before the quote in the same sentence', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said, and the engineer said, “the old ones are rotten.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['the engineer', ['the old ones are rotten.']]]);
  });
  it('fires: "…, adding: “…”" is a second statement (GUIDE decision 10)', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said, adding: “The old ones are rotten.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['Tove Lund', ['The old ones are rotten.']]]);
  });
  it('fires: the same speaker\'s own new cue, and the uncued quote after it goes with that cue', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said. “The old ones are rotten,” she said. “We found it last week.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['she', ['The old ones are rotten,', 'We found it last week.']]]);
  });
  it('kept: the quote whose cue comes before it ("Then the engineer said: “…”") is not joined', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said. Then the engineer said: “The old ones are rotten.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['the engineer', ['The old ones are rotten.']]]);
  });
  it('kept: in the next paragraph, a quote with its own cue after, around or before it is not joined', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said.|“The old ones are rotten,” the engineer added.'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['the engineer', ['The old ones are rotten,']]]);
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said.|“The old ones,” the engineer said, “are rotten.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['the engineer', ['The old ones,', 'are rotten.']]]);
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said.|The engineer said: “The old ones are rotten.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,']], ['The engineer', ['The old ones are rotten.']]]);
  });
});

describe('must not fire: a quote with no cue of its own still joins the statement before it', () => {
  it('a quote split around one cue is one statement with two pieces', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said, “and the old ones are rotten.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,', 'and the old ones are rotten.']]]);
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund told reporters on Monday. “The old ones are rotten.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,', 'The old ones are rotten.']]]);
  });
  it('a quote paragraph that goes on with no cue', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said in a statement.|“The old ones are rotten. Nobody has checked them in years.”'))
      .toEqual([['Tove Lund', ['The pier needs new pilings,', 'The old ones are rotten. Nobody has checked them in years.']]]);
  });
  it('a cue in a relative clause on the first speaker is none of the next quote\'s', () => {
    const first = (text: string) => bySpeaker(text)[0];
    expect(first('“The pier needs new pilings,” said a diver at the yard, who asked that his name not be used because he feared for his job. “Who would listen to us?”'))
      .toEqual(['a diver at the yard', ['The pier needs new pilings,', 'Who would listen to us?']]);
    expect(first('“The pier needs new pilings,” said a diver at the yard, who asked for anonymity. “Who would listen to us?”'))
      .toEqual(['a diver at the yard', ['The pier needs new pilings,', 'Who would listen to us?']]);
    expect(first('“The pier needs new pilings,” said Tove Lund, who told the council in March that the work was urgent. “The old ones are rotten.”'))
      .toEqual(['Tove Lund', ['The pier needs new pilings,', 'The old ones are rotten.']]);
  });
  it('a verb coordinated after the second piece is the same speaker\'s, not the piece\'s cue', () => {
    expect(bySpeaker('“The pier needs new pilings,” Tove Lund said, “and the old ones are rotten,” and urged the council to act.')[0])
      .toEqual(['Tove Lund', ['The pier needs new pilings,', 'and the old ones are rotten,']]);
  });
});
