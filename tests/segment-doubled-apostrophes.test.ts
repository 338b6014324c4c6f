// A quote closed by two apostrophes (as some US papers print it) is cut between the two by wink's sentence splitter;
// the segment stage gives the second one back to the sentence it closes. Sentences written for this file.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../src/stages/segment/split-paragraphs.js';
import { tokenizeParagraphs } from '../src/stages/segment/tokenize.js';
import { mergeSplitSentences } from '../src/stages/segment/merge-split-sentences.js';
import { analyzeArticle } from '../src/analyze.js';

const sentencesOf = (text: string): string[] => {
  const raw = tokenizeParagraphs(text, splitParagraphs(text));
  const { sentences, tokens } = mergeSplitSentences(raw.tokens, raw.sentences);
  for (const s of sentences) for (let k = s.tokenStart; k < s.tokenEnd; k++) expect(tokens[k]?.sentence).toBe(s.index);
  return sentences.map((s) => text.slice(s.start, s.end));
};

describe('doubled-apostrophe closing marks', () => {
  it('keeps both halves of the closing mark in the quote\'s sentence', () => {
    expect(sentencesOf("''The depot stays open.'' He added that staff would be told on Monday.")).toEqual([
      "''The depot stays open.''",
      'He added that staff would be told on Monday.',
    ]);
  });

  it('joins an attribution in lower case to the question it closes', () => {
    expect(sentencesOf("''Who pays for it?'' she asked. ''Not us.''")).toEqual(["''Who pays for it?'' she asked.", "''Not us.''"]);
  });

  it('leaves curly and double marks, and a lone apostrophe, as they were', () => {
    expect(sentencesOf('“The depot stays open.” He added that staff would be told.')).toEqual(['“The depot stays open.”', 'He added that staff would be told.']);
    expect(sentencesOf("The fans sang 'Abide with Me.' Then they left.")).toEqual(["The fans sang 'Abide with Me.'", 'Then they left.']);
  });

  it('reads the sentence after the quote as a statement of its own, not as the quote\'s attribution', () => {
    const r = analyzeArticle("Headline\n\n''We will not back down,'' the senator said at the rally. ''This fight is far from over.'' He added that the bill would pass.\n");
    const out = r.statements.map((s) => ({ cue: s.cue?.text, content: s.content.text, pieces: s.content.pieces?.map((p) => p.text) }));
    expect(out).toEqual([
      { cue: 'said', content: "We will not back down,'' the senator said at the rally. ''This fight is far from over.", pieces: ['We will not back down,', 'This fight is far from over.'] },
      { cue: 'added', content: 'the bill would pass', pieces: undefined },
    ]);
  });

  it('still continues a quote in the next sentence and finds the speaker of a question cut after its mark', () => {
    const cont = analyzeArticle("Headline\n\n''We cannot win it all,'' the coach said. ''But we can make the playoffs.''\n").statements;
    expect(cont.map((s) => s.content.pieces?.map((p) => p.text))).toEqual([['We cannot win it all,', 'But we can make the playoffs.']]);
    const asked = analyzeArticle("Headline\n\n''Why would we wait?'' Ms. Varga asked.\n").statements;
    expect(asked.map((s) => [s.content.text, s.speaker.name])).toEqual([['Why would we wait?', 'Varga']]);
  });
});
