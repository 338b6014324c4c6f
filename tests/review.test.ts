// The review round trip: a reviewer edits quotes.csv / stances.csv, review:import makes candidate gold that is checked
// against the article text, and review:confirm makes it a regression case that the evaluation scores.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../pipeline/runner.js';
import { ArticleResult, type Statement } from '../src/model/article-result.js';
import { ACTS } from '../src/model/labels.js';
import { checkGoldSpans, loadGoldCorpus } from '../src/eval/gold-schema.js';
import { evaluateLocalCorpus } from '../src/eval/local.js';
import { importReview, inferType, parseTargets } from '../src/review/import-review.js';
import { Candidate, confirmCandidate, ConfirmError, writeCandidate } from '../src/review/candidates.js';
import { parseCsv } from '../src/review/parse-csv.js';
import { findAll } from '../src/review/locate-text.js';
import { ROOT, tempDir } from './helpers.js';

const ARTICLE = `Council approves budget amid protests
The council said the budget was balanced and fair.
“We acted lawfully,” said Lena Hart, a spokesperson for Norvane. “We will keep doing so.”
Residents accused the council of ignoring them, according to a petition.
The mayor denied that any money was missing from the Norvane account.
Local traders fear the new parking charges will drive shoppers away.
`;
const MISSED = 'the new parking charges will drive shoppers away';

/** Writes rows as a spreadsheet program would save them: BOM, CRLF, every cell quoted. */
const saveLikeExcel = (path: string, rows: string[][]) => writeFileSync(path, stringify(rows, { bom: true, record_delimiter: 'windows', quoted: true }));

const runReviewCli = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'pipeline/review-cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

describe('review round trip', () => {
  const dir = tempDir('sa-review-');
  const out = join(dir, 'out');
  let result: ArticleResult;
  let quotes: string[][];
  let stances: string[][];
  beforeAll(() => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'budget.txt'), ARTICLE);
    runPipeline({ inputs: [join(dir, 'in')], out });
    result = ArticleResult.parse(JSON.parse(readFileSync(join(out, 'articles', 'budget.json'), 'utf8')));
    quotes = parseCsv(readFileSync(join(out, 'quotes.csv'), 'utf8'));
    stances = parseCsv(readFileSync(join(out, 'stances.csv'), 'utf8'));
  }, 60_000);

  const col = (rows: string[][], name: string) => (rows[0] as string[]).indexOf(name);
  const rowOf = (rows: string[][], s: Statement) => rows.findIndex((r) => r[col(rows, 'statement_id')] === s.id);

  it('turns corrected, wrong and added quotes.csv rows into candidate gold checked against the text', () => {
    // Preconditions that the edits below rely on (from the run, not assumed).
    expect(result.statements.length).toBeGreaterThanOrEqual(3);
    expect(result.statements.some((s) => s.content.text.includes(MISSED))).toBe(false);
    const [first, second] = result.statements as [Statement, Statement];
    const newAct = ACTS.find((a) => a !== first.act && a !== 'SAY') as string;

    const rows = quotes.map((r, i) => [...r, i === 0 ? 'review' : '']);
    const h = rows[0] as string[];
    const edit = rows[rowOf(quotes, first)] as string[];
    edit[h.indexOf('act')] = newAct.toLowerCase(); // a reviewer's lower case is accepted
    edit[h.indexOf('speaker')] = 'Budget Office';
    edit[h.indexOf('targets')] = 'Norvane:AGAINST';
    (rows[rowOf(quotes, second)] as string[])[h.indexOf('review')] = 'wrong';
    const added = h.map(() => '');
    Object.assign(added, { [h.indexOf('article_id')]: 'budget', [h.indexOf('speaker')]: 'Local traders', [h.indexOf('speaker_kind')]: 'group', [h.indexOf('act')]: 'WARN', [h.indexOf('content')]: MISSED, [h.indexOf('cue')]: 'fear', [h.indexOf('speaker_mention')]: 'Local traders', [h.indexOf('review')]: 'added' });
    rows.push(added);
    saveLikeExcel(join(out, 'quotes.csv'), rows);

    const imported = importReview([{ path: join(out, 'quotes.csv'), text: readFileSync(join(out, 'quotes.csv'), 'utf8') }], { articlesDir: join(out, 'articles') });
    expect(imported.problems).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.articles.map((a) => a.id)).toEqual(['budget']);
    const got = imported.articles[0];
    const at = (start: number, end: number) => got?.statements.find((s) => s.content.start === start && s.content.end === end);

    expect(got?.statements).toHaveLength(result.statements.length); // one removed, one added
    const changed = at(first.content.start, first.content.end);
    expect(changed?.act).toBe(newAct);
    expect(changed?.speaker).toMatchObject({ name: 'Budget Office', kind: first.speaker.kind, role: first.speaker.role, affiliation: null });
    expect(changed?.speaker.mention).toEqual(first.speaker.mention);
    expect(changed?.cue?.start).toBe(first.cue?.start);
    expect(changed?.targets).toEqual([{ name: 'Norvane', stance: 'AGAINST' }]);
    expect(at(second.content.start, second.content.end)).toBeUndefined();

    const start = ARTICLE.indexOf(MISSED);
    const missed = at(start, start + MISSED.length);
    expect(missed).toMatchObject({ type: 'indirect', act: 'WARN', framing: 'NEUTRAL', targets: [], speaker: { name: 'Local traders', kind: 'group', role: null } });
    expect(missed?.cue).toEqual({ start: ARTICLE.indexOf('fear'), end: ARTICLE.indexOf('fear') + 4, text: 'fear' });
    expect(missed?.speaker.mention?.start).toBe(ARTICLE.indexOf('Local traders'));

    for (const s of result.statements.slice(2)) {
      const kept = at(s.content.start, s.content.end);
      expect(kept, s.id).toMatchObject({ act: s.act, framing: s.framing, type: s.type, speaker: { name: s.speaker.name }, targets: s.targets.map((t) => ({ name: t.name, stance: t.stance })) });
      expect(kept?.content.pieces?.length ?? 0).toBe(s.content.pieces?.length ?? 0);
    }
    expect(got?.changes.join('\n')).toContain(`act ${first.act} → ${newAct}`);
    expect(got?.changes.join('\n')).toContain(`${second.id} removed (marked wrong)`);
    expect(got?.changes.join('\n')).toContain(`budget#${start}-${start + MISSED.length} added`);

    // Written as an unconfirmed candidate that no evaluation reads; confirmed, it becomes a scored corpus case.
    const corpus = join(dir, 'corpus');
    const path = writeCandidate(join(corpus, 'candidates'), got as NonNullable<typeof got>, ['quotes.csv'], 'test');
    const candidate = Candidate.parse(JSON.parse(readFileSync(path, 'utf8')));
    expect(candidate.status).toBe('unconfirmed');
    expect(checkGoldSpans(candidate, readFileSync(join(corpus, 'candidates', 'articles', 'budget.txt'), 'utf8'))).toEqual([]);
    expect(loadGoldCorpus(corpus).articles).toEqual([]);

    const gold = confirmCandidate(path, corpus);
    expect(gold).toBe(join(corpus, 'gold', 'budget.json'));
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(join(corpus, 'articles', 'budget.txt'), 'utf8')).toBe(ARTICLE);
    const loaded = loadGoldCorpus(corpus);
    expect(loaded.skipped).toEqual([]);
    expect(loaded.articles.map((a) => [a.id, a.gold.statements.length])).toEqual([['budget', result.statements.length]]);
    const evaluation = evaluateLocalCorpus(corpus);
    expect(evaluation.figures.articles).toBe(1);

    // A second confirmation would replace labels: refused without --replace.
    const again = writeCandidate(join(corpus, 'candidates'), got as NonNullable<typeof got>, ['quotes.csv'], 'test');
    expect(() => confirmCandidate(again, corpus)).toThrow(ConfirmError);
    expect(() => confirmCandidate(again, corpus)).toThrow(/--replace/u);
    // Through the CLI into a folder that is not the repository's corpus/: it says how to score that folder (eval's
    // --corpus-dir), and that npm test does not.
    const r = runReviewCli(['confirm', again, '--corpus', corpus, '--replace']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${again} → ${gold}: confirmed into ${corpus}; score that folder with npm run eval -- --corpus local --corpus-dir ${corpus} (npm test scores ${join(ROOT, 'corpus')} only: copy its articles/ and gold/ files there to make it a regression case)\n`);
  });

  it('applies stances.csv: a changed stance, a target marked wrong, a target added', () => {
    const withTargets = result.statements.filter((s) => s.targets.length > 0);
    expect(withTargets.length).toBeGreaterThanOrEqual(2);
    const [a, b] = withTargets as [Statement, Statement];
    const rows = stances.map((r, i) => [...r, i === 0 ? 'review' : '']);
    const h = rows[0] as string[];
    const aRow = rows.findIndex((r) => r[h.indexOf('statement_id')] === a.id);
    const aTarget = a.targets[0] as Statement['targets'][number];
    const flipped = aTarget.stance === 'AGAINST' ? 'FAVOR' : 'AGAINST';
    (rows[aRow] as string[])[h.indexOf('stance')] = flipped;
    const bRow = rows.findIndex((r) => r[h.indexOf('statement_id')] === b.id);
    (rows[bRow] as string[])[h.indexOf('review')] = 'wrong';
    const addedRow = [...(rows[aRow] as string[])];
    addedRow[h.indexOf('target')] = 'Klem Holdings';
    addedRow[h.indexOf('stance')] = 'NONE';
    rows.push(addedRow);
    const path = join(dir, 'stances-reviewed.csv');
    saveLikeExcel(path, rows);

    const imported = importReview([{ path, text: readFileSync(path, 'utf8') }], { articlesDir: join(out, 'articles') });
    expect(imported.problems).toEqual([]);
    const st = imported.articles[0]?.statements ?? [];
    const find = (s: Statement) => st.find((g) => g.content.start === s.content.start && g.content.end === s.content.end);
    expect(find(a)?.targets).toEqual([{ name: aTarget.name, stance: flipped }, ...a.targets.slice(1).map((t) => ({ name: t.name, stance: t.stance })), { name: 'Klem Holdings', stance: 'NONE' }]);
    expect(find(b)?.targets).toEqual(b.targets.slice(1).map((t) => ({ name: t.name, stance: t.stance })));
    expect(st).toHaveLength(result.statements.length);
  });

  it('shows a split quote as its pieces joined by " … " with their offsets, and reads that back unchanged or edited', () => {
    const split = result.statements.find((s) => (s.content.pieces?.length ?? 0) > 1) as Statement;
    expect(split, 'the budget article has a quote split around its cue').toBeDefined();
    const pieces = split.content.pieces ?? [];
    const h = quotes[0] as string[];
    const row = quotes[rowOf(quotes, split)] as string[];
    // The reporter's words between the pieces ("said Lena Hart, a spokesperson …") are not in the content cell.
    expect(row[h.indexOf('content')]).toBe(pieces.map((p) => p.text).join(' … '));
    expect(row[h.indexOf('content')]).not.toContain('said');
    expect(row[h.indexOf('pieces')]).toBe(pieces.map((p) => `${p.start}-${p.end}`).join(' '));
    expect([row[h.indexOf('start')], row[h.indexOf('end')]]).toEqual([String(split.content.start), String(split.content.end)]);
    // A statement in one piece has an empty pieces cell and its text as content.
    const whole = result.statements.find((s) => !s.content.pieces?.length) as Statement;
    expect((quotes[rowOf(quotes, whole)] as string[])[h.indexOf('pieces')]).toBe('');

    const importRows = (rows: string[][]) => {
      const path = join(dir, 'split.csv');
      saveLikeExcel(path, rows);
      return importReview([{ path, text: readFileSync(path, 'utf8') }], { articlesDir: join(out, 'articles') });
    };
    const asOk = quotes.map((r, i) => [...r, i === 0 ? 'review' : i === rowOf(quotes, split) ? 'ok' : '']);
    const same = importRows(asOk);
    expect(same.problems).toEqual([]);
    expect(same.articles[0]?.changes).toEqual([]);
    const kept = same.articles[0]?.statements.find((g) => g.content.start === split.content.start);
    expect(kept?.content.pieces?.map((p) => [p.start, p.end])).toEqual(pieces.map((p) => [p.start, p.end]));

    // The reviewer drops the first piece's last clause: each piece is found again, in order, and stays a piece.
    const first = pieces[0] as { text: string };
    const shorter = first.text.replace(/\s*\S+[,.]?$/u, '');
    const edited = asOk.map((r) => [...r]);
    (edited[rowOf(quotes, split)] as string[])[h.indexOf('content')] = [shorter, ...pieces.slice(1).map((p) => p.text)].join(' … ');
    const moved = importRows(edited);
    expect(moved.problems).toEqual([]);
    const got = moved.articles[0]?.statements.find((g) => g.content.start === split.content.start);
    expect(got?.content.pieces?.map((p) => p.text)).toEqual([shorter, ...pieces.slice(1).map((p) => p.text)]);
    expect(got?.content.end).toBe(split.content.end);
    expect(moved.articles[0]?.changes.join('\n')).toContain('pieces');
  });

  it('refuses rows it cannot place, says why, and writes nothing (through the CLI)', () => {
    const h = [...(quotes[0] as string[]), 'review'];
    const blank = () => h.map(() => '');
    const row = (content: string, act = 'SAY') => Object.assign(blank(), { [h.indexOf('article_id')]: 'budget', [h.indexOf('speaker')]: 'Someone', [h.indexOf('speaker_kind')]: 'person', [h.indexOf('act')]: act, [h.indexOf('content')]: content });
    const path = join(dir, 'bad.csv');
    writeFileSync(path, stringify([h, row('words that are nowhere in it'), row('Norvane'), row(MISSED, 'SHOUT')]));
    const candidates = join(dir, 'bad-candidates');
    const r = runReviewCli(['import', path, '--articles', join(out, 'articles'), '--out', candidates]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('row 2 (budget): content “words that are nowhere in it” is not in the article text');
    expect(r.stderr).toContain(`row 3 (budget): content “Norvane” is ambiguous: found ${ARTICLE.split('Norvane').length - 1} times`);
    expect(r.stderr).toContain('row 4 (budget): act "SHOUT" is not one of SAY');
    expect(existsSync(candidates)).toBe(false);
  });

  it('lists the changes on stdout and says where the candidate went (through the CLI)', () => {
    const h = [...(quotes[0] as string[]), 'review'];
    const first = result.statements[0] as Statement;
    const rows = [h, ...quotes.slice(1).map((r) => [...r, ''])];
    (rows[rowOf(quotes, first)] as string[])[h.indexOf('framing')] = 'DISTANCING';
    const path = join(dir, 'framing.csv');
    writeFileSync(path, stringify(rows));
    const candidates = join(dir, 'cli-candidates');
    const r = runReviewCli(['import', path, '--articles', join(out, 'articles'), '--out', candidates]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`~ ${first.id}: framing ${first.framing} → DISTANCING`);
    expect(r.stdout).toContain(`→ ${join(candidates, 'gold', 'budget.json')} (unconfirmed; confirm with: npm run review:confirm -- `);
    expect(Candidate.parse(JSON.parse(readFileSync(join(candidates, 'gold', 'budget.json'), 'utf8'))).status).toBe('unconfirmed');
  });
});

describe('review round trip, after the source changed', () => {
  it('still labels the text the run analysed, and warns', () => {
    const dir = tempDir('sa-review-src-');
    writeFileSync(join(dir, 'budget.txt'), ARTICLE);
    runPipeline({ inputs: [join(dir, 'budget.txt')], out: join(dir, 'out') });
    writeFileSync(join(dir, 'budget.txt'), `Updated: ${ARTICLE}`);
    const rows = parseCsv(readFileSync(join(dir, 'out', 'quotes.csv'), 'utf8'));
    rows[0]?.push('review');
    rows[1]?.push('ok');
    const imported = importReview([{ path: 'quotes.csv', text: stringify(rows) }], { articlesDir: join(dir, 'out', 'articles') });
    expect(imported.problems).toEqual([]);
    expect(imported.warnings).toEqual([`budget: ${join(dir, 'budget.txt')} changed since the run; the candidate labels the text the run analysed (in its article JSON)`]);
    expect(imported.articles[0]?.text).toBe(ARTICLE);
    expect(imported.articles[0]?.changes).toEqual([]); // marked ok: taken as it is
  }, 60_000);
});

describe('review helpers', () => {
  it.each([
    ['a,b\r\n"c ""d""","e\nf"\r\n', [['a', 'b'], ['c "d"', 'e\nf']]],
    ['\uFEFFx,y\n1,2', [['x', 'y'], ['1', '2']]],
    ['x,,\n', [['x', '', '']]],
  ])('parses CSV %j', (csv, rows) => expect(parseCsv(csv)).toEqual(rows));

  it('reads back what csv-stringify writes', () => {
    const rows = [['a', 'b,c', 'd "e"', 'f\ng', '', "'=1+1", ' lead']];
    expect(parseCsv(stringify(rows))).toEqual(rows);
  });

  it.each([
    ['Microsoft:AGAINST; Unit 8200:favor', [{ name: 'Microsoft', stance: 'AGAINST' }, { name: 'Unit 8200', stance: 'FAVOR' }]],
    ['', []],
    ['Ratio: 2:1 Ltd:NONE', [{ name: 'Ratio: 2:1 Ltd', stance: 'NONE' }]],
  ])('parses targets %j', (cell, targets) => expect(parseTargets(cell)).toEqual(targets));
  it('says which target is malformed', () => expect(parseTargets('Microsoft')).toMatch(/Name:STANCE/u));

  it.each([
    ['He said “we won” today.', 'we won', 'direct'],
    ['He said that we won.', 'we won', 'indirect'],
    ['He called it “a win” for all.', 'it “a win” for all', 'mixed'],
  ] as const)('infers the type of %j', (text, content, type) => {
    const start = text.indexOf(content);
    expect(inferType(text, start, start + content.length)).toBe(type);
  });

  it('finds text loosely in whitespace and quote style, exactly otherwise', () => {
    const text = 'She said “no  more\ndelays”. Then: "no more delays".';
    expect(findAll(text, 'said "no more delays"')).toEqual([{ start: 4, end: 26 }]);
    expect(findAll(text, 'no more delays').map((s) => text.slice(s.start, s.end))).toEqual(['no  more\ndelays', 'no more delays']);
    expect(findAll(text, 'No more delays')).toEqual([]);
  });
});
