// GUIDE decision 9: a no-comment's content is the whole phrase with its object — the question not answered, and what the
// unanswered questions were about. Sentences of our own; expectations written by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const noComment = (sentence: string) => analyzeArticle(`Headline\n${sentence}\n`).statements.filter((s) => s.act === 'NO_COMMENT').map((s) => s.content.text);

describe('no-comment content', () => {
  it.each([
    ['a wh-question after "comment on"', 'A Farrow spokeswoman declined to comment on whether the company would change its prices.', 'declined to comment on whether the company would change its prices'],
    ['questions about a wh-clause', 'The firm did not respond to questions about whether other clients had been told.', 'did not respond to questions about whether other clients had been told'],
    ['questions about a noun phrase, without the time after it', 'The ministry did not respond to questions about the warning on Friday.', 'did not respond to questions about the warning'],
    ['a bare refusal with a day after it', 'She declined to comment on Monday.', 'declined to comment'],
    ['an object, then a participle of the reporter', 'He declined to comment on the case, saying it was before the courts.', 'declined to comment on the case'],
  ])('%s', (_name, sentence, content) => {
    expect(noComment(sentence)).toEqual([content]);
  });
});
