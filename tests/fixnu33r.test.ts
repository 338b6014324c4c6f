// A new user's web paste and reports (nu33 1b, 1c, 7.1, 7.2; nu32 6, 8): invisible characters that split a name,
// the page's own lines (byline, timestamp, advertisement, share bar, "Read more") read as body text, the summary's
// missing self-stance, doubtful speaker names missing from messages.csv, explain --grep printing nothing, target:place
// for a court. Sentences written for these tests.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeDocument } from '../src/analyze.js';
import type { ArticleResult, Statement } from '../src/model/article-result.js';
import type { DraftStatement } from '../src/model/document.js';
import { htmlToArticle } from '../src/ingest/html-text.js';
import { pageLineKind, readableText } from '../src/ingest/readable-text.js';
import { htmlTail, speakerPalette } from '../src/output/html-report.js';
import type { ResultDigest } from '../src/output/report-writer.js';
import { doubtfulSpeakerMessages, messageRows } from '../src/output/rows.js';
import { SpeakerTally } from '../src/output/speaker-tally.js';
import { placeTargets, speakerNotAName } from '../src/stages/stance/review-flag.js';
import { formatSummary } from '../pipeline/summary.js';
import type { RunSummary } from '../pipeline/runner.js';
import { spansHold } from './helpers.js';

const speakers = (r: ArticleResult): string[] => r.statements.map((s) => s.speaker.name);

describe('invisible characters of a web page are read through, and the offsets stay the file\'s (nu33 1c, nu32 6)', () => {
  it('a zero-width space between a given name and a family name makes one person, not two speakers', () => {
    const text = 'Port strike enters third week\nThe dockers will not return until pay is settled, said Mara\u200bLindqvist, the union\'s general secretary.\nLindqvist said talks would resume on Monday.\n';
    const r = analyzeArticle(text);
    expect(speakers(r)).toEqual(['Mara Lindqvist', 'Mara Lindqvist']);
    expect(r.article.text).toBe(text);
    spansHold(r);
  });

  it('a word joiner (U+2060) between two names is read as a space too', () => {
    const r = analyzeArticle('Library hours cut\nCouncillor Ben\u2060Otway said the cuts would hit students hardest.\n');
    expect(speakers(r)).toEqual(['Ben Otway']);
    spansHold(r);
  });

  it('a soft hyphen inside a family name is read as nothing: one name, whose mention still holds the character', () => {
    const text = 'Rail fares to rise\nTransport spokesperson Ilse Vand\u00ADerberg criticised the increase. "Passengers are paying more for less," Vanderberg said.\n';
    const r = analyzeArticle(text);
    expect(speakers(r)).toEqual(['Ilse Vanderberg', 'Ilse Vanderberg']);
    expect(r.statements[0]?.speaker.mention?.text).toBe('Transport spokesperson Ilse Vand\u00ADerberg');
    spansHold(r);
  });

  it('a zero-width space after a closing quote does not split the quote: one statement, both pieces, one speaker', () => {
    const r = analyzeArticle('Farmers lose patience\n\u201CWe waited a whole year,\u201D\u200B Okonjo said. \u201CNow we act.\u201D\n');
    expect(r.statements).toHaveLength(1);
    expect(r.statements[0]?.speaker.name).toBe('Okonjo');
    expect(r.statements[0]?.content.pieces?.map((p) => p.text)).toEqual(['We waited a whole year,', 'Now we act.']);
    expect(r.messages.filter((m) => m.ruleId === 'quote:unattributed')).toEqual([]);
    spansHold(r);
  });

  it('writes one message naming the file and the count of such characters', () => {
    const r = analyzeArticle('Bridge shut\nEngineer Tomas\u200BBrek said the bridge was unsafe, and Ana Vel\u00ADlez said repairs would take a year.\n', { source: 'paste/bridge.txt' });
    const notes = r.messages.filter((m) => m.ruleId === 'input:invisible-characters');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.reason).toMatch(/^paste\/bridge\.txt: 1 zero-width character .*; 1 soft hyphen/u);
  });

  it('near miss: a byte-order mark opening the file, or a plain hyphenated name, gives no message and no change', () => {
    const r = analyzeArticle('\uFEFFSchool to close\nHeadteacher Anne-Marie Duclos said the school would close in July.\n');
    expect(r.messages.filter((m) => m.ruleId.startsWith('input:'))).toEqual([]);
    expect(speakers(r)).toEqual(['Anne-Marie Duclos']);
    expect(readableText('Plain text, with a hyphen-ated word.')).toBeNull();
  });
});

describe('the web page\'s own lines are no body text (nu33 1b, 7.6; nu32 6)', () => {
  it.each([
    ['By Staff Reporter', 'byline'],
    ['By JANE ROOK and TOM ASH, Coastal News Agency', 'byline'],
    ['Reporting by Ana Ruiz in Lisbon; Editing by Tom Hale', 'byline'],
    ['By Staff Reporter | Published 12:04 GMT', 'byline'],
    ['Published 3 March 2026, 18:40 BST | Updated 2 hours ago', 'timestamp'],
    ['ADVERTISEMENT', 'advertisement or share bar'],
    ['Share this article   Facebook  Twitter  Email', 'advertisement or share bar'],
    ['Read more: Floods close the coast road', 'link to another story'],
  ])('%s is the page\'s (%s)', (line, kind) => {
    expect(pageLineKind(line)).toBe(kind);
  });

  it.each([
    'By Thursday afternoon, volunteers had cleared most of the beach.',
    'By Sunday morning the river had dropped below its banks.',
    'Share prices fell on Monday, the exchange said.',
    'Read more about the plan on the council website, the mayor said.',
    'Advertisement revenue fell by a third, the broadcaster said.',
    'Updated figures showed 40 deaths, officials said.',
  ])('near miss: "%s" is body text', (line) => {
    expect(pageLineKind(line)).toBeNull();
  });

  it('a pronoun opening the body after a byline does not go to the byline\'s writer (.txt)', () => {
    const r = analyzeArticle('Ferry service saved\nBy Marta Quill\nHe insisted the ferry would keep running through the winter.\n');
    expect(speakers(r)).not.toContain('Marta Quill');
    const line = r.messages.find((m) => m.ruleId === 'input:page-line');
    expect(line && r.article.text.slice(line.start, line.end)).toBe('By Marta Quill');
  });

  it('nor in an HTML page: the byline paragraph is no antecedent of "He"', () => {
    const page = '<html><body><article><h1>Mill to reopen</h1><p class="byline">By Dan Foyle</p><p>The owners confirmed the plan on Friday.<br>He said the mill would hire forty workers.</p></article></body></html>';
    const { title, text } = htmlToArticle(page);
    const r = analyzeDocument({ id: 'mill', source: 'mill.html', title, text });
    expect(speakers(r)).not.toContain('Dan Foyle');
    spansHold(r);
  });

  it('a timestamp\'s time zone and an ADVERTISEMENT line are no targets, and the statements\' offsets are the file\'s', () => {
    const text = 'Water firm sued\nBy Staff Reporter | Published 09:30 GMT\n\nThe growers\' chair, Ruth Pell, said the company had drained their wells.\n\nADVERTISEMENT\n\n"They are looking for someone to blame," the firm\'s director, Omar Reyes, told reporters. "We will see them in court."\n\nRead more: Drought deepens in the valley\n';
    const r = analyzeArticle(text);
    const targets = r.statements.flatMap((s) => s.targets.map((t) => t.name));
    expect(targets).not.toContain('GMT');
    expect(targets).not.toContain('ADVERTISEMENT');
    expect(speakers(r)).toEqual(['Ruth Pell', 'Omar Reyes']);
    expect(r.messages.filter((m) => m.ruleId === 'input:page-line')).toHaveLength(3);
    spansHold(r);
  });

  it('near miss: a body paragraph opening with "By" keeps its statement', () => {
    const r = analyzeArticle('Blaze contained\nBy Tuesday night, the fire chief said, crews had contained the blaze.\n');
    expect(r.messages.filter((m) => m.ruleId === 'input:page-line')).toEqual([]);
    expect(r.statements.map((s) => s.cue?.text)).toEqual(['said']);
  });
});

describe('report.html summary: the speaker\'s stance toward itself is shown, marked "(self)" (nu33 7.1)', () => {
  const said = (speaker: string, target: string, stance: 'FAVOR' | 'AGAINST' | 'NONE'): ResultDigest['statements'][number] => ({
    act: 'SAY', framing: 'NEUTRAL', speaker: { name: speaker, kind: 'person', role: null, mention: { text: speaker } }, targets: [{ name: target, stance }],
  });
  const digest = (statements: ResultDigest['statements']): ResultDigest => ({ article: { id: 'a', source: 'a.txt', title: 'a' }, statements, messages: [] });

  it('a person\'s largest count, toward herself, is kept though five other targets have one each', () => {
    const tally = new SpeakerTally();
    tally.add(digest([
      ...['Lena Hart', 'Lena Hart', 'Lena Hart'].map((n) => said('Lena Hart', n, 'FAVOR')),
      ...['Brook Council', 'Port Authority', 'Harbour Trust', 'Dock Union', 'Ferry Company'].map((t) => said('Lena Hart', t, 'NONE')),
    ]));
    const html = htmlTail(tally.sorted(), { articles: 1, statements: 8, failures: [] }, speakerPalette());
    const order = [...html.matchAll(/aria-label="stance toward ([^:"]+)/gu)].map((m) => m[1]);
    expect(order).toHaveLength(5);
    expect(order.at(-1)).toBe('Lena Hart');
    expect(html).toContain('Lena Hart (self)');
    expect(html).not.toContain('(itself)');
  });

  it('a body\'s stance toward itself is marked the same way', () => {
    const tally = new SpeakerTally();
    tally.add(digest([said('Brook Council', 'Brook Council', 'FAVOR'), said('Brook Council', 'Dock Union', 'AGAINST')]));
    const html = htmlTail(tally.sorted(), { articles: 1, statements: 2, failures: [] }, speakerPalette());
    expect(html).toContain('Brook Council (self)');
  });

  it('near miss: with no stance toward itself, a speaker keeps five other targets', () => {
    const tally = new SpeakerTally();
    tally.add(digest(['A Council', 'B Authority', 'C Trust', 'D Union', 'E Company', 'F Board'].map((t) => said('Omar Reyes', t, 'AGAINST'))));
    const html = htmlTail(tally.sorted(), { articles: 1, statements: 6, failures: [] }, speakerPalette());
    expect([...html.matchAll(/aria-label="stance toward /gu)]).toHaveLength(5);
    expect(html).not.toContain('Omar Reyes (self)');
  });
});

describe('doubtful speaker names reach messages.csv (nu33 7.2)', () => {
  const draft = (name: string, kind: Statement['speaker']['kind'] = 'anonymous'): DraftStatement => ({
    type: 'indirect', content: { start: 0, end: 1, text: 'x' }, cue: null, speaker: { name, mention: null, role: null, kind },
    act: 'SAY', framing: 'NEUTRAL', targets: [], confidence: 0.7, sentence: 0,
  });

  it.each(['expressions of concern', 'voiced concerns', 'plan that residents', 'decision which councillors'])('"%s" is not a name', (name) => {
    expect(speakerNotAName(draft(name))).toBe(true);
  });
  it.each(['residents of the estate', 'minutes of the meeting', 'union officials', 'Party That Cares'])('near miss: "%s" may be a speaker', (name) => {
    expect(speakerNotAName(draft(name, name === 'Party That Cares' ? 'organization' : 'anonymous'))).toBe(false);
  });

  const statement = (name: string, reasons: string[], at: number): Statement => ({
    id: `a#${at}-${at + 5}`, type: 'indirect', content: { start: at, end: at + 5, text: 'words' }, cue: null,
    speaker: { name, mention: { start: at - 4, end: at - 1, text: name.slice(0, 3) }, role: null, kind: 'anonymous' },
    act: 'SAY', framing: 'NEUTRAL', targets: [], confidence: 0.7, reviewReasons: reasons, needsReview: true,
  });
  const result = (statements: Statement[]): ArticleResult => ({ schemaVersion: 1, article: { id: 'a', source: 'a.txt', title: 'T', text: 'x'.repeat(200) }, statements, messages: [] });

  it('one row per doubted speaker, counting its statements, at its first mention', () => {
    const r = result([statement('case', ['speaker:not-a-name'], 10), statement('case', ['speaker:not-a-name'], 50), statement('Prime', ['speaker:title-word'], 90)]);
    const rows = messageRows(r);
    expect(rows.map((row) => [row[2], row[4]])).toEqual([['speaker:doubtful-name', '6'], ['speaker:doubtful-name', '86']]);
    expect(rows[0]?.[3]).toMatch(/^the speaker "case" \(2 statements, review reason speaker:not-a-name in quotes\.csv\)/u);
  });
  it('near miss: a speaker reached through a pronoun of another paragraph has a doubted way, not a doubted name: no row', () => {
    expect(doubtfulSpeakerMessages(result([statement('Lena Hart', ['speaker:pronoun-from-other-paragraph'], 10)]))).toEqual([]);
  });
});

describe('the run summary says what messages.csv covers (nu32 8.1)', () => {
  const base: RunSummary = { articles: 1, statements: 2, speakers: 1, failures: [], out: '/r', seconds: 1, kept: [], written: true, removed: [], stale: [] };
  it('an empty messages.csv is said to be no verdict on the statements', () => {
    expect(formatSummary({ ...base, messages: 0 })).toContain('messages.csv is empty; it lists only what the pipeline knows it could not read');
    expect(formatSummary({ ...base, messages: 3 })).toContain('messages.csv: 3 rows; it lists only');
  });
  it('near miss: a run that wrote nothing says nothing of messages.csv', () => {
    expect(formatSummary({ ...base, written: false, messages: 0 })).not.toContain('messages.csv');
  });
});

describe('target:place is not given to a body named "in" it (nu32 8.4)', () => {
  const st = (target: string): DraftStatement => ({
    type: 'indirect', content: { start: 0, end: 1, text: 'x' }, cue: null, speaker: { name: 'Lena Hart', mention: null, role: null, kind: 'person' },
    act: 'CRITICIZE', framing: 'NEUTRAL', targets: [{ name: target, stance: 'AGAINST' }], confidence: 0.7, sentence: 0,
  });
  it('a court and a council are bodies', () => {
    expect(placeTargets('The case was heard in the Western Cape High Court on Monday.', st('Western Cape High Court'))).toEqual([]);
    expect(placeTargets('The vote was held in Marlow Borough Council last night.', st('Marlow Borough Council'))).toEqual([]);
  });
  it('near miss: a town named only after "in" is still a place', () => {
    expect(placeTargets('The factory closed in Ashgrove last year.', st('Ashgrove'))).toEqual(['Ashgrove']);
  });
});

describe('explain --grep says something for a sentence without a statement (nu32 8.3)', () => {
  const run = (text: string): string => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/explain.ts', text], { encoding: 'utf8' });
  it('a sentence with no cue word says so, with its offsets', () => {
    expect(run('The weather was fine on Tuesday.')).toMatch(/sentence @0-32: no statement, and no word outside its quotes is a cue/u);
  });
  it('a cue verb tagged as a noun ("found/NOUN") after a participle phrase: the statement is found and shown', () => {
    // ("A survey commissioned by the cooperative found that …" is a statement since wt-fixnu33s: explain shows it)
    expect(run('A survey commissioned by the cooperative found that most wells had dried up.')).toMatch(/cue="found" speaker=survey \[document\]/u);
    expect(run('An audit ordered by the cooperative found that the meters were faulty.')).toMatch(/cue="found" speaker=audit \[document\]/u);
  });
  it('near miss: a sentence with its statement gets no such line', () => {
    expect(run('Mayor Ida Lunn said the pool would reopen.')).not.toContain('sentence @');
  });
});
