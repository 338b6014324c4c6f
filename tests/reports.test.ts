// The CSV and JSON reports as a reviewer meets them: byte-stable across runs, a BOM with --excel, formula injection
// neutralised, speakers.csv counted right, and an edited CSV never overwritten.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/runner.js';
import { ArticleResult, type Statement } from '../src/model/article-result.js';
import { overallSpeakerRows, speakerRows, SPEAKERS_HEADER, QUOTES_HEADER } from '../src/output/rows.js';
import { SpeakerTally } from '../src/output/speaker-tally.js';
import { ReportWriter, digestOf, prepareArticle, readyArticle, type ReadyArticle } from '../src/output/report-writer.js';
import { SPEAKER_COLORS, speakerPalette } from '../src/output/html-report.js';
import { parseCsv } from '../src/review/parse-csv.js';
import { importReview } from '../src/review/import-review.js';
import { csvText, shortenCell } from '../src/output/atomic.js';
import { stringify } from 'csv-stringify/sync';
import { ROOT, runCli, tempDir } from './helpers.js';

const CORPUS = ['microsoft-azure-unit-8200', 'civic-ferry-captain-retrial'].map((id) => join(ROOT, 'corpus/articles', `${id}.txt`));
const INJECTION = 'Spreadsheet test\n“=HYPERLINK(A1, B1) is where the files are,” said Lena Hart, a spokesperson for Norvane.\nThe ministry said -5 was the figure.\n';

const CSVS = ['quotes.csv', 'stances.csv', 'speakers.csv', 'messages.csv'];
const listFiles = (dir: string, sub = ''): string[] => readdirSync(join(dir, sub), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? listFiles(dir, join(sub, e.name)) : [join(sub, e.name)])).sort();

describe('reports are byte-stable and safe in a spreadsheet', () => {
  const dir = tempDir('sa-reports-');
  const inputs = [...CORPUS, join(dir, 'in')];
  const a = join(dir, 'a');
  const b = join(dir, 'b');
  beforeAll(() => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'injection.txt'), INJECTION);
    runPipeline({ inputs, out: a });
    cpSync(a, join(dir, 'a-first'), { recursive: true });
    runPipeline({ inputs, out: a }); // a re-run over its own outputs
    runPipeline({ inputs, out: b }); // and a run into another folder
    expect(runCli([...inputs, '--out', join(dir, 'c'), '--quiet']).status).toBe(0); // and a run in another process
  }, 120_000);

  it('gives byte-identical files on a re-run; the manifest differs only in timings', () => {
    const files = listFiles(join(dir, 'a-first'));
    expect(files).toEqual(expect.arrayContaining([...CSVS, 'report.html', 'report.json', 'manifest.json', 'articles/injection.json']));
    expect(listFiles(a)).toEqual(files);
    for (const f of files.filter((f) => f !== 'manifest.json')) {
      const first = readFileSync(join(dir, 'a-first', f));
      expect(readFileSync(join(a, f)).equals(first), `${f} re-run`).toBe(true);
      expect(readFileSync(join(b, f)).equals(first), `${f} other folder`).toBe(true);
      expect(readFileSync(join(dir, 'c', f)).equals(first), `${f} other process`).toBe(true);
    }
    const strip = (p: string) => {
      const m = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
      delete m.startedAt; delete m.finishedAt; delete m.seconds;
      return m;
    };
    expect(strip(join(a, 'manifest.json'))).toEqual(strip(join(dir, 'a-first', 'manifest.json')));
  });

  it('records every output file with its sha256 in the manifest', () => {
    const m = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> };
    expect(Object.keys(m.outputs).sort()).toEqual(listFiles(a).filter((f) => f !== 'manifest.json'));
  });

  it("records the run's options in the manifest, defaults filled in", () => {
    const options = (out: string): unknown => (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { options: unknown }).options;
    expect(options(a)).toEqual({ inputs, out: a, extensions: null, encoding: 'utf-8', workers: 1, excel: false, force: false,
      maxArticleBytes: 2 * 1024 * 1024, speakersLexicon: false, cuesLexicon: false });
    const d = join(dir, 'd');
    runPipeline({ inputs: [join(dir, 'in')], out: d, extensions: ['.txt'], encoding: 'windows-1252', excel: true, maxArticleBytes: 50_000 });
    expect(options(d)).toEqual({ inputs: [join(dir, 'in')], out: d, extensions: ['.txt'], encoding: 'windows-1252', workers: 1, excel: true,
      force: false, maxArticleBytes: 50_000, speakersLexicon: false, cuesLexicon: false });
  });

  it('writes UTF-8 without a BOM by default', () => {
    for (const f of CSVS) expect(readFileSync(join(a, f)).subarray(0, 3).toString('utf8'), f).toBe('art');
  });

  it('neutralises a quote that starts with =HYPERLINK( and every other formula-like cell', () => {
    const r = ArticleResult.parse(JSON.parse(readFileSync(join(a, 'articles/injection.json'), 'utf8')));
    const hyper = r.statements.find((s) => s.content.text.startsWith('=HYPERLINK('));
    expect(hyper, 'the pipeline finds the quoted formula as a statement').toBeDefined();
    const rows = parseCsv(readFileSync(join(a, 'quotes.csv'), 'utf8'));
    const header = rows[0] as string[];
    const row = rows.find((x) => x[header.indexOf('statement_id')] === hyper?.id) as string[];
    expect(row[header.indexOf('content')]).toBe(`'${hyper?.content.text}`);
    expect(row[header.indexOf('sentence')]?.startsWith('“=HYPERLINK')).toBe(true); // starts with a quote mark: harmless as is
    for (const f of CSVS) {
      for (const cells of parseCsv(readFileSync(join(a, f), 'utf8'))) {
        for (const c of cells) expect(/^[=+\-@\t\r]/u.test(c), `${f}: ${c.slice(0, 40)}`).toBe(false);
      }
    }
  });

  it('gives each quotes.csv row offsets into the article text and the sentence around them', () => {
    const rows = parseCsv(readFileSync(join(a, 'quotes.csv'), 'utf8'));
    const h = rows[0] as string[];
    const col = (r: string[], name: string) => r[h.indexOf(name)] as string;
    const texts = new Map(readdirSync(join(a, 'articles')).map((f) => {
      const r = ArticleResult.parse(JSON.parse(readFileSync(join(a, 'articles', f), 'utf8')));
      return [r.article.id, r.article.text];
    }));
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows.slice(1)) {
      const text = texts.get(col(r, 'article_id')) as string;
      const [start, end] = [Number(col(r, 'start')), Number(col(r, 'end'))];
      const content = col(r, 'content').replace(/^'(?=[=+\-@\t\r])/u, '');
      // (a split quote: its pieces joined by " … ", each piece text.slice of its offsets, spanning start-end)
      const pieces = col(r, 'pieces') ? col(r, 'pieces').split(' ').map((p) => p.split('-').map(Number) as [number, number]) : [[start, end] as [number, number]];
      expect(pieces.map(([s, e]) => text.slice(s, e)).join(' … ')).toBe(content);
      expect([pieces[0]?.[0], pieces.at(-1)?.[1]]).toEqual([start, end]);
      expect(col(r, 'statement_id')).toBe(`${col(r, 'article_id')}#${start}-${end}`);
      expect(col(r, 'sentence')).toContain(content.slice(0, 20));
      expect(text).toContain(col(r, 'sentence'));
    }
  });

  it('starts every CSV with a UTF-8 BOM with --excel, the rest unchanged', () => {
    const out = join(dir, 'excel');
    runPipeline({ inputs: [join(dir, 'in')], out, excel: true });
    const plain = join(dir, 'plain');
    runPipeline({ inputs: [join(dir, 'in')], out: plain });
    for (const f of CSVS) {
      const bytes = readFileSync(join(out, f));
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).equals(readFileSync(join(plain, f))), f).toBe(true);
    }
  }, 60_000);
});

describe('quotes.csv marks the statements the pipeline doubts', () => {
  it('has a needs_review column, from the statement\'s needsReview, beside confidence', () => {
    const dir = tempDir('sa-review-');
    // A spokesperson's "We need more time" is FAVOR toward her own organisation only because she speaks of her side
    // (weak evidence: needs review); another speaker's plain statement of fact, with its cue, is about no one (no review).
    writeFileSync(join(dir, 'a.txt'), 'Council delays vote\n“We need more time,” said Lena Hart, a spokesperson for Norvane.\n“The ferry leaves at noon every day,” said Omar Said, the harbour master.\n');
    runPipeline({ inputs: [join(dir, 'a.txt')], out: join(dir, 'out') });
    const rows = parseCsv(readFileSync(join(dir, 'out', 'quotes.csv'), 'utf8'));
    const h = rows[0] as string[];
    expect(h.slice(h.indexOf('confidence'))).toEqual(['confidence', 'needs_review', 'review_reasons', 'sentence']);
    const col = (name: string) => rows.slice(1).map((r) => [r[h.indexOf('content')], r[h.indexOf(name)]]);
    expect(col('needs_review')).toEqual([['We need more time,', 'yes'], ['The ferry leaves at noon every day,', 'no']]);
    // (and says why: the reason ids of review_reasons, README)
    expect(col('review_reasons')).toEqual([['We need more time,', 'stance:self-report'], ['The ferry leaves at noon every day,', '']]);
    const r = ArticleResult.parse(JSON.parse(readFileSync(join(dir, 'out', 'articles', 'a.json'), 'utf8')));
    expect(r.statements.map((s) => s.needsReview ?? false)).toEqual([true, false]);
    // stances.csv says the same of the statement it has a row for
    const stances = parseCsv(readFileSync(join(dir, 'out', 'stances.csv'), 'utf8'));
    const sh = stances[0] as string[];
    expect(stances.slice(1).map((x) => [x[sh.indexOf('target')], x[sh.indexOf('stance')], x[sh.indexOf('needs_review')]])).toEqual([['Norvane', 'FAVOR', 'yes']]);
  });
});

describe('CSV cells longer than a spreadsheet holds', () => {
  // A quote mark never closed on a 100,000-character line: the message's text and sentence, and a statement's content,
  // would be one cell each of 100,000 characters; spreadsheets cap a cell at 32,767.
  const long = `“${'we will not wait any longer '.repeat(3572)}`.slice(0, 100_000);
  const text = `Title\n${long}\n`;
  const start = 6;
  const end = 6 + long.length;
  const statement: Statement = {
    id: `a#${start + 1}-${end}`, type: 'direct', content: { start: start + 1, end, text: text.slice(start + 1, end) }, cue: null,
    speaker: { name: 'Lena Hart', mention: null, role: null, kind: 'person' }, act: 'SAY', framing: 'NEUTRAL',
    targets: [{ name: 'Norvane', stance: 'NONE' }], confidence: 0.5,
  };
  const result: ArticleResult = {
    schemaVersion: 1, article: { id: 'a', source: 'a.txt', title: 'Title', text }, statements: [statement],
    messages: [{ ruleId: 'quote-unclosed', reason: 'quote mark never closed', start, end }],
  };
  const dir = tempDir('sa-long-cells-');
  beforeAll(() => {
    const w = new ReportWriter({ out: dir });
    w.article(result, [{ start: 0, end: 5 }, { start, end }]);
    w.finish({ schemaVersion: 1 });
  });
  const cut = (full: string) => `${full.slice(0, 32_000)}… [cut: ${full.length} characters in all; the full text is in the article JSON]`;

  it('keeps the first 32,000 characters of a cell, says how long it was, and keeps the offsets', () => {
    const rows = parseCsv(readFileSync(join(dir, 'messages.csv'), 'utf8'));
    const h = rows[0] as string[];
    const row = rows[1] as string[];
    expect([row[h.indexOf('start')], row[h.indexOf('end')]]).toEqual([String(start), String(end)]);
    expect(row[h.indexOf('text')]).toBe(cut(long));
    expect(row[h.indexOf('sentence')]).toBe(cut(long));
    expect(row[h.indexOf('reason')]).toBe('quote mark never closed');
    const quotes = parseCsv(readFileSync(join(dir, 'quotes.csv'), 'utf8'));
    const q = quotes[1] as string[];
    const qh = quotes[0] as string[];
    expect(q[qh.indexOf('content')]).toBe(cut(long.slice(1)));
    expect([q[qh.indexOf('start')], q[qh.indexOf('end')], q[qh.indexOf('statement_id')]]).toEqual([String(start + 1), String(end), `a#${start + 1}-${end}`]);
  });

  it('leaves no cell of any CSV over 32,767 characters, and the article JSON whole', () => {
    for (const f of ['quotes.csv', 'stances.csv', 'speakers.csv', 'messages.csv']) {
      const rows = parseCsv(readFileSync(join(dir, f), 'utf8'));
      expect(rows.length, f).toBe(f === 'speakers.csv' ? 3 : 2); // (speakers.csv: the article's row and the run's `*` row)
      for (const c of rows.flat()) expect(c.length, f).toBeLessThanOrEqual(32_767);
    }
    const json = ArticleResult.parse(JSON.parse(readFileSync(join(dir, 'articles', 'a.json'), 'utf8')));
    expect(json.statements[0]?.content.text).toBe(long.slice(1));
    expect(json.article.text).toBe(text);
  });

  it('never cuts a character in two', () => {
    const emoji = `${'x'.repeat(31_999)}${'😀'.repeat(10)}`;
    expect(shortenCell(emoji).startsWith(`${'x'.repeat(31_999)}…`)).toBe(true);
    expect(shortenCell('x'.repeat(32_000))).toBe('x'.repeat(32_000));
  });

  it('review:import reads a shortened content as unchanged', () => {
    const path = join(dir, 'quotes.csv');
    const imported = importReview([{ path, text: readFileSync(path, 'utf8') }], { articlesDir: join(dir, 'articles') });
    // (without it, the shortened text is "not in the article text", a problem that stops the import)
    expect(imported.problems).toEqual([]);
    expect(imported.unchanged).toEqual(['a']);
  });
});

describe('a run leaves no report that is not its own, and replaces none with nothing', () => {
  const A = 'Council delays vote\n“We need more time,” said Lena Hart, a spokesperson for Norvane.\n';
  const B = 'Ferry timetable\n“The ferry leaves at noon every day,” said Omar Said, the harbour master.\n';
  const setup = () => {
    const dir = tempDir('sa-previous-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), A);
    writeFileSync(join(dir, 'in', 'b.txt'), B);
    const out = join(dir, 'out');
    runPipeline({ inputs: [join(dir, 'in')], out });
    return { dir, out, snapshot: () => Object.fromEntries(listFiles(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])) };
  };

  it('leaves every report as it was when no input could be read (a mistyped path)', () => {
    const { dir, out, snapshot } = setup();
    const before = snapshot();
    const s = runPipeline({ inputs: [join(dir, 'in', 'typo.txt')], out });
    expect(s.written).toBe(false);
    expect(s.failures.map((f) => f.code)).toEqual(['missing']);
    expect(snapshot()).toEqual(before); // manifest.json too: it still describes the reports beside it
    expect(listFiles(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('makes no folder when there were no reports and no input could be read', () => {
    const dir = tempDir('sa-previous-');
    const s = runPipeline({ inputs: [join(dir, 'typo.txt')], out: join(dir, 'out') });
    expect(s.written).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('removes the previous run\'s article JSONs that this run did not write', () => {
    const { dir, out } = setup();
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['a.json', 'b.json']);
    writeFileSync(join(out, 'articles', 'mine.json'), '{}'); // no manifest lists it: not the tool's to remove
    const s = runPipeline({ inputs: [join(dir, 'in', 'a.txt')], out });
    expect(s.removed).toEqual(['articles/b.json']);
    expect(s.stale).toEqual([]);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['a.json', 'mine.json']);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: Record<string, string>; stale?: unknown };
    expect(Object.keys(m.outputs).filter((k) => k.startsWith('articles/'))).toEqual(['articles/a.json']);
    expect(m.stale).toBeUndefined();
  });

  it('leaves them, named, while a reviewer\'s edited CSV is kept (its rows may refer to them), and removes them once it is not', () => {
    const { dir, out } = setup();
    writeFileSync(join(out, 'quotes.csv'), `${readFileSync(join(out, 'quotes.csv'), 'utf8')}edited\n`);
    const s = runPipeline({ inputs: [join(dir, 'in', 'a.txt')], out });
    expect(s.kept).toHaveLength(1);
    expect(s.removed).toEqual([]);
    expect(s.stale).toEqual(['articles/b.json is from an earlier run: left in place, since the kept CSV may refer to it (this run did not write it)']);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['a.json', 'b.json']);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: Record<string, string>; stale: Record<string, string> };
    expect(Object.keys(m.stale)).toEqual(['articles/b.json']);
    expect(m.outputs['articles/b.json']).toBeUndefined();
    const forced = runPipeline({ inputs: [join(dir, 'in', 'a.txt')], out, force: true });
    expect(forced.removed).toEqual(['articles/b.json']);
    expect(readdirSync(join(out, 'articles'))).toEqual(['a.json']);
  });

  it('leaves one changed since the run that wrote it, and says so', () => {
    const { dir, out } = setup();
    writeFileSync(join(out, 'articles', 'b.json'), '{"changed": true}\n');
    const s = runPipeline({ inputs: [join(dir, 'in', 'a.txt')], out });
    expect(s.removed).toEqual([]);
    expect(s.stale).toEqual(['articles/b.json is from an earlier run and was changed since: left in place (this run did not write it)']);
    expect(readFileSync(join(out, 'articles', 'b.json'), 'utf8')).toBe('{"changed": true}\n');
  });
});

const st = (id: string, speaker: string, act: Statement['act'], targets: Statement['targets'], role: string | null = null, mention = speaker): Statement => {
  const [start, end] = id.split('#')[1]?.split('-').map(Number) as [number, number];
  return {
    id, type: 'indirect', content: { start, end, text: 'x'.repeat(end - start) }, cue: null,
    speaker: { name: speaker, mention: { start: 0, end: mention.length, text: mention }, role, kind: 'person' }, act, framing: 'NEUTRAL', targets, confidence: 0.8,
  };
};

describe('speakers.csv', () => {
  it('has one row per canonical speaker, in order of first statement, with its counts', () => {
    const text = 'x'.repeat(100);
    const r: ArticleResult = {
      schemaVersion: 1, article: { id: 'a', source: 's', title: 't', text },
      statements: [
        st('a#10-20', 'Lena Hart', 'SAY', [{ name: 'Norvane', stance: 'FAVOR' }], 'spokesperson', 'Lena Hart'),
        st('a#30-40', 'Microsoft', 'DENY', []),
        st('a#50-60', 'Lena Hart', 'DENY', [{ name: 'Norvane', stance: 'FAVOR' }, { name: 'Klem', stance: 'AGAINST' }], null, 'she'),
      ],
      messages: [],
    };
    const rows = speakerRows(r, [{ start: 0, end: 25 }, { start: 25, end: 100 }]);
    const h: readonly string[] = SPEAKERS_HEADER;
    const cell = (row: string[] | undefined, name: string) => row?.[h.indexOf(name)];
    expect(rows.map((x) => cell(x, 'speaker'))).toEqual(['Lena Hart', 'Microsoft']);
    const hart = rows[0];
    expect(cell(hart, 'statements')).toBe('2');
    expect(cell(hart, 'speaker_roles')).toBe('spokesperson');
    expect(cell(hart, 'acts')).toBe('DENY 1; SAY 1'); // a tie goes alphabetically
    expect(cell(hart, 'targets')).toBe('Norvane:FAVOR 2; Klem:AGAINST 1');
    expect(cell(hart, 'mentions')).toBe('Lena Hart; she');
    expect(cell(hart, 'statement_ids')).toBe('a#10-20 a#50-60');
    expect([cell(hart, 'start'), cell(hart, 'end'), cell(hart, 'sentence')]).toEqual(['10', '20', text.slice(0, 25)]);
    expect(cell(rows[1], 'sentence')).toBe(text.slice(25, 100));
  });
});

describe('speakers.csv overall rows', () => {
  it('adds one row per speaker over all articles, article_id "*", most statements first', () => {
    const mk = (id: string, statements: Statement[]): ArticleResult => ({ schemaVersion: 1, article: { id, source: 's', title: 't', text: 'x'.repeat(100) }, statements, messages: [] });
    const tally = new SpeakerTally();
    tally.add(mk('a', [st('a#10-20', 'Lena Hart', 'SAY', [{ name: 'Norvane', stance: 'FAVOR' }], 'spokesperson'), st('a#30-40', 'Microsoft', 'DENY', [])]));
    tally.add(mk('b', [st('b#10-20', 'Lena Hart', 'DENY', [{ name: 'Norvane', stance: 'FAVOR' }], null, 'she')]));
    const rows = overallSpeakerRows(tally.sorted());
    const h: readonly string[] = SPEAKERS_HEADER;
    const cell = (row: string[] | undefined, name: string) => row?.[h.indexOf(name)];
    expect(rows.map((x) => [cell(x, 'article_id'), cell(x, 'speaker'), cell(x, 'statements')])).toEqual([['*', 'Lena Hart', '2'], ['*', 'Microsoft', '1']]);
    expect(cell(rows[0], 'acts')).toBe('DENY 1; SAY 1');
    expect(cell(rows[0], 'targets')).toBe('Norvane:FAVOR 2');
    expect(cell(rows[0], 'mentions')).toBe('Lena Hart; she');
    expect(cell(rows[0], 'speaker_roles')).toBe('spokesperson');
    expect(rows[0]?.length).toBe(h.length);
  });
});

describe('the run-wide speaker tally spills to disk', () => {
  const mk = (id: string, statements: Statement[]): ArticleResult => ({ schemaVersion: 1, article: { id, source: 's', title: 't', text: 'x'.repeat(100) }, statements, messages: [] });
  const articles = [
    mk('a', [st('a#10-20', 'Lena Hart', 'SAY', [{ name: 'Norvane', stance: 'FAVOR' }], 'spokesperson'), st('a#30-40', 'Microsoft', 'DENY', [])]),
    mk('b', [st('b#10-20', 'Omar Reyes', 'WARN', [])]),
    mk('c', [st('c#10-20', 'Lena Hart', 'DENY', [{ name: 'Norvane', stance: 'AGAINST' }, { name: 'Ashford', stance: 'FAVOR' }], 'minister', 'she'), st('c#30-40', 'Lena Hart', 'SAY', [])]),
    mk('d', [st('d#10-20', 'Microsoft', 'DENY', []), st('d#30-40', 'Ada Quist', 'PRAISE', [])]),
  ];

  it('gives, merged from runs of two speakers, the counts one pass in memory gives', () => {
    const dir = tempDir('sa-tally-');
    const memory = new SpeakerTally();
    const spilled = new SpeakerTally({ spillPath: join(dir, '.speakers'), maxSpeakers: 2 });
    for (const r of articles) { memory.add(r); spilled.add(r); }
    expect(spilled.spilled).toBe(true);
    const merged = [...spilled.ordered()];
    expect(merged.map((c) => [c.name, c.statements, c.articles])).toEqual([['Lena Hart', 3, 2], ['Microsoft', 2, 2], ['Ada Quist', 1, 1], ['Omar Reyes', 1, 1]]);
    // Lena Hart's counts come from two runs (articles a and c): first-seen order kept, target counts added up.
    const hart = overallSpeakerRows(merged)[0] ?? [];
    const h: readonly string[] = SPEAKERS_HEADER;
    expect(hart[h.indexOf('acts')]).toBe('SAY 2; DENY 1');
    expect(hart[h.indexOf('targets')]).toBe('Norvane:AGAINST 1, FAVOR 1; Ashford:FAVOR 1'); // (counts: most first, ties by name)
    expect(hart[h.indexOf('speaker_roles')]).toBe('spokesperson; minister');
    expect(hart[h.indexOf('mentions')]).toBe('Lena Hart; she');
    expect(overallSpeakerRows(merged)).toEqual(overallSpeakerRows(memory.sorted()));
    expect(readdirSync(dir)).toEqual([]); // its temporary files are gone
  });

  it('merges many runs in groups of a bounded size, with the same counts as one pass in memory', () => {
    const dir = tempDir('sa-fanin-');
    const memory = new SpeakerTally();
    // a run per article (four) and groups of two: the runs are first merged pairwise, then the two results
    const spilled = new SpeakerTally({ spillPath: join(dir, '.speakers'), maxSpeakers: 1, fanIn: 2 });
    for (const r of articles) { memory.add(r); spilled.add(r); }
    const merged = [...spilled.ordered()];
    expect(merged.map((c) => [c.name, c.statements, c.articles])).toEqual([['Lena Hart', 3, 2], ['Microsoft', 2, 2], ['Ada Quist', 1, 1], ['Omar Reyes', 1, 1]]);
    expect(overallSpeakerRows(merged)).toEqual(overallSpeakerRows(memory.sorted()));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes the same reports from a run that spills as from one that does not', () => {
    const dir = tempDir('sa-spill-');
    runPipeline({ inputs: CORPUS, out: join(dir, 'memory') });
    runPipeline({ inputs: CORPUS, out: join(dir, 'disk'), maxSpeakersInMemory: 2 });
    const files = listFiles(join(dir, 'memory'));
    expect(listFiles(join(dir, 'disk'))).toEqual(files); // no temporary file left either
    expect(readFileSync(join(dir, 'disk', 'speakers.csv'), 'utf8').split('\n').filter((l) => l.startsWith('*,')).length).toBeGreaterThan(4);
    for (const f of files.filter((f) => f !== 'manifest.json')) expect(readFileSync(join(dir, 'disk', f)), f).toEqual(readFileSync(join(dir, 'memory', f)));
  }, 60_000);
});

describe('an article\'s reports made ahead (in a worker thread)', () => {
  const mk = (id: string, text: string, statements: Statement[]): ArticleResult => ({ schemaVersion: 1, article: { id, source: 's', title: 't', text }, statements, messages: [] });
  const a = mk('a', 'x'.repeat(100), [st('a#10-20', 'Lena Hart', 'SAY', []), st('a#30-40', 'Microsoft', 'DENY', []), st('a#50-60', 'Lena Hart', 'WARN', [])]);
  const b = mk('b', 'y'.repeat(100), [st('b#10-20', 'Omar Reyes', 'SAY', []), st('b#30-40', 'Lena Hart', 'DENY', [])]);

  it('gives the bytes the writer makes itself, colours from the run\'s palette included', () => {
    const dir = tempDir('sa-prepared-');
    const ahead = new ReportWriter({ out: join(dir, 'ahead') });
    const here = new ReportWriter({ out: join(dir, 'here') });
    for (const r of [a, b]) {
      const ready = readyArticle(r, []);
      expect(ready).not.toBeNull();
      ahead.ready(ready as ReadyArticle); // the text made ahead and the result's digest, as a worker thread sends them
      here.article(r, []);
    }
    ahead.finish({ schemaVersion: 1 });
    here.finish({ schemaVersion: 1 });
    for (const f of ['report.html', 'report.json', 'quotes.csv', 'stances.csv', 'speakers.csv', 'messages.csv', 'articles/a.json']) {
      expect(readFileSync(join(dir, 'ahead', f), 'utf8')).toBe(readFileSync(join(dir, 'here', f), 'utf8'));
    }
    const html = readFileSync(join(dir, 'ahead', 'report.html'), 'utf8');
    expect(html).not.toContain('\u0000');
    // Omar Reyes is the first speaker of his article, so he has the first colour there (an article's speakers take
    // the colours farthest apart), and the third speaker of the run, so the third colour in the run's summary
    const third = speakerPalette();
    for (const n of ['Lena Hart', 'Microsoft']) third(n);
    expect(html).toContain(`--c:${SPEAKER_COLORS[0]}"></span>Omar Reyes`);
    expect(html).toContain(`--c:${third('Omar Reyes')}"></span><b>Omar Reyes`);
    // the run-wide rows count from the digests: Lena Hart spoke three times
    expect(readFileSync(join(dir, 'ahead', 'speakers.csv'), 'utf8')).toMatch(/^\*,Lena Hart,person,,,3,/mu);
  });

  it('writes the article JSON into the writer\'s staging folder itself, with the bytes and manifest hash of the writer\'s own', () => {
    const dir = tempDir('sa-staged-');
    const ahead = new ReportWriter({ out: join(dir, 'ahead') });
    const here = new ReportWriter({ out: join(dir, 'here') });
    for (const r of [a, b]) {
      const ready = readyArticle(r, [], ahead.stagingFolder) as ReadyArticle;
      expect(ready.prepared.json).toBe(''); // the JSON's text is not sent
      expect(ready.staged).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/u) });
      expect(existsSync(join(ahead.stagingFolder, `${r.article.id}.json`))).toBe(true);
      ahead.ready(ready);
      here.article(r, []);
    }
    ahead.finish({ schemaVersion: 1 });
    here.finish({ schemaVersion: 1 });
    expect(listFiles(join(dir, 'ahead'))).toEqual(listFiles(join(dir, 'here'))); // the staging folder is gone
    for (const f of ['articles/a.json', 'articles/b.json', 'report.json', 'quotes.csv']) {
      expect(readFileSync(join(dir, 'ahead', f), 'utf8')).toBe(readFileSync(join(dir, 'here', f), 'utf8'));
    }
    const outputs = (d: string): unknown => (JSON.parse(readFileSync(join(dir, d, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> }).outputs['articles/a.json'];
    expect(outputs('ahead')).toBe(outputs('here'));
  });

  it('raises a worker\'s failed JSON write when the article\'s turn comes, naming articles/<id>.json', () => {
    const dir = tempDir('sa-staged-fail-');
    const out = join(dir, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'articles'), 'a file where the folder should be');
    const writer = new ReportWriter({ out });
    const ready = readyArticle(a, [], writer.stagingFolder) as ReadyArticle;
    expect(ready.staged).toHaveProperty('error');
    expect(() => writer.ready(ready)).toThrow(/cannot write .*articles[/\\]a\.json: a part of the path is a file, not a folder/u);
    writer.discard();
  });

  it('sends only what the writer reads of the result: no text, offsets or evidence', () => {
    const r = mk('d', 'w'.repeat(100), [st('d#10-20', 'Lena Hart', 'WARN', [{ name: 'Microsoft', stance: 'AGAINST', evidence: [{ rule: 'x', text: 'w' }] }], 'mayor')]);
    const d = digestOf(r);
    expect(d.article).toEqual({ id: 'd', source: 's', title: 't' });
    expect(d.statements).toEqual([{ act: 'WARN', framing: r.statements[0]?.framing, speaker: { name: 'Lena Hart', kind: r.statements[0]?.speaker.kind, role: 'mayor', mention: { text: 'Lena Hart' } }, targets: [{ name: 'Microsoft', stance: 'AGAINST' }] }]);
    expect(JSON.stringify(d)).not.toMatch(/www|xxx/u); // neither the article's text nor the content's
  });

  it('leaves the section to the writer when the article holds the placeholder character', () => {
    const r = mk('c', `z\u0000${'z'.repeat(98)}`, [st('c#10-20', 'Lena Hart', 'SAY', [])]);
    expect(prepareArticle(r, []).html).toBeNull();
    expect(readyArticle(r, [])).toBeNull(); // a worker thread then sends the whole analysis
    expect(prepareArticle(a, []).html).toMatch(/\u00000\u0000/u);
  });
});

describe('an edited CSV is never overwritten', () => {
  it('keeps a CSV whose hash differs from the manifest, writes the new one beside it, and overwrites with --force', () => {
    const dir = tempDir('sa-edited-');
    writeFileSync(join(dir, 'a.txt'), 'Title\nThe ministry said the plan would go ahead.\nLena Hart said it would not.\n');
    const out = join(dir, 'out');
    runPipeline({ inputs: [join(dir, 'a.txt')], out });
    const generated = readFileSync(join(out, 'quotes.csv'), 'utf8');
    const edited = generated.replace('SAY', 'DENY');
    expect(edited).not.toBe(generated);
    writeFileSync(join(out, 'quotes.csv'), edited);

    let s = runPipeline({ inputs: [join(dir, 'a.txt')], out });
    expect(readFileSync(join(out, 'quotes.csv'), 'utf8')).toBe(edited);
    expect(readFileSync(join(out, 'quotes.new.csv'), 'utf8')).toBe(generated);
    expect(s.kept).toHaveLength(1);
    expect(s.kept[0]).toMatch(/^quotes\.csv .*quotes\.new\.csv/u);
    expect(existsSync(join(out, 'stances.new.csv'))).toBe(false); // untouched CSVs are simply rewritten

    // Still kept on the next run: the manifest never records an edited file as the run's own.
    s = runPipeline({ inputs: [join(dir, 'a.txt')], out });
    expect(s.kept).toHaveLength(1);
    expect(readFileSync(join(out, 'quotes.csv'), 'utf8')).toBe(edited);

    s = runPipeline({ inputs: [join(dir, 'a.txt')], out, force: true });
    expect(s.kept).toEqual([]);
    expect(readFileSync(join(out, 'quotes.csv'), 'utf8')).toBe(generated);
    // the quotes.new.csv of the earlier runs is stale now that quotes.csv is the run's own again
    expect(existsSync(join(out, 'quotes.new.csv'))).toBe(false);
  }, 60_000);

  it('leaves a quotes.new.csv that a reviewer edited after the run that wrote it', () => {
    const dir = tempDir('sa-edited-');
    writeFileSync(join(dir, 'a.txt'), 'Title\nThe ministry said the plan would go ahead.\n');
    const out = join(dir, 'out');
    runPipeline({ inputs: [join(dir, 'a.txt')], out });
    writeFileSync(join(out, 'quotes.csv'), `${readFileSync(join(out, 'quotes.csv'), 'utf8')}edited\n`);
    runPipeline({ inputs: [join(dir, 'a.txt')], out });
    writeFileSync(join(out, 'quotes.new.csv'), 'reviewed by hand\n');
    runPipeline({ inputs: [join(dir, 'a.txt')], out, force: true });
    expect(readFileSync(join(out, 'quotes.new.csv'), 'utf8')).toBe('reviewed by hand\n');
  }, 60_000);

  it('keeps a CSV that no manifest accounts for', () => {
    const dir = tempDir('sa-edited-');
    writeFileSync(join(dir, 'a.txt'), 'Title\nThe ministry said the plan would go ahead.\n');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'stances.csv'), 'my own notes\n');
    const s = runPipeline({ inputs: [join(dir, 'a.txt')], out: join(dir, 'out') });
    expect(readFileSync(join(dir, 'out', 'stances.csv'), 'utf8')).toBe('my own notes\n');
    expect(s.kept).toHaveLength(1);
    expect(readFileSync(join(dir, 'out', 'stances.new.csv'), 'utf8').split('\n')[0]).toBe('article_id,statement_id,speaker,target,stance,act,framing,evidence,rule,needs_review,review_reasons,content,start,end,pieces,sentence');
  });

  it('says so on the terminal and prints the summary (through the CLI, not a TTY: no progress bar)', () => {
    const dir = tempDir('sa-edited-');
    writeFileSync(join(dir, 'a.txt'), 'Title\nThe ministry said the plan would go ahead.\n');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'quotes.csv'), `${QUOTES_HEADER.join(',')}\n`);
    const r = runCli([join(dir, 'a.txt'), '--out', join(dir, 'out')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^warning: quotes\.csv .*kept it, wrote quotes\.new\.csv \(--force overwrites\)\n$/u);
    expect(r.stdout).toMatch(/^1 article, 1 statement, 1 speaker, 0 failures in [\d.]+ s\nreports in .*out: report\.html/u);
    expect(r.stdout).toContain('1 edited CSV kept');
  });
});

describe('csvText writes what csv-stringify writes', () => {
  it('quotes, doubles quotes and neutralises formulas as hand-checked', () => {
    expect(csvText([['=1+2', 'a,b', 'say "hi"', '', '-5']])).toBe(`'=1+2,"a,b","say ""hi""",,'-5\n`);
    expect(csvText([['line\nbreak', '@x', 'plain']])).toBe(`"line\nbreak",'@x,plain\n`);
    // a quote first is no formula; a formula with a quote in it is both prefixed and quoted
    expect(csvText([['"=x"'], ['=a"b']])).toBe('"""=x"""\n"\'=a""b"\n');
    // a tab first is prefixed but not quoted; a CR is prefixed and quoted; full-width signs are formulas too
    expect(csvText([['\tTab', '\rCR x', '\uFF1D1']])).toBe(`'\tTab,"'\rCR x",'\uFF1D1\n`);
    expect(csvText([])).toBe('');
  });

  it('gives csv-stringify\'s bytes (escape_formulas) on generated cells', () => {
    const alphabet = ['a', 'Z', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'é', "'", ';', '\u201C'];
    let seed = 12345;
    const next = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let k = 0; k < 500; k++) {
      const rows = Array.from({ length: 1 + next(3) }, () => Array.from({ length: 1 + next(5) }, () => Array.from({ length: next(6) }, () => alphabet[next(alphabet.length)] as string).join('')));
      expect(csvText(rows)).toBe(stringify(rows, { escape_formulas: true }));
    }
  });
});

describe('speakers.csv overall rows merge named speakers only', () => {
  const mk = (id: string, statements: Statement[]): ArticleResult => ({ schemaVersion: 1, article: { id, source: 's', title: 't', text: 'x'.repeat(100) }, statements, messages: [] });
  const as = (s: Statement, kind: Statement['speaker']['kind']): Statement => ({ ...s, speaker: { ...s.speaker, kind } });
  const h: readonly string[] = SPEAKERS_HEADER;
  const cell = (row: string[] | undefined, name: string) => row?.[h.indexOf(name)];

  it('merges a person or body across articles by its name case-folded, kept as first written', () => {
    const tally = new SpeakerTally();
    tally.add(mk('a', [as(st('a#10-20', 'Harwick Water', 'SAY', []), 'organization')]));
    tally.add(mk('b', [as(st('b#10-20', 'Harwick water', 'DENY', []), 'organization')]));
    const rows = overallSpeakerRows(tally.sorted());
    expect(rows.map((x) => [cell(x, 'speaker'), cell(x, 'statements')])).toEqual([['Harwick Water', '2']]);
  });

  it('never merges anonymous sources of different articles, even when the words are the same', () => {
    const dir = tempDir('sa-anon-');
    const articles = [
      mk('a', [as(st('a#10-20', 'official', 'SAY', []), 'anonymous'), as(st('a#30-40', 'people', 'SAY', []), 'anonymous')]),
      mk('b', [as(st('b#10-20', 'official', 'WARN', []), 'anonymous'), as(st('b#30-40', 'People', 'SAY', []), 'anonymous')]),
    ];
    const memory = new SpeakerTally();
    const spilled = new SpeakerTally({ spillPath: join(dir, '.speakers'), maxSpeakers: 1 });
    for (const r of articles) { memory.add(r); spilled.add(r); }
    const rows = overallSpeakerRows(memory.sorted());
    expect(rows.map((x) => [cell(x, 'speaker'), cell(x, 'statements'), cell(x, 'acts')])).toEqual([
      ['People', '1', 'SAY 1'], ['official', '1', 'SAY 1'], ['official', '1', 'WARN 1'], ['people', '1', 'SAY 1'],
    ]);
    expect(memory.sorted().map((c) => c.article)).toEqual(['b', 'a', 'b', 'a']);
    expect(overallSpeakerRows([...spilled.ordered()])).toEqual(rows);
  });
});
