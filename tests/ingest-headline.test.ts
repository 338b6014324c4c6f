// Where an article's headline comes from, per input: a .txt/.md file's first line; a JSON/JSONL article's `title` field,
// else (no `title` field) a first line of `text` that reads as a headline (short, ending no sentence; otherwise `text` is
// all body, and a statement on its first line is found); the library's `title` option, else the text's first line.
// Offsets stay offsets into the text given.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeDocument } from '../src/analyze.js';
import { fromJson, headlineLine, readArticles, type InputItem } from '../src/ingest/read-inputs.js';
import { jsonlArticles } from '../pipeline/parallel/jsonl.js';
import { tempDir } from './helpers.js';

const BODY = 'The harbour will close in June, a port spokesman said.\nMayor Ida Brenner said the budget was balanced.';
const FIRST = 'The harbour will close in June';
const SECOND = 'the budget was balanced';

const articleOf = (item: InputItem | undefined) => {
  if (!item?.ok) throw new Error(`not an article: ${JSON.stringify(item)}`);
  return item.article;
};
/** The statements' contents, each checked to be its own offsets' slice of the text given. */
function contents(text: string, article: Parameters<typeof analyzeDocument>[0]): string[] {
  expect(article.text).toBe(text);
  return analyzeDocument(article).statements.map((s) => {
    expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
    return s.content.text;
  });
}

describe('a JSON or JSONL article without a title has no headline', () => {
  it('fromJson: title empty, the first line of text keeps its statement', () => {
    const a = articleOf(fromJson(JSON.stringify({ id: 'm1', text: BODY }), 'x.json', 'x', 1e6));
    expect(a.title).toBe('');
    expect(contents(BODY, a)).toEqual([FIRST, SECOND]);
  });

  it('a one-line text is one statement, not a headline', () => {
    const one = 'Police said the coast road was closed.';
    const a = articleOf(fromJson(JSON.stringify({ text: one }), 'x.json', 'x', 1e6));
    expect(contents(one, a)).toEqual(['the coast road was closed']);
  });

  it('with a title: the title is the headline, and a text that repeats it as its first line skips that line', () => {
    const head = 'Harbour row deepens';
    const given = articleOf(fromJson(JSON.stringify({ title: 'Harbour chief under fire', text: BODY }), 'x.json', 'x', 1e6));
    expect(given.title).toBe('Harbour chief under fire');
    expect(contents(BODY, given)).toEqual([FIRST, SECOND]);
    const repeated = `${head}\n${BODY}`;
    expect(contents(repeated, articleOf(fromJson(JSON.stringify({ title: head, text: repeated }), 'x.json', 'x', 1e6)))).toEqual([FIRST, SECOND]);
  });

  it('.json and .jsonl files, and --jsonl on stdin, alike', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ text: BODY }));
    writeFileSync(join(dir, 'b.jsonl'), `${JSON.stringify({ id: 'b1', text: BODY })}\n`);
    const [a, b] = [...readArticles([join(dir, 'a.json'), join(dir, 'b.jsonl')])].map(articleOf);
    expect([a?.title, b?.title]).toEqual(['', '']);
    expect(contents(BODY, a!)).toEqual([FIRST, SECOND]);
    expect(contents(BODY, b!)).toEqual([FIRST, SECOND]);
    const items: InputItem[] = [];
    for await (const item of jsonlArticles(Readable.from([`${JSON.stringify({ id: 'm1', text: BODY })}\n`]))) items.push(item);
    const c = articleOf(items[0]);
    expect(c.title).toBe('');
    expect(contents(BODY, c)).toEqual([FIRST, SECOND]);
  });

  it('a .txt file\'s first line stays its headline (no statement in it)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), BODY);
    const a = articleOf([...readArticles([join(dir, 'a.txt')])][0]);
    expect(a.title).toBe('The harbour will close in June, a port spokesman said.');
    expect(contents(BODY, a)).toEqual([SECOND]);
  });

  it('the library: the first line is the headline unless `title` is given; title "" means none', () => {
    expect(analyzeArticle(BODY).statements.map((s) => s.content.text)).toEqual([SECOND]);
    expect(analyzeArticle(BODY, { title: '' }).statements.map((s) => s.content.text)).toEqual([FIRST, SECOND]);
    expect(analyzeArticle(BODY, { title: 'Harbour chief under fire' }).statements.map((s) => s.content.text)).toEqual([FIRST, SECOND]);
  });
});

describe('a JSON-lines line that is no article is named by its id too', () => {
  it.each([
    ['no text', { id: 'm4', body: 'x' }, 'invalid-article', 'stdin:1 (id "m4")'],
    ['empty text', { id: 7, text: ' ' }, 'empty', 'stdin:1 (id 7)'],
    ['no id', { body: 'x' }, 'invalid-article', 'stdin:1'],
  ])('%s', (_name, data, code, source) => {
    const item = fromJson(JSON.stringify(data), 'stdin:1', 'stdin-1', 1e6);
    expect(item.ok ? null : [item.code, item.source]).toEqual([code, source]);
  });
});

describe('an article that is a headline alone says it has no body text', () => {
  const ruleIds = (text: string, title?: string) => analyzeArticle(text, title === undefined ? {} : { title }).messages.map((m) => m.ruleId);

  it.each([
    ['one line', 'Council to vote on library closures\n'],
    ['one line, no newline', 'Ferry operator cuts winter sailings'],
    ['a headline and blank lines', '\nTram depot fire under investigation\n\n   \n'],
  ])('%s: no-statements:no-body, not "no cue of saying"', (_name, text) => {
    const r = analyzeArticle(text);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-statements:no-body']);
    expect(r.messages[0]?.reason).toContain('no body text');
  });

  it('a JSON article whose text only repeats its title has no body either', () => {
    expect(ruleIds('Bridge repairs delayed again\n', 'Bridge repairs delayed again')).toEqual(['no-statements:no-body']);
  });

  // must not fire: an article with a body and no attribution, and a one-line body given with a title of its own
  it.each([
    ['a body without a cue', 'Rain expected\nHeavy rain is forecast across the valley on Tuesday, with roads near the river likely to close.\n', undefined],
    ['a one-line text with a separate title', 'Heavy rain is forecast across the valley on Tuesday.', 'Rain expected'],
    ['a one-line text without a headline', 'Heavy rain is forecast across the valley on Tuesday.', ''],
  ])('%s keeps the plain no-statements message', (_name, text, title) => {
    expect(ruleIds(text, title)).toEqual(['no-statements']);
  });
});

describe('a JSON or JSONL article without a title whose first line reads as a headline', () => {
  const HEAD = 'Harbour to close in June as repair bill grows';
  const titleOf = (json: Record<string, unknown>) => articleOf(fromJson(JSON.stringify(json), 'x.json', 'x', 1e6)).title;

  it('takes a short first line with no final full stop as the headline, and finds no statement in it', () => {
    const text = `Port chief says harbour will close in June\n${BODY}`;
    const a = articleOf(fromJson(JSON.stringify({ text }), 'x.json', 'x', 1e6));
    expect(a.title).toBe('Port chief says harbour will close in June');
    expect(contents(text, a)).toEqual([FIRST, SECOND]);
    expect(titleOf({ text: `\n  ${HEAD}\r\n\r\n${BODY}` })).toBe(HEAD);
    expect(headlineLine(`Minister: "We will not resign"\n${BODY}`)).toBe('Minister: "We will not resign"');
  });

  it('does not when `title` is given, even as "" (no headline)', () => {
    expect(titleOf({ title: '', text: `${HEAD}\n${BODY}` })).toBe('');
    expect(titleOf({ title: 'Port news', text: `${HEAD}\n${BODY}` })).toBe('Port news');
  });

  it('does not take a first line that ends a sentence, or runs on, as the headline', () => {
    expect(titleOf({ text: BODY })).toBe('');
    expect(headlineLine('The mayor said the harbour would close in June?\nMore follows here.')).toBe('');
    expect(headlineLine('The harbour will close, the mayor said."\nMore follows here.')).toBe('');
    expect(headlineLine('The council statement read:\nThe harbour will close in June.')).toBe('');
    expect(headlineLine('Speaking at the quay on Monday,\nthe mayor said the harbour would close.')).toBe('');
  });

  it('does not take a long first line, or the only line of a text, as the headline', () => {
    expect(headlineLine(`${'The harbour board met on Monday and the members agreed after a long debate that the quay would shut for repairs from June onwards'}\n${BODY}`)).toBe('');
    expect(headlineLine(HEAD)).toBe('');
    expect(headlineLine(`${HEAD}\n   \n`)).toBe('');
  });
});
