// Output safety: spreadsheet formulas in CSV cells are neutralised, article text is escaped in report.html, and no id
// or file name can put an output file outside --out.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/runner.js';
import { ArticleResult } from '../src/model/article-result.js';
import { safeFileName } from '../src/output/paths.js';
import { tempDir } from './helpers.js';
import { parseCsv, snapshot } from './fault-helpers.js';

const FORMULA = '=HYPERLINK("http://evil.example/x") is the link,';
const FORMULAS = 'Spreadsheet test\n'
  + `“${FORMULA}” the minister said.\n`
  + '“+1 for the plan,” the mayor said.\n'
  + '“-5 percent is too low,” said Ana Ruiz.\n'
  + '“@everyone must vote,” said Tom Berg.\n'
  + 'The minister said =HYPERLINK("http://evil.example/y") was the link.\n';
const SCRIPTS = 'Headline <script>alert("title")</script>\n'
  + '“<script>alert(1)</script> is harmless,” said Lena Hart. <img src=x onerror=alert(2)>\n';

describe('reports of hostile text', () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  beforeAll(() => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'formulas.txt'), FORMULAS);
    writeFileSync(join(dir, 'in', '=cmd.txt'), FORMULAS);
    writeFileSync(join(dir, 'in', 'scripts.txt'), SCRIPTS);
    writeFileSync(join(dir, 'in', 'at.json'), JSON.stringify({ id: '@mention', text: 'T\nShe said “this never closes.\n' }));
    writeFileSync(join(dir, 'in', 'attr.json'), JSON.stringify({ id: 'x" onmouseover="alert(3)', title: '</h2><script>alert(4)</script>', text: SCRIPTS }));
    expect(runPipeline({ inputs: [join(dir, 'in')], out }).failures).toEqual([]);
  });

  it('quotes.csv keeps each formula-like quote, prefixed with an apostrophe', () => {
    const rows = parseCsv(readFileSync(join(out, 'quotes.csv'), 'utf8'));
    const content = rows[0]!.indexOf('content');
    const formulas = rows.filter((r) => r[0] === 'formulas').map((r) => r[content]);
    expect(formulas).toEqual([`'${FORMULA}`, "'+1 for the plan,", "'-5 percent is too low,", "'@everyone must vote,", '\'=HYPERLINK("http://evil.example/y") was the link']);
  });

  it('no cell of any CSV starts with a formula character', () => {
    for (const f of ['quotes.csv', 'stances.csv', 'messages.csv']) {
      const rows = parseCsv(readFileSync(join(out, f), 'utf8'));
      expect(rows.length, f).toBeGreaterThan(1);
      for (const row of rows) for (const cell of row) expect(cell, `${f}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/u);
    }
    // The article named by a file "=cmd.txt" has the id "=cmd": its cells are escaped too.
    expect(parseCsv(readFileSync(join(out, 'quotes.csv'), 'utf8')).some((r) => r[0] === "'=cmd")).toBe(true);
    // (its speaker, a "She" with no one before it, is also named in a speaker:doubtful-name row since the twenty-second session)
    expect(parseCsv(readFileSync(join(out, 'messages.csv'), 'utf8')).filter((r) => r[0] === "'@mention").map((r) => r[2])).toContain('quote-unclosed');
  });

  it('report.html shows scripts and tags from articles as text, never as markup', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<script/gu)).toHaveLength(1); // the page's own filter script, at the end
    expect(html).not.toMatch(/<img|onmouseover="|<\/h2><script/u);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;/h2&gt;&lt;script&gt;alert(4)&lt;/script&gt;');
  });
});

describe('ids cannot put a file outside --out', () => {
  const hostile = ['../../evil', '/etc/evil', '..', '.', '', 'a/../../b', '..\\..\\win', 'nul\u0000byte', '語'.repeat(200), `${'a'.repeat(300)}`, '.hidden'];

  it.each(hostile.map((id) => [JSON.stringify(id).slice(0, 40), id]))('safeFileName(%s) is one plain name of at most 200 bytes', (_label, id) => {
    const name = safeFileName(id);
    expect(name).not.toMatch(/[/\\\0]/u);
    expect(name.startsWith('.')).toBe(false);
    expect(name.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(`${name}.json`)).toBeLessThanOrEqual(255);
  });

  it('the runner writes every hostile id inside out/articles, each to its own file', () => {
    const base = tempDir();
    mkdirSync(join(base, 'in'));
    writeFileSync(join(base, 'in', 'feed.jsonl'), hostile.map((id) => JSON.stringify({ id, text: 'T\nHe said yes.\n' })).join('\n'));
    const out = join(base, 'deep', 'out');
    const summary = runPipeline({ inputs: [join(base, 'in')], out });
    expect(summary.failures).toEqual([]);
    // Everything under base is the input or inside out.
    for (const k of snapshot(base).keys()) expect(k.startsWith('in/') || k.startsWith('deep/out/'), k).toBe(true);
    const files = readdirSync(join(out, 'articles'));
    expect(files).toHaveLength(hostile.length);
    const ids = files.map((f) => ArticleResult.parse(JSON.parse(readFileSync(join(out, 'articles', f), 'utf8'))).article.id);
    expect(new Set(ids).size).toBe(hostile.length);
    expect(ids).toContain('../../evil');
  });
});
