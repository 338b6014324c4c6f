// The output contract of the foundation issue, checked on every article of the corpus through the real CLI.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleResult } from '../src/model/article-result.js';
import { QUOTES_HEADER } from '../src/output/rows.js';
import { ROOT, runCli, spansOf, tempDir } from './helpers.js';

describe('npm run pipeline on the corpus', () => {
  const out = tempDir();
  let run: ReturnType<typeof runCli>;
  beforeAll(() => { run = runCli(['corpus/articles', '--out', out, '--quiet']); }, 120_000);

  it('exits 0 and writes every report', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const f of ['quotes.csv', 'stances.csv', 'messages.csv', 'report.json', 'report.html', 'manifest.json']) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it('writes one valid article JSON per article, whose offsets index its text', () => {
    const articles = readdirSync(join(ROOT, 'corpus/articles')).filter((f) => f.endsWith('.txt'));
    const written = readdirSync(join(out, 'articles'));
    expect(written.sort()).toEqual(articles.map((f) => f.replace(/\.txt$/u, '.json')).sort());
    let statements = 0;
    for (const f of written) {
      const r = ArticleResult.parse(JSON.parse(readFileSync(join(out, 'articles', f), 'utf8')));
      expect(r.article.text).toBe(readFileSync(join(ROOT, 'corpus/articles', f.replace(/\.json$/u, '.txt')), 'utf8'));
      expect(r.article.id).toBe(f.replace(/\.json$/u, ''));
      for (const s of r.statements) {
        expect(s.id).toBe(`${r.article.id}#${s.content.start}-${s.content.end}`);
        expect(s.confidence).toBeGreaterThanOrEqual(0);
      }
      for (const sp of spansOf(r)) expect(r.article.text.slice(sp.start, sp.end), sp.where).toBe(sp.text);
      statements += r.statements.length;
    }
    expect(statements).toBeGreaterThan(0);
  });

  it('writes quotes.csv with the contract header and one row per statement', () => {
    const csv = readFileSync(join(out, 'quotes.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe(QUOTES_HEADER.join(','));
    expect(QUOTES_HEADER.join(',')).toBe('article_id,statement_id,type,speaker,speaker_role,speaker_kind,speaker_mention,cue,act,framing,targets,content,start,end,pieces,confidence,needs_review,review_reasons,sentence');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { statements: number; articles: number };
    expect(report.articles).toBe(readdirSync(join(ROOT, 'corpus/articles')).length);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { inputs: Array<{ sha256?: string }> };
    expect(manifest.inputs.every((i) => /^[0-9a-f]{64}$/u.test(i.sha256 ?? ''))).toBe(true);
  });
});

describe('exit statuses and ids', () => {
  it('exits 1 when one input cannot be processed, still writing the others', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.txt'), 'Headline\n“We acted lawfully,” said Lena Hart, a spokesperson for Norvane.\n');
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    const r = runCli([join(dir, 'in'), '--out', join(dir, 'out'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('empty.txt');
    expect(r.stderr).toContain('empty');
    expect(existsSync(join(dir, 'out', 'articles', 'good.json'))).toBe(true);
  });

  it('exits 2 on a usage error', () => {
    expect(runCli(['--no-such-option']).status).toBe(2);
    expect(runCli(['--max-article-bytes', 'lots']).status).toBe(2);
  });

  it('reads stdin as "-" and names the article stdin', () => {
    const dir = tempDir();
    const r = runCli(['-', '--out', dir, '--quiet'], 'A headline\nThe ministry said the plan would go ahead.\n');
    expect(r.status).toBe(0);
    const res = ArticleResult.parse(JSON.parse(readFileSync(join(dir, 'articles', 'stdin.json'), 'utf8')));
    expect(res.article.source).toBe('stdin');
    expect(res.statements.map((s) => s.content.text)).toEqual(['the plan would go ahead']);
  });

  it('gives JSONL lines without id <base>-<line> and clashing ids -2, -3', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'x.txt'), 'T\nHe said it was fine.\n');
    writeFileSync(join(dir, 'b', 'x.txt'), 'T\nShe said it was not.\n');
    writeFileSync(join(dir, 'feed.jsonl'), `${JSON.stringify({ text: 'T\nThey said yes.' })}\n${JSON.stringify({ id: 'given', text: 'T\nWe said no.' })}\n`);
    const r = runCli([join(dir, 'a'), join(dir, 'b'), join(dir, 'feed.jsonl'), '--out', join(dir, 'out'), '--quiet']);
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, 'out', 'articles')).sort()).toEqual(['feed-1.json', 'given.json', 'x-2.json', 'x.json']);
  });

  it('prints help that documents every option', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const o of ['--out', '--speakers', '--cues', '--max-article-bytes', '--excel', '--quiet']) expect(r.stdout).toContain(o);
  });
});
