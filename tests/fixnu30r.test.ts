// A new user's report problems (nu30): a tooltip reason that named another cause than the one that decided the
// stance (a party taken from the statement before, its stance read from the quote's own words, was said to be
// "carried over"), explain's silence on a cue word that gave no statement, the summary's unflagged counts, speaker
// colours of an article of many speakers, the sticky filter bar over the legends, and the README's review reasons.
// Sentences written for these tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deltaE } from './colour-helpers.js';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { runPipeline } from '../pipeline/runner.js';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/analyze.js';
import type { Statement } from '../src/model/article-result.js';
import { htmlTail, SPEAKER_COLORS, SPEAKER_PATTERNS, speakerPalette, UNFLAGGED_NOTE } from '../src/output/html-report.js';
import { SpeakerTally } from '../src/output/speaker-tally.js';
import { explainReasons } from '../src/output/review-reasons.js';
import { QUIET_REASONS } from '../src/stages/stance/review-flag.js';
import { ROOT } from './helpers.js';

const quoteOf = (text: string, words: string): Statement => {
  const s = analyzeArticle(text, { title: '' }).statements.find((x) => x.content.text.includes(words) || (x.content.pieces ?? []).some((p) => p.text.includes(words)));
  expect(s, words).toBeDefined();
  return s as Statement;
};
const reasonText = (s: Statement, id: string): string | undefined => explainReasons(s).find(([r]) => r === id)?.[1];

describe('a reason on a continued quote says what decided its stance', () => {
  it('does not call a stance carried over when the quote\'s own words decided it', () => {
    const s = quoteOf('Governor Odile Marsk said the Harbour Board had raised its fees because dredging costs were climbing faster than expected.\n\n'
      + '"We would sooner move too soon than too late," Marsk told a briefing in the port. "If we hold off, the bill for shippers will be far larger."', 'too soon');
    const t = s.targets.find((x) => x.name === 'Harbour Board');
    expect(t?.evidence?.[0]?.rule).not.toMatch(/carried/u);
    const line = reasonText(s, 'target:carried');
    expect(line).toBeDefined();
    expect(line).not.toMatch(/a stance is carried over/u);
    expect(line).toMatch(/no stance was carried over/u);
    expect(line).toContain(`[${t?.evidence?.[0]?.rule}]`);
    expect(reasonText(s, 'stance:continued-quote')).not.toMatch(/rests on/u);
  });
  it('still says carried over where the stance was carried (a neutral quote after a charge)', () => {
    const s = quoteOf('Union leader Petra Holm accused the Harbour Board of ignoring safety warnings for years.\n\n'
      + '"We will be back at the gates on Monday morning," Holm said.', 'back at the gates');
    expect(s.targets.find((x) => x.name === 'Harbour Board')?.evidence?.[0]?.rule).toBe('stance:against:carried');
    expect(reasonText(s, 'target:carried')).toMatch(/^a stance is carried over from the same speaker's statement just before[^:]*: Harbour Board AGAINST/u);
    expect(reasonText(s, 'stance:continued-quote')).toMatch(/: Harbour Board AGAINST$/u);
  });
  it('gives no carried reason to a quote that names its party', () => {
    const s = quoteOf('Union leader Petra Holm said the Harbour Board had raised its fees.\n\n"The Harbour Board moved too late," Holm told a briefing in the port.', 'moved too late');
    expect(s.reviewReasons ?? []).not.toContain('target:carried');
    expect(explainReasons(s).map(([r]) => r)).not.toContain('target:carried');
  });
  it('does not give the speaker\'s own stance, read outside the quote, to the carried line', () => {
    const s: Statement = {
      id: 'x#40-80', type: 'direct', act: 'DENY', framing: 'NEUTRAL', confidence: 0.9, rules: [],
      speaker: { name: 'Lena Voss', kind: 'person', role: 'minister' },
      content: { start: 40, end: 80, text: 'The critics know these sums very well,' },
      targets: [
        { name: 'Lena Voss', stance: 'FAVOR', evidence: [{ rule: 'stance:favor:self-defence', start: 5, end: 13, text: 'rejected' }] },
        { name: 'Aron Kiel', stance: 'AGAINST', evidence: [{ rule: 'stance:against:carried', note: 'carried from the same speaker\u2019s statement before' }] },
      ],
      reviewReasons: ['stance:continued-quote', 'target:carried'], needsReview: true,
    } as unknown as Statement;
    const line = reasonText(s, 'target:carried') as string;
    expect(line).toContain('Aron Kiel AGAINST');
    expect(line).not.toContain('Lena Voss');
  });
});

describe('speakers of one article of up to sixteen stay apart', () => {
  const styles = (n: number): string[] => {
    const color = speakerPalette();
    const names = Array.from({ length: n }, (_, i) => `Speaker ${i}`);
    color.forArticle(names);
    return names.map((x) => color(x));
  };
  it('gives an article of eleven speakers eleven plain colours, any two 30 or more apart (no hatched twin of a plain one)', () => {
    const eleven = styles(11);
    expect(eleven.every((x) => !x.includes('--p:'))).toBe(true);
    expect(new Set(eleven).size).toBe(11);
    for (const [i, a] of eleven.entries()) for (const b of eleven.slice(i + 1)) expect(deltaE(a, b), `${a} ${b}`).toBeGreaterThanOrEqual(30);
    // (the pair a user could not tell apart: the blue, plain and hatched, as the ninth speaker had it)
    expect(styles(9)[8]).not.toContain(SPEAKER_COLORS[0] as string);
  });
  it('gives sixteen speakers sixteen styles, a patterned one dotted first, and no pattern of lines along the text', () => {
    const sixteen = styles(16);
    expect(new Set(sixteen).size).toBe(16);
    expect(sixteen[11]).toContain(`--p:${SPEAKER_PATTERNS[0]}`);
    expect(SPEAKER_PATTERNS[0]).toMatch(/^radial-gradient/u);
    // (stripes across a highlight, a linear gradient at 0 or 180 degrees or "to top/bottom", read as a strike-through)
    for (const p of SPEAKER_PATTERNS) {
      const m = /linear-gradient\(([^,]+),/u.exec(p);
      if (!m) continue;
      const dir = (m[1] as string).trim();
      expect(/^(?:0|180|360)deg$|^to (?:top|bottom)$/u.test(dir), p).toBe(false);
      expect(/deg$|^to /u.test(dir), `${p}: a direction is given (the default is "to bottom")`).toBe(true);
    }
  });
  it('keeps the plain colours light under the ink and off the stance colours', () => {
    for (const c of SPEAKER_COLORS) for (const stance of ['#16a34a', '#dc2626']) expect(deltaE(c, stance), `${c} vs ${stance}`).toBeGreaterThan(40);
  });
});

describe('the review_reasons cell of docs/usage.md (the README links its CSV section) is short, and its details are in docs/review-reasons.md', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const usage = readFileSync(join(ROOT, 'docs', 'usage.md'), 'utf8');
  const cell = usage.split('\n').find((l) => l.startsWith('| `review_reasons` |')) as string;
  const doc = readFileSync(join(ROOT, 'docs', 'review-reasons.md'), 'utf8');
  it('keeps the cell under 200 words, with the link and the listed-only reasons', () => {
    expect(readme).toContain('](docs/usage.md#the-csvs)');
    expect(cell.split(/\s+/u).length).toBeLessThan(200);
    expect(cell).toContain('](review-reasons.md)');
    for (const r of QUIET_REASONS) expect(cell, r).toContain(`\`${r}\``);
  });
  it('keeps in the doc the examples and notes the cell held', () => {
    for (const x of ['"in Ashmere"', 'a source close to the Brenton board', '`tone`, the tie-break', 'the words hold both a wrongdoing and a justification',
      'an admission of one\'s own fault is AGAINST oneself', '`no-cue`', 'one user on X', 'rather than from the cue']) expect(doc, x).toContain(x);
  });
});

describe('explain says, for each cue word of a sentence asked about, that it gave no statement', () => {
  const explain = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', ...args], { encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'nu30r-explain-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Ferry row\n\nThe crew union blamed the operator for the cancelled sailings, an accusation the operator rejected on Monday.\n\n'
    + 'The harbour master said the timetable would return to normal next week.\n\n"They rejected every offer we made," the union secretary said.\n');
  it('names a cue word that gave no statement, and whether the cue finder read it as a cue', () => {
    // (a denial in a relative clause after the charge: a statement of its own, or a line that says it gave none)
    const r = explain(file, '--grep', 'an accusation the operator');
    expect(r.status).toBe(0);
    if (!/cue="rejected"/u.test(r.stdout)) expect(r.stdout).toMatch(/^cue word "rejected" @\d+ \(reject, [A-Z_]+\): no statement\. The cue finder (?:read|did not read) it as a cue here/mu);
    expect(r.stdout).toMatch(/cue="blamed"/u);
    expect(r.stdout).not.toMatch(/^cue word "blamed"/mu);
    // (a cue with nothing said: read as a cue, no statement built; a participle of a question put to someone: not read)
    expect(explain('The ferry operator said nothing about the refunds.').stdout).toMatch(/^cue word "said" @19 \(say, SAY\): no statement\. The cue finder read it as a cue here, but the statement stage built none from it/mu);
    expect(explain('Asked about the refunds, the ferry operator stayed silent.').stdout).toMatch(/^cue word "Asked" @0 \(ask, [A-Z_]+\): no statement\. The cue finder did not read it as a cue here \(tagged [A-Z]+/mu);
  });
  it('says a cue word used as a noun asks for a verb', () => {
    const r = explain('The charge was dropped on Friday after a short hearing.');
    expect(r.stdout).toMatch(/^cue word "charge" @4 \(charge, ACCUSE\): no statement: it is tagged NOUN, and its entry in cues\.json asks for a verb/mu);
  });
  it('prints no such line for a sentence whose cue gave its statement, nor for cue words inside a quote', () => {
    const said = explain(file, '--grep', 'harbour master said');
    expect(said.stdout).toMatch(/cue="said"/u);
    expect(said.stdout).not.toMatch(/^cue word/mu);
    const quoted = explain(file, '--grep', 'every offer we made');
    expect(quoted.stdout).toMatch(/cue="said"/u);
    expect(quoted.stdout).not.toMatch(/^cue word "rejected"/mu);
  });
  it('prints no such line for a whole file without --grep', () => {
    expect(explain(file).stdout).not.toMatch(/^cue word/mu);
  });
});

describe('the per-speaker summary says what its solid (unflagged) counts are worth', () => {
  it('says in the caption, with the README\'s measured figures, that unflagged statements are often wrong too', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /against (\d+) % of unflagged ones \(dev: \d+ % flagged, \d+ % against (\d+) %\)/u.exec(readme);
    expect(m, 'the README\'s needs_review figures').not.toBeNull();
    const [, train, dev] = m as RegExpExecArray;
    expect(UNFLAGGED_NOTE).toContain(`${train} % (train) to ${dev} % (dev) of unflagged statements`);
    const tally = new SpeakerTally();
    tally.add({ article: { id: 'a', source: 'a.txt', title: 'a' }, messages: [], statements: [
      { act: 'CRITICIZE', framing: 'NEUTRAL', speaker: { name: 'Rosa Inders', kind: 'person', role: null, mention: { text: 'Rosa Inders' } }, targets: [{ name: 'Quay Trust', stance: 'AGAINST' }] },
    ] });
    const html = htmlTail(tally.sorted(), { articles: 1, statements: 1, failures: [] }, speakerPalette());
    expect(html).toContain(UNFLAGGED_NOTE);
    expect(html).toContain('title="AGAINST 1 not flagged (not checked either)"');
  });
});

describe.skipIf(!existsSync('/usr/bin/chromium'))('the sticky filter bar leaves an article\'s speaker legend in view (chromium)', () => {
  const names = ['Ines Marlow', 'Tobias Grell', 'Amara Quelch', 'Leon Hask', 'Nadia Perrin', 'Oskar Vellum', 'Ruth Calder', 'Sami Ostrova', 'Petra Lind', 'Viktor Anselm', 'Greta Holm', 'Hugo Brannagh'];
  const text = `Quay plan delayed again\n\n${names.map((n, i) => `${n}, a member of the harbour forum, said the quay plan ${['was late', 'had cost too much', 'needed a vote', 'was sound'][i % 4]}.`).join('\n\n')}\n`;
  let context: BrowserContext;
  let page: Page;
  const bar = async () => page.evaluate(() => {
    const f = (document.getElementById('filters') as HTMLElement).getBoundingClientRect();
    const l = (document.querySelector('ul.legend') as HTMLElement).getBoundingClientRect();
    return { bar: f.bottom, legend: l.top, scrolled: window.scrollY };
  });
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nu30r-html-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'quay.txt'), text);
    runPipeline({ inputs: [join(dir, 'in')], out: join(dir, 'out') });
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'nu30r-chromium-')), {
      executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1280, height: 700 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = context.pages()[0] ?? await context.newPage();
    await page.goto(`${pathToFileURL(join(dir, 'out', 'report.html')).href}#a-quay`);
  }, 60_000);
  afterAll(async () => { await context?.close(); });
  it('a link to the article stops below the bar', async () => {
    const at = await bar();
    expect(at.scrolled).toBeGreaterThan(0);
    expect(at.legend).toBeGreaterThanOrEqual(at.bar);
  });
  it('"Next match" to the first speaker\'s statement shows the legend above it, below the bar, with the note shown', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.selectOption('#f-speaker', 'Ines Marlow');
    await page.click('#f-next');
    const at = await bar();
    expect(at.scrolled).toBeGreaterThan(0);
    expect(at.legend).toBeGreaterThanOrEqual(at.bar);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.speaker)).toBe('Ines Marlow');
  });
  it('draws the twelve speakers with twelve styles', async () => {
    const styles = await page.evaluate(() => [...document.querySelectorAll('ul.legend .sw')].map((e) => (e as HTMLElement).getAttribute('style')));
    expect(styles.length).toBe(12);
    expect(new Set(styles).size).toBe(12);
  });
});
