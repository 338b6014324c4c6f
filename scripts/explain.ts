// Developer aid: `npm run explain -- "Some text."` (or a file path) prints tokens with their tags and the statements the
// pipeline finds, with the rules that fired and the words that decided each act and stance, so a missed or wrong
// statement can be traced to the rule that decided it. A file is read as the pipeline reads it (a .txt file's first
// line is its headline; .html, .json and .jsonl as in the README), so its statements are the pipeline's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWithDoc } from '../src/analyze.js';
import { readArticles } from '../src/ingest/read-inputs.js';
import type { Evidence } from '../src/model/article-result.js';
import type { Article } from '../src/model/document.js';
import { sentenceContext } from '../src/output/rows.js';
import { explainReasons } from '../src/output/review-reasons.js';

const HELP = `Usage: npm run -s explain -- "A sentence or two."   (the text is all body: no headline)
       npm run -s explain -- path/to/article.txt          (read as the pipeline reads it)
       npm run -s explain -- path/to/article.txt --grep "some words"

Prints the text's tokens (text/POS(lemma)) for a sentence, then each statement: type, act/framing, cue, speaker
[kind, role] and how it was resolved, whether it needs review and why (review_reasons), the content (a split quote's
pieces joined with " … " as in quotes.csv), the rules that fired, the evidence (the deciding words) of the act, and
each target with its stance and the rule and words that decided it. Then the messages the pipeline gives for the text
(as in messages.csv: quote:unattributed for a quote it found no speaker for, sentence-too-long …): the reason a quote
or sentence has no statement. A sentence alone has no article around it: an error that needs the article's context
(who "the company" is) shows only when you give the file.

Each deciding word is then given with the word lists of src/lexicon/ that hold it (word "shameful": in
stance-words.json criticism), so that a wrong trigger can be found and edited.

Options (the only ones; anything else that starts with "-" is refused):
  --grep WORDS   only the statements and messages whose sentence contains WORDS (case-insensitive; spaces and line
                 breaks in the text count as one space): one sentence of a file
  -h, --help     this help
  --             all that follows is text, even words that start with "-"
The pipeline's own options (--cues, --speakers, --encoding …) are not read here: run the pipeline for those.`;

const rawArgs = process.argv.slice(2);
if (rawArgs.length === 0 || rawArgs[0] === '-h' || rawArgs[0] === '--help') {
  process.stdout.write(`${HELP}\n`);
  process.exit(rawArgs.length === 0 ? 2 : 0);
}
// (an unknown option was read as sentence text before: "--cues FILE" became tokens and statements of its own)
const dashDash = rawArgs.indexOf('--');
const optionArgs = dashDash >= 0 ? rawArgs.slice(0, dashDash) : rawArgs;
const unknown = optionArgs.find((a, i) => /^-/u.test(a) && a !== '--grep' && optionArgs[i - 1] !== '--grep');
if (unknown !== undefined) {
  process.stderr.write(`error: unknown option ${unknown}: explain takes only --grep WORDS (and -h); put text that starts with "-" after "--"\n\n${HELP}\n`);
  process.exit(2);
}
const grepAt = optionArgs.indexOf('--grep');
const grep = grepAt >= 0 ? rawArgs[grepAt + 1] : undefined;
if (grepAt >= 0 && (grep === undefined || grep.trim() === '')) {
  process.stderr.write('--grep needs the words to look for: --grep "no such agreement"\n');
  process.exit(2);
}
const args = [...(grepAt >= 0 ? optionArgs.filter((_, i) => i !== grepAt && i !== grepAt + 1) : optionArgs), ...(dashDash >= 0 ? rawArgs.slice(dashDash + 1) : [])];

/** Each lexicon word (lower-case; a "*" entry as its stem) with the file and list that hold it ("stance-words.json criticism"). */
function lexiconLists(): Array<{ word: string; prefix: boolean; where: string }> {
  const dir = join(import.meta.dirname, '../src/lexicon');
  const found: Array<{ word: string; prefix: boolean; where: string }> = [];
  const walk = (v: unknown, file: string, path: string): void => {
    if (Array.isArray(v)) {
      for (const x of v) {
        if (typeof x === 'string') found.push({ word: x.toLowerCase().replace(/\*$/u, ''), prefix: x.endsWith('*'), where: `${file} ${path}` });
        else walk(x, file, path);
      }
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) if (!k.startsWith('$') && !/model/u.test(file)) walk(x, file, /^\d+$/u.test(k) || ['cues', 'phrases'].includes(path) ? path : path ? `${path}.${k}` : k);
    }
  };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') && !n.includes('model'))) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), f, '');
  return found;
}
let lists: ReturnType<typeof lexiconLists> | undefined;
/** "in stance-words.json criticism; …" for evidence words a word list holds, else "". */
const heldIn = (text: string | undefined): string => {
  if (!text || text.split(/\s+/u).length > 4) return '';
  lists ??= lexiconLists();
  const t = text.toLowerCase().trim();
  const where = [...new Set(lists.filter((l) => l.word !== '' && (l.prefix ? t.startsWith(l.word) : t === l.word)).map((l) => l.where))];
  return where.length ? `in ${where.slice(0, 3).join('; ')}` : '';
};
const arg = args.join(' ');
const isFile = args.length === 1 && existsSync(arg) && statSync(arg).isFile();
const squash = (t: string): string => t.replace(/\s+/gu, ' ').toLowerCase();
const wanted = grep === undefined ? undefined : squash(grep.trim());

const articles: Article[] = [];
if (isFile) {
  for (const item of readArticles([arg])) {
    if (item.ok) articles.push(item.article);
    else process.stderr.write(`${item.source}: ${item.problem}\n`);
  }
  if (articles.length === 0) process.exit(1);
} else {
  articles.push({ id: 'explain', source: 'explain', title: '', text: arg });
}

let shown = 0;
for (const article of articles) {
  const { result, doc } = analyzeWithDoc(article);
  if (articles.length > 1) process.stdout.write(`== ${article.id}\n`);
  const sentences = doc.layers.sentences ?? [];
  // (with --grep: only what lies in a sentence holding the words)
  const matches = (start: number | undefined, end: number | undefined): boolean =>
    wanted === undefined || (start !== undefined && end !== undefined && squash(sentenceContext(article.text, sentences, start, end)).includes(wanted));
  if (!isFile) {
    const toks = doc.layers.tokens ?? [];
    process.stdout.write(`${toks.map((t) => `${t.text}/${t.pos}${t.lemma !== t.normal ? `(${t.lemma})` : ''}`).join(' ')}\n\n`);
  }
  for (const s of result.statements) {
    if (!matches(s.content.start, s.content.end)) continue;
    shown++;
    const ev = (list: Evidence[] | undefined): string =>
      (list ?? []).map((e) => `${e.rule}: "${e.text ?? e.note ?? ''}"${e.start !== undefined ? ` @${e.start}` : ''}`).join('; ');
    // A split quote's pieces are joined with " … " as quotes.csv joins them, so the reporter's words between them
    // do not show as part of what was said.
    const content = s.content.pieces && s.content.pieces.length > 1 ? s.content.pieces.map((p) => p.text).join(' … ') : s.content.text;
    const review = s.needsReview ? `  ⚑ needs review (${(s.reviewReasons ?? []).join('; ')})` : (s.reviewReasons?.length ? `  (listed, not flagged: ${s.reviewReasons.join('; ')})` : '');
    const why = explainReasons(s).map(([r, text]) => `  why ${r}: ${text}`);
    const lines = [
      `${s.type} ${s.act}/${s.framing} cue="${s.cue?.text ?? ''}" speaker=${s.speaker.name} [${s.speaker.kind}${s.speaker.role ? `, ${s.speaker.role}` : ''}] via ${s.speaker.resolvedVia ?? ''}${review}`,
      `  ⟦${content}⟧`,
      `  rules: ${(s.rules ?? []).join(', ')}`,
      ...why,
    ];
    const actEvidence = ev(s.evidence);
    if (actEvidence) lines.push(`  act evidence: ${actEvidence}`);
    if (s.targets.length === 0) lines.push('  targets: none');
    // Each target with the rule and words that decided its stance (what stances.csv's rule and evidence columns hold).
    for (const t of s.targets) {
      const tEvidence = ev(t.evidence);
      lines.push(`  target ${t.name}: ${t.stance}${tEvidence ? ` (${tEvidence})` : ''}`);
    }
    // (where the deciding words come from, for one who would edit a word list)
    const words = [...new Set([...(s.evidence ?? []), ...s.targets.flatMap((t) => t.evidence ?? [])].map((e) => e.text ?? '').filter(Boolean))];
    for (const w of words) { const where = heldIn(w); if (where) lines.push(`  word "${w}": ${where}`); }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  // The messages (messages.csv's rows): why a quote or a sentence gave no statement.
  for (const m of result.messages) {
    if (!matches(m.start, m.end)) continue;
    shown++;
    const where = m.start !== undefined && m.end !== undefined ? ` @${m.start}-${m.end} "${article.text.slice(m.start, m.end).replace(/\s+/gu, ' ').slice(0, 80)}"` : '';
    process.stdout.write(`message ${m.ruleId}: ${m.reason}${where}\n`);
  }
}
if (wanted !== undefined && shown === 0) {
  process.stdout.write(`no statement or message in a sentence containing "${grep}"\n`);
  process.exit(1);
}
