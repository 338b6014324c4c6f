// Bad input: each one gets one clear message naming the file and the problem, the good inputs of the same run are
// processed, and the exit status follows the contract (1 when an input could not be processed, 0 when every input was
// processed even if some gave no statements, 2 for usage errors). Inputs are generated in temp dirs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, readFileSync as realRead, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/index.js';
import { decodeBytes, firstInvalidUtf8 } from '../src/ingest/decode.js';
import { DEFAULT_MAX_ARTICLE_BYTES, expandInputs, readArticles, type InputItem, type ReadOptions } from '../src/ingest/read-inputs.js';
import { ArticleResult } from '../src/model/article-result.js';
import { runPipeline } from '../pipeline/runner.js';
import { ROOT, tempDir } from './helpers.js';
import { expectSound, parseCsv } from './fault-helpers.js';

/**
 * The CLI run in one Node process: a heap size given (as a user may) keeps pipeline/cli.ts from starting the command
 * again in a second Node. Each Node start through tsx costs about half a CPU second, which a loaded machine (load 30 on
 * two cores) stretched to a minute or two per call; a usage error needs no second process (the restart itself:
 * workers.test.ts, interrupt.test.ts).
 */
function runCliOnce(args: string[], input?: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', join(ROOT, 'pipeline/cli.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
/** Tests that start Node, under load: a slow machine is no failure; a wrong answer is. */
const SPAWNS = 240_000;

const GOOD = 'Council delays vote\n“We need more time,” said Lena Hart, a spokesperson for Norvane.\n';
const FRENCH = "Réforme de la police\nLe ministre de l'Intérieur a annoncé mardi une réforme de la police nationale. Selon lui, les effectifs seront renforcés dans les quartiers les plus touchés par la délinquance. Les syndicats ont dénoncé une mesure insuffisante et réclament davantage de moyens pour les commissariats de banlieue.\n";
const GERMAN = 'Polizeireform\nDer Innenminister kündigte am Dienstag eine Reform der Bundespolizei an. Nach seinen Worten sollen die Einsatzkräfte in den am stärksten betroffenen Vierteln aufgestockt werden. Die Gewerkschaften kritisierten die Maßnahme als unzureichend und fordern mehr Mittel für die Reviere.\n';
const RUSSIAN = 'Реформа полиции\nМинистр внутренних дел во вторник объявил о реформе национальной полиции. По его словам, численность сотрудников будет увеличена. Профсоюзы назвали эту меру недостаточной.\n';
const CHINESE = '警察改革\n内政部长周二宣布了国家警察改革。他说，犯罪最严重的地区将增加警力。工会批评这一措施不够，并要求为郊区警察局提供更多资源。\n';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
const GZIP = gzipSync(Buffer.from(GOOD));
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => { const b = Buffer.from(s, 'utf16le'); b.swap16(); return Buffer.concat([Buffer.from([0xfe, 0xff]), b]); };

function read(files: string[], opts: ReadOptions = {}): InputItem[] {
  return [...readArticles(files, opts)];
}
function readOne(name: string, bytes: Uint8Array | string, opts: ReadOptions = {}): InputItem {
  const dir = tempDir();
  const p = join(dir, name);
  writeFileSync(p, bytes);
  const items = read([p], opts);
  expect(items).toHaveLength(1);
  return items[0] as InputItem;
}
function expectProblem(item: InputItem, code: string, words: RegExp): void {
  expect(item.ok).toBe(false);
  if (item.ok) return;
  expect(item.code).toBe(code);
  expect(item.problem).toMatch(words);
}

describe('readArticles refuses what is not an article, with a reason', () => {
  it.each([
    ['empty.txt', '', 'empty', /file is empty/u],
    ['blank.txt', ' \n\t\r\n  \u00a0\n', 'empty', /only whitespace/u],
    ['empty.jsonl', '', 'empty', /file is empty/u],
    ['blank.jsonl', '\n  \r\n\n', 'empty', /only blank lines/u],
    ['image.txt', PNG, 'binary', /PNG image/u],
    ['paper.txt', PDF, 'binary', /PDF document/u],
    ['archive.txt', GZIP, 'binary', /gzip archive/u],
    ['nul.txt', Buffer.from('abc\u0000def'), 'binary', /NUL bytes/u],
    ['scripts.html', '<html><head><title>T</title><script>var said = "He said yes";</script></head><body><script>document.write("x")</script><nav>Home | News</nav><style>p{}</style></body></html>', 'empty', /HTML has no article text/u],
    ['notext.json', '{"id": "n", "title": "No text here"}', 'invalid-article', /text.*expected \{id\?, title\?, text/u],
    ['list.json', '[{"text": "a"}]', 'invalid-article', /not an article/u],
    ['broken.json', '{"text": "unterminated', 'malformed-json', /malformed JSON/u],
  ])('%s', (name, bytes, code, words) => {
    expectProblem(readOne(name, bytes), code, words);
  });

  it('says where invalid UTF-8 starts: byte, offset and line', () => {
    // "Café" in Latin-1 on line 2: the byte 0xE9 at offset 12 is not UTF-8.
    const bytes = Buffer.from('Headline\nCaf\u00e9 owner said no.\n', 'latin1');
    expect(bytes[12]).toBe(0xe9);
    expectProblem(readOne('latin1.txt', bytes), 'undecodable', /byte 0xE9 at offset 12 \(line 2\)/u);
  });

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['a sequence cut short at the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['an overlong encoding', [0xc0, 0xaf], 0],
    ['a UTF-16 surrogate encoded in UTF-8', [0x61, 0xed, 0xa0, 0x80], 1],
    ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['well-formed text', [...Buffer.from('zoë “quoted” 𝄞')], -1],
  ])('finds the first invalid UTF-8 byte: %s', (_name, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });

  it('decodes UTF-16 LE and BE with a byte-order mark (dropped), and UTF-8 with one (kept as the first character)', () => {
    for (const [name, bytes, text] of [['le.txt', utf16le(GOOD), GOOD], ['be.txt', utf16be(GOOD), GOOD], ['bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]), `\uFEFF${GOOD}`]] as const) {
      const item = readOne(name, bytes);
      expect(item.ok, name).toBe(true);
      if (item.ok) expect(item.article.text).toBe(text);
    }
  });

  it('a UTF-8 BOM .txt: offsets slice the file as readFileSync(f, "utf8") reads it; headline and statements as without the BOM', () => {
    const dir = tempDir();
    const file = join(dir, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]));
    const item = read([file])[0] as InputItem;
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.article.title).toBe('Council delays vote');
    const asRead = readFileSync(file, 'utf8');
    expect(item.article.text).toBe(asRead);
    const withBom = analyzeArticle(item.article.text);
    const without = analyzeArticle(GOOD);
    expect(withBom.statements.map((s) => s.content.text)).toEqual(['We need more time,']);
    expect(withBom.statements.map((s) => [s.content.start, s.speaker.name])).toEqual(without.statements.map((s) => [s.content.start + 1, s.speaker.name]));
    for (const s of withBom.statements) expect(asRead.slice(s.content.start, s.content.end)).toBe(s.content.text);
  });

  it('a UTF-8 BOM before JSON, JSON lines or HTML is dropped: their offsets index the text inside', () => {
    const bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]);
    const json = readOne('a.json', bom(JSON.stringify({ id: 'a', text: GOOD })));
    const jsonl = readOne('b.jsonl', bom(`${JSON.stringify({ id: 'b', text: GOOD })}\n`));
    const html = readOne('c.html', bom('<html><body><h1>Council delays vote</h1><p>“We need more time,” said Lena Hart.</p></body></html>'));
    for (const item of [json, jsonl, html]) {
      expect(item.ok).toBe(true);
      if (item.ok) expect(item.article.text.charCodeAt(0)).not.toBe(0xfeff);
    }
    if (json.ok) expect(json.article.text).toBe(GOOD);
  });

  it('refuses UTF-16 that is cut short or has an unpaired surrogate, without a crash', () => {
    expectProblem(readOne('odd.txt', utf16le(GOOD).subarray(0, 11)), 'undecodable', /UTF-16 LE.*odd number/u);
    expectProblem(readOne('lone.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0xd8, 0x00, 0x00, 0x41])])), 'undecodable', /UTF-16 BE.*unpaired surrogate/u);
  });

  it('refuses a 50 MB file by its size, without reading it', () => {
    const dir = tempDir();
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024); // sparse: takes no disk space
    const small = join(dir, 'small.txt');
    writeFileSync(small, GOOD);
    const readPaths: string[] = [];
    const items = read([big, small], { readFile: (p) => { readPaths.push(p); return realRead(p); } });
    expectProblem(items[0] as InputItem, 'too-large', new RegExp(`52428800 bytes, over --max-article-bytes ${DEFAULT_MAX_ARTICLE_BYTES}`, 'u'));
    expect(items[1]?.ok).toBe(true);
    expect(readPaths).toEqual([small]);
    // The limit is an option, and counts bytes: GOOD has a few multi-byte characters.
    expectProblem(read([small], { maxArticleBytes: Buffer.byteLength(GOOD) - 1 })[0] as InputItem, 'too-large', /over --max-article-bytes/u);
    expect(read([small], { maxArticleBytes: Buffer.byteLength(GOOD) })[0]?.ok).toBe(true);
  });

  it('accepts a 2 MB line without punctuation (analysis of such a line: pathological-input.test.ts)', () => {
    const line = 'word '.repeat(400_000);
    const item = readOne('line.txt', line);
    expect(item.ok).toBe(true);
    if (item.ok) expect(item.article.text.length).toBe(2_000_000);
  });

  it('reads the good lines of a JSONL file and names each bad line by file and line number', () => {
    const lines = [
      JSON.stringify({ text: GOOD }),
      '{"text": "unterminated',
      '',
      JSON.stringify({ id: 'given', text: GOOD }),
      '[1, 2]',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: '   ' }),
      'not json at all',
      JSON.stringify({ text: GOOD }),
    ];
    const dir = tempDir();
    const p = join(dir, 'feed.jsonl');
    writeFileSync(p, `${lines.join('\r\n')}\r\n`);
    const items = read([p]);
    expect(items.filter((i) => i.ok).map((i) => (i.ok ? i.article.id : ''))).toEqual(['feed-1', 'given', 'feed-9']);
    const bad = items.filter((i): i is Extract<InputItem, { ok: false }> => !i.ok).map((i) => [i.source, i.code]);
    expect(bad).toEqual([[`${p}:2`, 'malformed-json'], [`${p}:5`, 'invalid-article'], [`${p}:6`, 'invalid-article'], [`${p}:7`, 'empty'], [`${p}:8`, 'malformed-json']]);
    // Texts come through whole (the CR of CRLF is not part of the JSON text).
    const first = items[0];
    if (first?.ok) expect(first.article.text).toBe(GOOD);
  });

  it('reports an unreadable file in a directory (injected read error) and reads the rest', () => {
    const dir = tempDir();
    for (const n of ['a.txt', 'locked.txt', 'z.txt']) writeFileSync(join(dir, n), GOOD);
    const { files } = expandInputs([dir]);
    const items = read(files, {
      readFile: (p) => {
        if (p.endsWith('locked.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
        return realRead(p);
      },
    });
    expect(items.map((i) => (i.ok ? i.article.id : `${i.source} ${i.code}: ${i.problem}`))).toEqual(['a', `${join(dir, 'locked.txt')} unreadable: cannot read file: permission denied`, 'z']);
  });

  it('cuts symlink loops: a directory linking to itself, two files linking to each other, a loop given by name', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.txt'), GOOD);
    symlinkSync('.', join(dir, 'self'));
    symlinkSync(dir, join(dir, 'parent-again'));
    symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'));
    const { files, problems } = expandInputs([dir, join(dir, 'loop-a.txt')]);
    expect(files).toEqual([join(dir, 'real.txt')]);
    expect(problems.map((p) => (p.ok ? '' : `${p.source}: ${p.problem}`))).toEqual([
      `${join(dir, 'loop-a.txt')}: symlink loop`, `${join(dir, 'loop-b.txt')}: symlink loop`, `${join(dir, 'loop-a.txt')}: cannot read: symlink loop`,
    ]);
  });

  it('names a folder with no article files instead of running on nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.rst'), GOOD);
    const { files, problems } = expandInputs([dir]);
    expect(files).toEqual([]);
    expect(problems.map((p) => (p.ok ? '' : `${p.source} ${p.code}: ${p.problem}`))).toEqual([`${dir} empty: directory has no article files (.txt, .md, .html, .htm, .json, .jsonl)`]);
  });

  it('leaves out a report folder kept inside the input folder, and refuses one given as the input', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'story.txt'), GOOD);
    const reports = join(dir, 'reports');
    mkdirSync(join(reports, 'articles'), { recursive: true });
    for (const n of ['manifest.json', 'quotes.csv', 'report.html', join('articles', 'story.json')]) writeFileSync(join(reports, n), '{}');
    // a folder that only looks like one in part is read as usual
    mkdirSync(join(dir, 'more'));
    writeFileSync(join(dir, 'more', 'manifest.json'), '{}');
    writeFileSync(join(dir, 'more', 'other.txt'), GOOD);
    expect(expandInputs([dir])).toEqual({ files: [join(dir, 'more', 'manifest.json'), join(dir, 'more', 'other.txt'), join(dir, 'story.txt')], problems: [], skipped: {} });
    const given = expandInputs([reports]);
    expect(given.files).toEqual([]);
    expect(given.problems.map((p) => (p.ok ? '' : p.code))).toEqual(['not-articles']);
  });

  it('refuses a named pipe instead of waiting on it forever', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'ok.txt'), GOOD);
    const { files, problems } = expandInputs([dir, join(dir, 'pipe.txt')]);
    expect(files).toEqual([join(dir, 'ok.txt')]);
    expect(problems.map((p) => (p.ok ? '' : `${p.source}: ${p.problem}`))).toEqual([
      `${join(dir, 'pipe.txt')}: not a regular file (a named pipe); reading it could wait forever`,
      `${join(dir, 'pipe.txt')}: not a regular file (a named pipe); reading it could wait forever`,
    ]);
  });

  it('gives distinct ids to files with the same base name, and to ids that would share an output file name', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    const files: string[] = [];
    for (const n of ['a/x.txt', 'a/x.md', 'b/x.txt', 'x.json', 'a b.txt', 'a_b.txt', 'Case.txt', 'case.txt', 'Zürich Bericht.txt', '日本 記事.txt']) {
      writeFileSync(join(dir, n), n.endsWith('.json') ? JSON.stringify({ text: GOOD }) : GOOD);
      files.push(join(dir, n));
    }
    const ids = read(files).map((i) => (i.ok ? i.article.id : 'failed'));
    expect(ids).toEqual(['x', 'x-2', 'x-3', 'x-4', 'a b', 'a_b-2', 'Case', 'case-2', 'Zürich Bericht', '日本 記事']);
  });
});

describe('decodeBytes', () => {
  it('keeps line endings and non-ASCII text exactly', () => {
    const text = 'Zürich\r\n“Ünïcödé” — 東京 𝄞\rend\n';
    expect(decodeBytes(Buffer.from(text))).toBe(text);
    expect(decodeBytes(utf16le(text))).toBe(text);
    expect(decodeBytes(utf16be(text))).toBe(text);
  });
});

describe('non-English text', () => {
  it.each([['French', FRENCH], ['German', GERMAN], ['Russian', RUSSIAN], ['Chinese', CHINESE]])('%s: no statements, and a message saying why', (_lang, text) => {
    const r = expectSound(text, analyzeArticle(text));
    expect(r.statements).toEqual([]);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['no-statements:not-english']);
  });

  it('English without attributions is not called non-English', () => {
    const text = 'Rain expected\nThe weather service expects heavy rain across the region on Tuesday, with flooding possible in low-lying areas near the river and the coast.\n';
    expect(analyzeArticle(text).messages.map((m) => m.ruleId)).toEqual(['no-statements']);
  });
});

describe('a failed line of a .jsonl input that gave its id', () => {
  it('is named by that id in messages.csv (article_id), a line without one by its source only', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    const lines = [{ id: 'm1', text: GOOD }, { id: 'm2', text: '   ' }, { id: 7, title: 5, text: GOOD }, { text: '' }];
    writeFileSync(join(dir, 'in', 'batch.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const summary = runPipeline({ inputs: [join(dir, 'in')], out: join(dir, 'out') });
    expect(summary.failures.map((f) => [f.id, f.code])).toEqual([['m2', 'empty'], ['7', 'invalid-article'], [undefined, 'empty']]);
    const rows = parseCsv(readFileSync(join(dir, 'out', 'messages.csv'), 'utf8')).filter((r) => r[2]?.startsWith('input:'));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ['m2', `${join(dir, 'in', 'batch.jsonl')}:2 (id "m2")`],
      ['7', `${join(dir, 'in', 'batch.jsonl')}:3 (id 7)`],
      ['', `${join(dir, 'in', 'batch.jsonl')}:4`],
    ]);
  });
});

describe('the runner with an unreadable file (injected read error)', () => {
  it('records the failure and writes the other articles', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.txt'), GOOD);
    writeFileSync(join(dir, 'in', 'locked.txt'), GOOD);
    const out = join(dir, 'out');
    const summary = runPipeline({
      inputs: [join(dir, 'in')], out,
      readFile: (p) => { if (p.endsWith('locked.txt')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' }); return realRead(p); },
    });
    expect(summary.failures).toEqual([{ source: join(dir, 'in', 'locked.txt'), code: 'unreadable', problem: 'cannot read file: permission denied' }]);
    expect(readdirSync(join(out, 'articles'))).toEqual(['good.json']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { failures: unknown[] };
    expect(manifest.failures).toEqual(summary.failures);
  });
});

describe('the CLI on a directory of good and bad inputs', () => {
  const dir = tempDir();
  const inDir = join(dir, 'in');
  const out = join(dir, 'out');
  let run: ReturnType<typeof runCliOnce>;
  beforeAll(() => {
  mkdirSync(join(inDir, 'sub'), { recursive: true });
  const put = (name: string, bytes: string | Uint8Array) => writeFileSync(join(inDir, name), bytes);
  put('good.txt', GOOD);
  put('sub/good.txt', GOOD.replace('Lena Hart', 'Omar Said'));
  put('name with spaces é.txt', GOOD);
  put('utf16le.txt', utf16le(GOOD));
  put('utf16be.txt', utf16be(GOOD));
  put('french.txt', FRENCH);
  put('empty.txt', '');
  put('blank.txt', '  \n\n\t\n');
  put('image.txt', PNG);
  put('paper.txt', PDF);
  put('archive.txt', GZIP);
  put('latin1.txt', Buffer.from('Headline\nCaf\u00e9 owner said no.\n', 'latin1'));
  put('scripts.html', '<html><body><script>alert("He said hi")</script><nav>Menu</nav></body></html>');
  put('notext.json', '{"id": "n"}');
  put('feed.jsonl', `${JSON.stringify({ text: GOOD })}\n{"text": "oops\n${JSON.stringify({ id: 'from-feed', text: GOOD })}\n`);
  put('big.txt', '');
  truncateSync(join(inDir, 'big.txt'), 50 * 1024 * 1024);
  symlinkSync('loop-b.txt', join(inDir, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(inDir, 'loop-b.txt'));
  symlinkSync('.', join(inDir, 'self'));
  execFileSync('mkfifo', [join(inDir, 'pipe.txt')]);
  run = runCliOnce([inDir, '--out', out]);
  }, SPAWNS);
  const expectedFailures: Array<[string, RegExp]> = [
    ['archive.txt', /binary file: looks like a gzip archive/u],
    ['big.txt', /52428800 bytes, over --max-article-bytes/u],
    ['blank.txt', /only whitespace/u],
    ['empty.txt', /file is empty/u],
    ['feed.jsonl:2', /malformed JSON/u],
    ['image.txt', /binary file: looks like a PNG image/u],
    ['latin1.txt', /not valid UTF-8: byte 0xE9 at offset 12 \(line 2\)/u],
    ['loop-a.txt', /symlink loop/u],
    ['loop-b.txt', /symlink loop/u],
    ['notext.json', /not an article: text/u],
    ['paper.txt', /binary file: looks like a PDF document/u],
    ['pipe.txt', /not a regular file \(a named pipe\)/u],
    ['scripts.html', /HTML has no article text/u],
  ];

  it('exits 1 and names each bad input once on stderr, with its problem and no stack trace', () => {
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(run.stderr).not.toMatch(/^\s+at /mu);
    expect(lines).toHaveLength(expectedFailures.length);
    for (const [name, problem] of expectedFailures) {
      const mine = lines.filter((l) => l.startsWith(`error: ${join(inDir, name)}: `));
      expect(mine, name).toHaveLength(1);
      expect(mine[0], name).toMatch(problem);
    }
  });

  it('writes every good article, UTF-16 decoded, with distinct ids', () => {
    expect(readdirSync(join(out, 'articles')).sort()).toEqual(['feed-1.json', 'french.json', 'from-feed.json', 'good-2.json', 'good.json', 'name_with_spaces_é.json', 'utf16be.json', 'utf16le.json']);
    for (const f of ['utf16le.json', 'utf16be.json', 'good.json', 'name_with_spaces_é.json']) {
      const r = ArticleResult.parse(JSON.parse(readFileSync(join(out, 'articles', f), 'utf8')));
      expect(r.article.text, f).toBe(GOOD);
      expect(r.statements.map((s) => [s.speaker.name, s.content.text]), f).toEqual([['Lena Hart', 'We need more time,']]);
    }
    expect(JSON.parse(readFileSync(join(out, 'articles', 'name_with_spaces_é.json'), 'utf8')).article.id).toBe('name with spaces é');
    expect(run.stdout).toContain(`8 articles`);
    expect(run.stdout).toContain(`${expectedFailures.length} failures`);
  });

  it('lists the failures in manifest.json and messages.csv, and says why french.txt has no statements', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { failures: Array<{ source: string }> };
    expect(manifest.failures.map((f) => f.source).sort()).toEqual(expectedFailures.map(([n]) => join(inDir, n)).sort());
    const rows = parseCsv(readFileSync(join(out, 'messages.csv'), 'utf8'));
    for (const [name] of expectedFailures) expect(rows.filter((r) => r[1] === join(inDir, name) && r[2]?.startsWith('input:')), name).toHaveLength(1);
    expect(rows.filter((r) => r[1] === join(inDir, 'french.txt')).map((r) => r[2])).toEqual(['no-statements:not-english']);
  });
});

describe('the CLI on inputs that are processed but give no statements', () => {
  it('exits 0 and says why', { timeout: SPAWNS }, () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'french.txt'), FRENCH);
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const r = runCliOnce([dir, '--out', join(dir, 'out')]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${join(dir, 'french.txt')}: no statements: the text does not look like English`);
    expect(existsSync(join(dir, 'out', 'articles', 'french.json'))).toBe(true);
  });
});


describe('the CLI when no input could be read', () => {
  // (two full runs of Node: 185 s was seen under load 28-58)
  it('names the failure, leaves the previous reports as they were and says so, and exits 1', { timeout: 2 * SPAWNS }, () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const out = join(dir, 'reports');
    expect(runCliOnce([join(dir, 'good.txt'), '--out', out, '--quiet']).status).toBe(0);
    const files = ['quotes.csv', 'stances.csv', 'speakers.csv', 'messages.csv', 'report.html', 'report.json', 'manifest.json', 'articles/good.json'];
    const before = files.map((f) => readFileSync(join(out, f), 'utf8'));
    const r = runCliOnce([join(dir, 'typo.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error: ${join(dir, 'typo.txt')}: cannot read: no such file or directory\nerror: no article could be read, so no report was written: the reports in ${out} are the previous run's, unchanged\n`);
    expect(r.stdout).not.toContain('reports in');
    expect(files.map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(before);
  });
});

describe('usage mistakes get a plain message and exit 2', () => {
  it.each([
    ['an unknown flag', ['--bogus'], /^error: unknown option --bogus\n/u],
    ['an option with its value missing', ['--ext', '--out', '/tmp/never-written'], /^error: --ext needs a value before the next option\n/u],
    ['report options with --jsonl', ['--jsonl', '--out', '/tmp/never-written'], /^error: --jsonl writes results to stdout; --out applies only to reports\n/u],
    ['--encoding with --jsonl (JSON lines are UTF-8)', ['--jsonl', '--encoding', 'windows-1252'], /^error: --jsonl reads JSON lines, which are UTF-8 \(RFC 8259\); --encoding applies only to article files\n$/u],
    // (Node's parser calls "-5" after an option "ambiguous"; the user is told what the option needs instead)
    ['a negative --max-article-bytes', ['--max-article-bytes', '-5'], /^error: --max-article-bytes needs a positive whole number, got -5\n$/u],
    ['a negative --max-article-bytes after =', ['--max-article-bytes=-5'], /^error: --max-article-bytes needs a positive whole number, got -5\n$/u],
    ['a fractional --max-article-bytes', ['--max-article-bytes', '2.5'], /^error: --max-article-bytes needs a positive whole number, got 2.5\n$/u],
    ['a negative --workers', ['--workers', '-2'], /^error: --workers needs a positive whole number, got -2\n$/u],
    ['a --workers of words', ['--workers', 'two'], /^error: --workers needs a positive whole number, got two\n$/u],
  ])('%s', { timeout: SPAWNS }, (_name, args, message) => {
    const r = runCliOnce(args, '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('names a --cues or --speakers file that is not a valid lexicon', { timeout: 2 * SPAWNS }, () => {
    const dir = tempDir();
    const bad = join(dir, 'my-cues.json');
    writeFileSync(bad, '{"cuez": 5}');
    const r = runCliOnce(['--cues', bad, '--jsonl'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^error: cue lexicon ${bad.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} is invalid: \\(root\\): Unrecognized key: "cuez"`, 'u'));
    const speakers = join(dir, 'my-speakers.json');
    writeFileSync(speakers, '{"speakerz": 5}');
    const s = runCliOnce(['--speakers', speakers, '--jsonl'], '');
    expect(s.status).toBe(2);
    expect(s.stderr).toContain(`speaker registry ${speakers} is invalid`);
  });

  it('--help and the README say the same of --workers: N threads are this one and N - 1 worker threads (pipeline/parallel/pool.ts)', { timeout: SPAWNS }, () => {
    const r = runCliOnce(['--help']);
    expect(r.status).toBe(0);
    const help = /^ {2}--workers N +(.*\n(?: {20,}.*\n)*)/mu.exec(r.stdout)?.[1]?.replace(/\s+/gu, ' ').trim();
    expect(help).toBe('analyse on N threads: this one and N - 1 worker threads (default 1: this one only); the reports are the same bytes as with one');
    // (the options table moved to docs/usage.md, which the README links)
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('](docs/usage.md');
    const usage = readFileSync(join(ROOT, 'docs', 'usage.md'), 'utf8');
    expect(usage).toContain(`| \`--workers N\` | ${help} |`);
  });

  it('the README and docs/usage.md run --jsonl as `npm run -s`, since npm\'s banner would otherwise open the results on stdout', () => {
    for (const doc of [join(ROOT, 'README.md'), join(ROOT, 'docs', 'usage.md')]) {
      const text = readFileSync(doc, 'utf8');
      const jsonl = text.split('\n').filter((l) => /npm run\b.*pipeline\b.*--jsonl/u.test(l));
      expect(jsonl.length, doc).toBeGreaterThan(0);
      for (const l of jsonl) expect(l).toMatch(/npm run -s pipeline -- --jsonl/u);
    }
  });

  it('says so when --jsonl got no article on stdin', { timeout: SPAWNS }, () => {
    const r = runCliOnce(['--jsonl'], '\n\n');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('warning: stdin held no article');
  });
});
