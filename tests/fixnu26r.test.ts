// A new user's report problems (nu26): the summary's stance counts that rest on doubted decisions, review reasons that
// quotes.csv listed and report.html did not, tooltip sentences that named another cause than the rule that decided,
// patterned speaker highlights that looked plain, new review flags, and the README's set-up. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from '../src/model/article-result.js';
import type { DraftStatement } from '../src/model/document.js';
import { htmlArticle, htmlTail, SPEAKER_COLORS, SPEAKER_PATTERNS, speakerPalette } from '../src/output/html-report.js';
import { digestOf, type ResultDigest } from '../src/output/report-writer.js';
import { explainReasons } from '../src/output/review-reasons.js';
import { overallSpeakerRows } from '../src/output/rows.js';
import { SpeakerTally } from '../src/output/speaker-tally.js';
import { admitOfThirdParty, flagForReview, insideWhetherClause, QUIET_REASONS, speakerIsMedium } from '../src/stages/stance/review-flag.js';
import { ROOT } from './helpers.js';

const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&');

type DigestStatement = ResultDigest['statements'][number];
const said = (speaker: string, targets: DigestStatement['targets'], needsReview = false): DigestStatement => ({
  act: 'CRITICIZE', framing: 'NEUTRAL', ...(needsReview ? { needsReview: true } : {}),
  speaker: { name: speaker, kind: 'person', role: null, mention: { text: speaker } }, targets,
});
const digest = (id: string, statements: DigestStatement[]): ResultDigest => ({ article: { id, source: `${id}.txt`, title: id }, statements, messages: [] });

describe('the summary counts stances that rest on flagged statements or weak rules apart', () => {
  // Hela Dorn: three AGAINST Brook Council from flagged statements or guessed targets, one firm AGAINST Port Authority.
  const run = digest('a', [
    said('Hela Dorn', [{ name: 'Brook Council', stance: 'AGAINST', weak: true }]),
    said('Hela Dorn', [{ name: 'Brook Council', stance: 'AGAINST' }], true),
    said('Hela Dorn', [{ name: 'Brook Council', stance: 'AGAINST' }], true),
    said('Hela Dorn', [{ name: 'Port Authority', stance: 'AGAINST' }]),
  ]);
  it('tallies the doubted part of each stance count, and speakers.csv says it', () => {
    const tally = new SpeakerTally();
    tally.add(run);
    const [hela] = tally.sorted();
    expect(hela?.flagged?.get('Brook Council')?.get('AGAINST')).toBe(3);
    expect(hela?.flagged?.has('Port Authority')).toBe(false);
    const row = overallSpeakerRows(tally.sorted())[0] as string[];
    expect(row[8]).toBe('Brook Council:AGAINST 3 (3 flagged); Port Authority:AGAINST 1');
  });
  it('keeps the doubted counts through a tally spilled to disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nu26r-'));
    try {
      const tally = new SpeakerTally({ spillPath: join(dir, 'spill'), maxSpeakers: 1 });
      tally.add(run);
      tally.add(digest('b', [said('Ivo Lamm', [{ name: 'Brook Council', stance: 'FAVOR' }], true)]));
      tally.add(digest('c', [said('Hela Dorn', [{ name: 'Brook Council', stance: 'AGAINST' }], true)]));
      const all = [...tally.ordered()];
      expect(all.find((c) => c.name === 'Hela Dorn')?.flagged?.get('Brook Council')?.get('AGAINST')).toBe(4);
      expect(all.find((c) => c.name === 'Ivo Lamm')?.flagged?.get('Brook Council')?.get('FAVOR')).toBe(1);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
  it('shows "(n flagged)" and a hatched part in report.html, and puts the firm target first', () => {
    const tally = new SpeakerTally();
    tally.add(run);
    const html = htmlTail(tally.sorted(), { articles: 1, statements: 4, failures: [] }, speakerPalette());
    const order = [...html.matchAll(/aria-label="stance toward ([^:"]+)/gu)].map((m) => m[1]);
    expect(order).toEqual(['Port Authority', 'Brook Council']);
    expect(html).toContain('AGAINST 3 (3 flagged)');
    expect(html).toMatch(/<span class="flagged" style="flex:3;background-color:#dc2626;background-image:repeating-linear-gradient/u);
    expect(html).toContain('hatched: flagged or weak');
  });
  it('marks a target decided by a weak rule in the digest, and not one decided by a plain cue', () => {
    const text = 'Hela Dorn said the council had wasted the grant.';
    const st: Statement = {
      id: 'a#15-47', type: 'indirect', content: { start: 15, end: 47, text: text.slice(15, 47) }, cue: null,
      speaker: { name: 'Hela Dorn', mention: null, role: null, kind: 'person' }, act: 'CRITICIZE', framing: 'NEUTRAL', confidence: 0.8,
      targets: [{ name: 'Brook Council', stance: 'AGAINST', evidence: [{ rule: 'stance:against:accused-opponent' }] }, { name: 'Port Authority', stance: 'AGAINST', evidence: [{ rule: 'stance:against:accused' }] }],
    };
    const d = digestOf({ schemaVersion: 1, article: { id: 'a', source: 'a.txt', title: 'A', text }, statements: [st], messages: [] });
    expect(d.statements[0]?.targets).toEqual([{ name: 'Brook Council', stance: 'AGAINST', weak: true }, { name: 'Port Authority', stance: 'AGAINST' }]);
  });
});

// A statement of an article for report.html.
const TEXT = 'Harbour pilot Ilse Varga said the port board had ignored the warnings. "They never listened," she said.';
const stmt = (over: Partial<Statement>): Statement => ({
  id: 'h#27-70', type: 'indirect', content: { start: 27, end: 70, text: TEXT.slice(27, 70) }, cue: { start: 22, end: 26, text: 'said', lemma: 'say' },
  speaker: { name: 'Ilse Varga', mention: { start: 14, end: 24, text: 'Ilse Varga' }, role: 'pilot', kind: 'person' }, act: 'CRITICIZE', framing: 'NEUTRAL', targets: [], confidence: 0.8, ...over,
});
const attr = (html: string, name: string): string => unescape(html.match(new RegExp(`${name}="([^"]*)"`, 'u'))?.[1] ?? '');
const page = (s: Statement) => htmlArticle({ schemaVersion: 1, article: { id: 'h', source: 'h.txt', title: 'H', text: TEXT }, statements: [s], messages: [] }, speakerPalette());

describe('report.html lists the same review reasons as quotes.csv', () => {
  it('gives data-reasons on an unflagged row whose review_reasons lists a reason, saying it does not flag', () => {
    const html = page(stmt({ needsReview: false, reviewReasons: ['target:against-own-side'] }));
    expect(attr(html, 'data-review')).toBe('');
    const reasons = JSON.parse(attr(html, 'data-reasons')) as string[];
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toContain('[target:against-own-side]');
    expect(reasons[0]).toContain('listed only: does not flag a row alone');
  });
  it('leaves data-reasons empty only when review_reasons is', () => {
    expect(attr(page(stmt({})), 'data-reasons')).toBe('');
  });
  it('does not call a flag-raising reason "listed only"', () => {
    const reasons = JSON.parse(attr(page(stmt({ needsReview: true, reviewReasons: ['stance:tone'] })), 'data-reasons')) as string[];
    expect(reasons[0]).not.toContain('listed only');
  });
  it('lists in the tooltip every id of review_reasons, in order, whatever the targets', () => {
    const reasons = ['target:guessed-opponent', 'target:not-named', 'target:from-pronoun', 'target:carried', 'target:against-own-side', 'stance:tone'];
    for (const targets of [[], [{ name: 'Port Board', stance: 'AGAINST' as const, evidence: [{ rule: 'stance:against:accused-opponent' }] }], [{ name: 'Ilse Varga', stance: 'AGAINST' as const }]]) {
      const html = page(stmt({ targets, reviewReasons: reasons, needsReview: true }));
      const ids = (JSON.parse(attr(html, 'data-reasons')) as string[]).map((x) => /\[([^\]]+)\](?: \(listed only[^)]*\))?$/u.exec(x)?.[1]);
      expect(ids).toEqual(reasons);
    }
  });
  it('names in docs/usage.md (the README links its CSV section) every reason that is listed only, as such', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('](docs/usage.md#the-csvs)');
    const usage = readFileSync(join(ROOT, 'docs', 'usage.md'), 'utf8');
    const at = usage.indexOf('**Which reasons flag a row, which are listed only**');
    expect(at).toBeGreaterThan(0);
    const part = usage.slice(at, usage.indexOf('\n', at));
    for (const r of QUIET_REASONS) expect(part, r).toContain(`\`${r}\``);
  });
});

describe('the tooltip\'s reasons come from the rule that decided each target', () => {
  it('says a guessed opponent once, by its rule, not also as "the speaker\'s own side"', () => {
    const s = stmt({
      targets: [{ name: 'Port Board', stance: 'AGAINST', evidence: [{ rule: 'stance:against:accused-opponent', start: 53, end: 60, text: 'ignored' }] }],
      reviewReasons: ['target:guessed-opponent', 'target:not-named'], needsReview: true,
      content: { start: 27, end: 70, text: 'the harbour had ignored the warnings for y' },
    });
    const lines = explainReasons(s);
    expect(lines.map(([r]) => r)).toEqual(['target:guessed-opponent', 'target:not-named']);
    expect(lines[1]?.[1]).toBe('a stance is given to a party the statement does not name, the one guessed above: Port Board AGAINST');
    expect(lines[0]?.[1]).toContain('Port Board AGAINST from “ignored” [stance:against:accused-opponent]');
    expect(lines.map(([, t]) => t).join(' ')).not.toContain('own side');
  });
  it('says "own side" for a party not named only when it is the speaker\'s own body', () => {
    const own = stmt({ speaker: { name: 'Ilse Varga', mention: null, role: 'pilot', kind: 'person', affiliation: 'Pilots Guild' }, targets: [{ name: 'Pilots Guild', stance: 'FAVOR', evidence: [{ rule: 'stance:favor:self-report' }] }], reviewReasons: ['target:not-named'] });
    expect(explainReasons(own)[0]?.[1]).toContain('own side');
    const other = stmt({ targets: [{ name: 'Fenwick Dock Company', stance: 'AGAINST', evidence: [{ rule: 'stance:against:adverse-report' }] }], reviewReasons: ['target:not-named'] });
    expect(explainReasons(other)[0]?.[1]).not.toContain('own side');
    expect(explainReasons(other)[0]?.[1]).toContain('Fenwick Dock Company AGAINST [stance:against:adverse-report]');
  });
  it('says a pronoun-reached party took its stance from words of another sentence, when it did', () => {
    // "They never listened," she said. — AGAINST the port board, decided by "ignored" of the sentence before
    const q = { start: TEXT.indexOf('They'), end: TEXT.indexOf('listened') + 'listened,'.length };
    const s = stmt({
      type: 'direct', content: { ...q, text: TEXT.slice(q.start, q.end) }, cue: { start: TEXT.lastIndexOf('said'), end: TEXT.lastIndexOf('said') + 4, text: 'said', lemma: 'say' },
      targets: [{ name: 'Harbour Board', stance: 'AGAINST', evidence: [{ rule: 'stance:against:accused', start: 53, end: 60, text: 'ignored' }] }], reviewReasons: ['target:from-pronoun'], needsReview: true,
    });
    const [[, text]] = explainReasons(s) as [[string, string]];
    expect(text).toContain('words outside the statement');
    expect(text).toContain('Harbour Board AGAINST from “ignored” [stance:against:accused], words outside this statement');
  });
  it('does not call the statement\'s own cue "outside"', () => {
    const s = stmt({ targets: [{ name: 'Harbour Board', stance: 'AGAINST', evidence: [{ rule: 'stance:against:accused', start: 22, end: 26, text: 'said' }] }], reviewReasons: ['target:from-pronoun'], needsReview: true });
    const [[, text]] = explainReasons(s) as [[string, string]];
    expect(text).not.toContain('outside');
    expect(text).toContain('a target was read from a pronoun');
  });
});

describe('patterned speaker highlights stand out on every colour', () => {
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const lum = ([r, g, b]: number[]) => {
    const [x, y, z] = [r, g, b].map((c) => { const v = (c as number) / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }) as [number, number, number];
    return 0.2126 * x + 0.7152 * y + 0.0722 * z;
  };
  it('has pattern marks with a luminance contrast of 1.5 or more against every speaker colour (white hatching on yellow had 1.05)', () => {
    for (const p of SPEAKER_PATTERNS) {
      const m = /rgba\((\d+),(\d+),(\d+),([\d.]+)\)/u.exec(p);
      expect(m, p).not.toBeNull();
      const [pr, pg, pb, a] = (m as RegExpExecArray).slice(1).map(Number) as [number, number, number, number];
      for (const c of SPEAKER_COLORS) {
        const base = rgb(c);
        const blend = base.map((v, i) => (1 - a) * v + a * ([pr, pg, pb][i] as number));
        const [hi, lo] = [lum(base), lum(blend)].sort((x, y) => y - x) as [number, number];
        expect((hi + 0.05) / (lo + 0.05), `${p} on ${c}`).toBeGreaterThanOrEqual(1.5);
      }
    }
  });
  it('gives every pair of 40 speakers of one article a different colour or pattern', () => {
    const color = speakerPalette();
    const names = Array.from({ length: 40 }, (_, i) => `Speaker ${i}`);
    color.forArticle(names);
    expect(new Set(names.map((n) => color(n))).size).toBe(40);
  });
});

describe('new review flags', () => {
  const draft = (text: string, over: Partial<DraftStatement>, content: string): DraftStatement => {
    const start = text.indexOf(content);
    return {
      type: 'indirect', content: { start, end: start + content.length, text: content }, cue: null, sentence: 0,
      speaker: { name: 'Ada Morrow', mention: null, role: null, kind: 'person' }, act: 'SAY', framing: 'NEUTRAL', targets: [], confidence: 0.8, ...over,
    };
  };
  const at = (text: string, words: string, from = 0) => ({ start: text.indexOf(words, from), end: text.indexOf(words, from) + words.length, text: words });
  const flag = (text: string, st: DraftStatement, previous?: DraftStatement) => flagForReview(text, [{ index: 0, start: 0, end: text.length }] as never, st, previous);

  describe('speaker:medium-word', () => {
    it('flags a platform after "on" and a blog after "in" as the speaker, and raises the flag', () => {
      const t1 = '"The queue was three hours long," wrote one reader on Threads.';
      const s1 = draft(t1, { speaker: { name: 'Threads', mention: at(t1, 'one reader on Threads'), role: null, kind: 'organization' }, cue: { ...at(t1, 'wrote'), lemma: 'write' } }, 'The queue was three hours long,');
      expect(speakerIsMedium(t1, s1)).toBe(true);
      expect(flag(t1, s1).needsReview).toBe(true);
      const t2 = 'Marek Holt said in the blog post the ferry would run again and denied that fares would rise.';
      const s2 = draft(t2, { speaker: { name: 'blog', mention: at(t2, 'the blog'), role: null, kind: 'document' }, cue: { ...at(t2, 'denied'), lemma: 'deny' } }, 'fares would rise');
      expect(flag(t2, s2).reviewReasons).toContain('speaker:medium-word');
    });
    it('must not fire on a document that GUIDE lets speak, inside another statement or not ("the footage showed")', () => {
      const t = 'The report said footage from the depot showed the gate left open.';
      const inner = draft(t, { speaker: { name: 'footage', mention: at(t, 'footage from the depot'), role: null, kind: 'document' }, cue: { ...at(t, 'showed'), lemma: 'show' } }, 'the gate left open');
      expect(speakerIsMedium(t, inner)).toBe(false);
    });
    it('must not fire on a medium word that is the subject of its own sentence, nor on a person', () => {
      const t1 = 'The ruling said the zoning rules were sound.';
      const s1 = draft(t1, { speaker: { name: 'ruling', mention: at(t1, 'The ruling'), role: null, kind: 'document' }, cue: { ...at(t1, 'said'), lemma: 'say' } }, 'the zoning rules were sound');
      expect(speakerIsMedium(t1, s1)).toBe(false);
      const t2 = 'Posting on Threads, Marek Holt said the ferry would run again.';
      const s2 = draft(t2, { speaker: { name: 'Marek Holt', mention: at(t2, 'Marek Holt'), role: null, kind: 'person' }, cue: { ...at(t2, 'said'), lemma: 'say' } }, 'the ferry would run again');
      expect(speakerIsMedium(t2, s2)).toBe(false);
      expect(flag(t2, s2).reviewReasons ?? []).not.toContain('speaker:medium-word');
    });
  });

  describe('act:admit-third-party', () => {
    const admit = (text: string, content: string, name = 'Tenants Union', affiliation?: string) =>
      draft(text, { act: 'ADMIT', rules: ['indirect:forward', 'act:content-admission'], speaker: { name, mention: null, role: null, kind: 'organization', ...(affiliation ? { affiliation } : {}) } }, content);
    it('flags an ADMIT read from the content that speaks of a third party\'s failing, and raises the flag', () => {
      const t = 'The Tenants Union said the new rent cap fell short of what was promised.';
      const st = admit(t, 'the new rent cap fell short of what was promised');
      expect(admitOfThirdParty(t, st)).toBe(true);
      expect(flag(t, st).needsReview).toBe(true);
    });
    it('must not fire on an admission in the first person, or one naming the speaker', () => {
      const t1 = 'The Tenants Union said we fell short of what we promised our members.';
      expect(admitOfThirdParty(t1, admit(t1, 'we fell short of what we promised our members'))).toBe(false);
      const t2 = 'The union said the Tenants Union had fallen short of its own targets.';
      expect(admitOfThirdParty(t2, admit(t2, 'the Tenants Union had fallen short of its own targets'))).toBe(false);
    });
    it('must not fire on an ADMIT that an admitting cue decided', () => {
      const t = 'The Tenants Union admitted that the rent cap had come too late.';
      const st = { ...admit(t, 'the rent cap had come too late'), rules: ['indirect:forward'] };
      expect(admitOfThirdParty(t, st)).toBe(false);
    });
  });

  describe('statement:inside-whether', () => {
    it('flags a statement whose speaker and cue sit in a "whether" clause, and raises the flag', () => {
      const t = 'Inspector Lou Bram said the board would examine whether the operator had disclosed the fault within a week.';
      const st = draft(t, { speaker: { name: 'operator', mention: at(t, 'the operator'), role: null, kind: 'organization' }, cue: { ...at(t, 'disclosed'), lemma: 'disclose' } }, 'the fault within a week');
      expect(insideWhetherClause(t, st)).toBe(true);
      expect(flag(t, st).needsReview).toBe(true);
    });
    it('must not fire where "whether" or "if" belongs to what was said, or ends before a comma', () => {
      const t1 = 'Lou Bram said the board would decide whether the bridge reopens in May.';
      const s1 = draft(t1, { speaker: { name: 'Lou Bram', mention: at(t1, 'Lou Bram'), role: null, kind: 'person' }, cue: { ...at(t1, 'said'), lemma: 'say' } }, 'the board would decide whether the bridge reopens in May');
      expect(insideWhetherClause(t1, s1)).toBe(false);
      const t2 = 'Asked if the bridge would reopen in May, Lou Bram said repairs were on schedule.';
      const s2 = draft(t2, { speaker: { name: 'Lou Bram', mention: at(t2, 'Lou Bram'), role: null, kind: 'person' }, cue: { ...at(t2, 'said'), lemma: 'say' } }, 'repairs were on schedule');
      expect(insideWhetherClause(t2, s2)).toBe(false);
    });
  });
});

describe('every review reason has its sentence, in the code and in docs/review-reasons.md', () => {
  it('explains each reason the new flags set, and lists every sentence in the docs, listed-only ones marked', async () => {
    const { REVIEW_REASON_TEXT } = await import('../src/output/review-reasons.js');
    for (const id of ['speaker:medium-word', 'act:admit-third-party', 'statement:inside-whether']) expect(REVIEW_REASON_TEXT[id], id).toBeDefined();
    const doc = readFileSync(join(ROOT, 'docs', 'review-reasons.md'), 'utf8');
    for (const [id, text] of Object.entries(REVIEW_REASON_TEXT)) expect(doc, id).toContain(`| \`${id}\` | ${text}${QUIET_REASONS.includes(id) ? ' (*listed only*)' : ''} |`);
  });
});

describe('the README\'s set-up and first use', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const setup = readme.slice(readme.indexOf('## Set-up'), readme.indexOf('## Use it on your own articles'));
  it('keeps the two commands, and says npm test is an optional check of 20-35 minutes', () => {
    expect(setup).toContain('npm ci && npm run pipeline');
    expect(setup).toMatch(/^npm test .*optional.*20-35 minutes/mu);
    expect(setup).toMatch(/not a step you need before using the tool/u);
  });
  it('points to "Use it on your own articles" before the set-up', () => {
    const link = readme.indexOf('](#use-it-on-your-own-articles)');
    expect(link).toBeGreaterThan(0);
    expect(link).toBeLessThan(readme.indexOf('## Set-up'));
  });
  it('says in step 2 what --ext txt keeps out', () => {
    const use = readme.slice(readme.indexOf('## Use it on your own articles'), readme.indexOf('## Usage'));
    const step2 = use.slice(use.indexOf('\n2. '), use.indexOf('\n3. '));
    expect(step2).toContain('--ext txt');
    expect(step2).toMatch(/notes/u);
    expect(step2).toMatch(/read as an article/u);
  });
});
