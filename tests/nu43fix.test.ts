// A new user's two pasted web articles (nu43: a water-quality row, a hospital staffing row). Sentences written for these
// tests; each rule has at least three sentences of its construction and a case that must not change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeWithDoc } from '../src/analyze.js';
import { csvText } from '../src/output/atomic.js';
import { htmlArticle } from '../src/output/html-report.js';
import { messageRows, quoteRows, speakerRows, stanceRows } from '../src/output/rows.js';
import { importReview } from '../src/review/import-review.js';
import { parseCsv } from '../src/review/parse-csv.js';
import { QUOTES_HEADER } from '../src/output/rows.js';
import { spansHold, tempDir } from './helpers.js';

const analysed = (text: string) => {
  const { result, doc } = analyzeWithDoc({ id: 'a1', source: 'a1.txt', title: '', text });
  return { result, sentences: doc.layers.sentences ?? [] };
};
const cellOf = (rows: string[][], header: readonly string[], name: string, i = 0): string => (rows[i] as string[])[header.indexOf(name)] as string;

describe('CSV cells and report.html show character references and mis-decoded runs as the characters meant; the JSON keeps the text as given', () => {
  it.each([
    // character references
    ['Ferry row\nThe port&rsquo;s director, Ivo Brandt, said the new quay was &ldquo;years overdue&rdquo; and would open in May.\n',
      'The port’s director', 'the new quay was “years overdue” and would open in May'],
    ['Mine inquiry\nThe miners&#8217; lawyer, Rosa Quint, said the company had &#x201C;ignored every warning&#x201D; for a decade.\n',
      'The miners’ lawyer', 'the company had “ignored every warning” for a decade'],
    // UTF-8 read as Windows-1252 (two or more runs: the text is found mis-decoded)
    ['Bridge closure\nThe cityâ€™s engineer, Pavel Dorn, said the bridge was â€œnot safe for lorriesâ€ until the spring.\n',
      'The city’s engineer', 'the bridge was “not safe for lorries” until the spring'],
  ])('%s', (text, mention, content) => {
    const { result, sentences } = analysed(text);
    const rows = quoteRows(result, sentences);
    expect(cellOf(rows, QUOTES_HEADER, 'speaker_mention')).toBe(mention);
    expect(cellOf(rows, QUOTES_HEADER, 'content')).toBe(content);
    expect(cellOf(rows, QUOTES_HEADER, 'sentence')).not.toMatch(/&[a-z#]|â€/u);
    expect(speakerRows(result, sentences)[0]?.join('|')).not.toMatch(/&[a-z#]|â€/u);
    // report.html's text: the characters, HTML-escaped only where HTML needs it
    const html = htmlArticle(result, () => 'red');
    expect(html).toContain(mention);
    expect(html).not.toMatch(/&amp;[a-z#]|â€/u);
    // the article JSON: spans as the text has them, offsets into it
    spansHold(result);
    expect(result.statements[0]?.speaker.mention?.text).not.toBe(mention);
  });

  it('must not change: a message\'s reason quotes the mis-decoded runs as the file has them; "AT&T" and an unclosed "&amp" stay', () => {
    const { result, sentences } = analysed('Bridge closure\nThe cityâ€™s engineer, Pavel Dorn, said the bridge was â€œnot safe for lorriesâ€ until the spring.\n');
    const reason = messageRows(result, sentences).find((r) => r[2] === 'input:mis-decoded-text')?.[3];
    expect(reason).toContain('"â€™" as ’');
    const plain = analysed('Phone deal\nA lawyer for AT&T, Mina Roos, said the R&amp deal &ldquo;was never signed&rdquo;.\n');
    const content = cellOf(quoteRows(plain.result, plain.sentences), QUOTES_HEADER, 'content');
    expect(content).toContain('R&amp deal “was never signed”');
    expect(cellOf(quoteRows(plain.result, plain.sentences), QUOTES_HEADER, 'speaker_mention')).toBe('A lawyer for AT&T');
  });

  it('must not change: one stray "Ã" of a name in a text not mis-decoded stays as it is', () => {
    const { result, sentences } = analysed('Trade talks\nThe mayor of SÃO PAULO, Ana Lima, said the talks had stalled.\n');
    expect(cellOf(quoteRows(result, sentences), QUOTES_HEADER, 'sentence')).toContain('SÃO PAULO');
  });

  it('stances.csv evidence and content are read too', () => {
    const { result, sentences } = analysed('Ferry row\nIvo Brandt, the port&rsquo;s director, accused the Harbour Council of &ldquo;wrecking&rdquo; the town&rsquo;s ferry service.\n');
    const text = csvText(stanceRows(result, sentences));
    expect(text).toContain('the Harbour Council of “wrecking” the town’s ferry service');
    expect(text).not.toMatch(/&[a-z#]/u);
  });

  it('review:import reads a row left as written as unchanged, and finds an edited content with the characters meant', () => {
    const text = 'Ferry row\nThe port&rsquo;s director, Ivo Brandt, said the new quay was &ldquo;years overdue&rdquo; and would open in May.\n';
    const { result, sentences } = analysed(text);
    const dir = tempDir('nu43fix-');
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'a1.json'), JSON.stringify(result));
    const csv = csvText([[...QUOTES_HEADER], ...quoteRows(result, sentences)]);
    const same = importReview([{ path: 'quotes.csv', text: csv }], { articlesDir: join(dir, 'articles') });
    expect(same.problems).toEqual([]);
    expect(same.unchanged).toEqual(['a1']);
    const rows = parseCsv(csv);
    const c = (rows[0] as string[]).indexOf('content');
    (rows[1] as string[])[c] = 'the new quay was “years overdue”';
    const edited = importReview([{ path: 'quotes.csv', text: csvText(rows) }], { articlesDir: join(dir, 'articles') });
    expect(edited.problems).toEqual([]);
    const st = edited.articles[0]?.statements[0];
    expect(st?.content.text).toBe('the new quay was &ldquo;years overdue&rdquo;');
    expect(text.slice(st?.content.start, st?.content.end)).toBe(st?.content.text);
  });
});

const run = (paragraphs: string) => analyzeArticle(`Headline\n${paragraphs}\n`).statements;
const byCue = (paragraphs: string, cue: string) => run(paragraphs).find((s) => s.cue?.text === cue);

describe('a cue, a setting with its addressee after "to" (a noun wink tags as a verb), and "that": the content starts after "that" (LABELS.md Content)', () => {
  it.each([
    ['The chief executive, Dr Mina Holt, admitted in a letter to staff that recruitment had fallen short.', 'admitted', 'recruitment had fallen short'],
    ['The mayor said in a memo to police on Friday that the march was banned.', 'said', 'the march was banned'],
    ['Nell Ward conceded in an email to staff, that the rota had failed.', 'conceded', 'the rota had failed'],
    ['The governor warned in a message to staff at the prison that overtime would be cut.', 'warned', 'overtime would be cut'],
  ])('%s', (text, cue, content) => {
    expect(byCue(text, cue)?.content.text).toBe(content);
  });
  it('unchanged: an addressee wink reads as a noun, and a setting with no addressee', () => {
    expect(byCue('Holt admitted in a letter to parents that recruitment had fallen short.', 'admitted')?.content.text).toBe('recruitment had fallen short');
    expect(byCue('The mayor said in a radio interview that the budget was sound.', 'said')?.content.text).toBe('the budget was sound');
  });
  it('must not change: an infinitive with its object ("to police the border") is a verb, and the scan stops at it', () => {
    expect(byCue('The agency said in a plan to police the border that arrests would rise.', 'said')?.content.text).toBe('in a plan to police the border that arrests would rise');
  });
});

describe('a lower-case inspectorate, directorate or tribunal is a body, kind organization (LABELS.md: agencies, regulators, courts)', () => {
  it.each([
    ['The supplier had not been fined before, according to the national drinking water inspectorate.', 'according to', 'national drinking water inspectorate'],
    ['The school had improved, the regional schools inspectorate said on Monday.', 'said', 'regional schools inspectorate'],
    ['The national fisheries directorate said the quota would be cut.', 'said', 'national fisheries directorate'],
    ['An employment tribunal ruled that the dismissal was unfair.', 'ruled', 'employment tribunal'],
  ])('%s', (text, cue, name) => {
    const st = byCue(text, cue);
    expect(st?.speaker.name).toBe(name);
    expect(st?.speaker.kind).toBe('organization');
  });
  it('must not change: a person at such a body, and inspectors, are anonymous people', () => {
    expect(byCue('An official at the inspectorate said the shaft was unsafe.', 'said')?.speaker.kind).toBe('anonymous');
    expect(byCue('Two inspectors said the shaft was unsafe.', 'said')?.speaker.kind).toBe('anonymous');
  });
});

describe('"the union" long after the one body the article named as representing people is that body (GUIDE: trade unions are organisations)', () => {
  const speakerOf = (paragraphs: string, cue: string) => byCue(paragraphs, cue)?.speaker;
  it.each([
    ['The Harbour Workers Alliance, which represents 3,000 dockers at Port Veln, has accused the Veln Port Company of ignoring safety rules.\n\nThe company said the rules had been followed.\n\nDock manager Ian Pell said the cranes were inspected every month.\n\nThe union has warned that a strike could follow next month.', 'warned', 'Harbour Workers Alliance'],
    ['Cabin crew at Skylane could strike in June, according to the Flight Attendants Guild, representing about 2,000 staff at the airline.\n\nSkylane said talks were continuing.\n\nThe chief executive, Ann Broad, said pay had risen.\n\nThe union said its members would vote next week.', 'said its', 'Flight Attendants Guild'],
    ['The Nursing Staff Alliance, which represents nurses at Kelby General Hospital, has accused the Brenmoor Health Trust of cutting night shifts.\n\nThe trust said the changes were temporary.\n\nA ward sister said staff were exhausted.\n\nThe minister, Paul Rees, said he was worried.\n\nThe union insisted that patients were at risk.', 'insisted', 'Nursing Staff Alliance'],
  ])('%#', (text, cue, name) => {
    const st = cue === 'said its' ? run(text).find((s) => s.content.text.startsWith('its members')) : byCue(text, cue);
    expect(st?.speaker).toMatchObject({ name, kind: 'organization' });
  });
  it('two bodies named as representing people leave "the union" unresolved (it was the latest body its noun fits, the Porters Guild)', () => {
    expect(speakerOf('The Nursing Staff Alliance, which represents nurses at Kelby General Hospital, and the Porters Guild, which represents hospital porters, have accused the Brenmoor Health Trust of cutting shifts.\n\nThe trust said the changes were temporary.\n\nThe union has warned that patients were at risk.', 'warned')?.name).toBe('union');
  });
  it('must not change: a council representing residents is no union', () => {
    expect(speakerOf('Kelby Borough Council, which represents 30,000 residents, has accused the Brenmoor Health Trust of cutting shifts.\n\nThe trust said the changes were temporary.\n\nThe union has warned that patients were at risk.', 'warned')?.name).toBe('union');
  });
  it('must not change: a body named with a union\'s word is still the one meant', () => {
    expect(speakerOf('The Nursing Staff Alliance, which represents nurses, backed the Kelby Porters Union in its dispute with the Brenmoor Health Trust.\n\nThe trust said the changes were temporary.\n\nThe union has warned that patients were at risk.', 'warned')?.name).toBe('Kelby Porters Union');
  });
});
