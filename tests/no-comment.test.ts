// GUIDE decision 9: a no-comment's content is the whole phrase with its object — the question not answered, and what the
// unanswered questions were about. Sentences of our own; expectations written by hand.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/analyze.js';

const noComment = (sentence: string) => analyzeArticle(`Headline\n${sentence}\n`).statements.filter((s) => s.act === 'NO_COMMENT').map((s) => s.content.text);

describe('no-comment content', () => {
  it.each([
    ['a wh-question after "comment on"', 'A Brindle Bank spokeswoman declined to comment on whether the bank would raise its fees.', 'declined to comment on whether the bank would raise its fees'],
    ['questions about a wh-clause', 'The landlord did not respond to questions about whether tenants had been warned.', 'did not respond to questions about whether tenants had been warned'],
    ['questions about a noun phrase, without the time after it', 'The ministry did not respond to questions about the warning on Friday.', 'did not respond to questions about the warning'],
    ['a bare refusal with a day after it', 'She declined to comment on Monday.', 'declined to comment'],
    ['an object, then a participle of the reporter', 'He declined to comment on the case, saying it was before the courts.', 'declined to comment on the case'],
  ])('%s', (_name, sentence, content) => {
    expect(noComment(sentence)).toEqual([content]);
  });
});
