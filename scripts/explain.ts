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
import { DEFAULT_CUES, type CueEntry } from '../src/lexicon/cue-lexicon.js';
import type { Quote, Sentence, Token } from '../src/model/document.js';
import type { Statement } from '../src/model/article-result.js';
import { findCues, findStatements } from '../src/stages/statements/find-statements.js';
import { nlp } from '../src/nlp/wink.js';

// (a reader that stops early, `npm run -s explain … | head`, closes the pipe: end quietly, as other command-line tools do)
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const HELP = `Usage: npm run -s explain -- "A sentence or two."   (the text is all body: no headline)
       npm run -s explain -- path/to/article.txt          (read as the pipeline reads it)
       npm run -s explain -- path/to/article.txt --grep "some words"

Prints the text's tokens (text/POS(lemma)) for a sentence, then each statement: type, act/framing, cue, speaker
[kind, role] and how it was resolved, whether it needs review and why (review_reasons), the content (a split quote's
pieces joined with " … " as in quotes.csv), the rules that fired, the evidence (the deciding words) of the act, and
each target with its stance and the rule and words that decided it. Then the messages the pipeline gives for the text
(as in messages.csv: quote:unattributed for a quote it found no speaker for, sentence-too-long …): the reason a quote
or sentence has no statement. Then, for the sentences of --grep (or every sentence of text given on the command line,
not of a whole file without --grep), each word of the cue lexicon outside quotes that gave no statement: "cue word
"denied" … no statement", and whether the cue finder did not read it as a cue there (with its tag and what its entry in
cues.json asks for) or read it and the statement stage built nothing from it, with the check that refused it when the
stage can tell (a reduced passive, a condition, a negation, no speaker phrase, a participle of the same act …).
A sentence alone has no article around it: an error that needs the article's context (who "the company" is) shows
only when you give the file.

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
    const why = explainReasons(s, { text: article.text, statements: result.statements }).map(([r, text]) => `  why ${r}: ${text}`);
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
  // Each cue word of the lexicon that gave no statement, in the sentences asked about (--grep's, or every sentence of a
  // text given on the command line; not every sentence of a whole file, where it would bury the statements).
  if (wanted !== undefined || !isFile) {
    const chosen = sentences.filter((x) => wanted === undefined || squash(article.text.slice(x.start, x.end)).includes(wanted));
    // (the statement stage run again on the same layers, asked which check refused each cue it built nothing from; what
    // it finds is the same as the pipeline's)
    const refusals = new Map<number, string>();
    findStatements({ text: doc.article.text, sentences: doc.layers.sentences ?? [], tokens: doc.layers.tokens ?? [], quotes: doc.layers.quotes ?? [], ...(doc.layers.datelines ? { datelines: doc.layers.datelines } : {}), cues: DEFAULT_CUES, refusals });
    for (const line of missedCues(doc.layers.tokens ?? [], chosen, doc.layers.quotes ?? [], result.statements, refusals)) { shown++; process.stdout.write(`${line}\n`); }
  }
}
if (wanted !== undefined && shown === 0) {
  process.stdout.write(`no statement or message in a sentence containing "${grep}"\n`);
  process.exit(1);
}

/** What a cue's entry in cues.json asks of the words around it (the conditions under which findCues reads it as a cue). */
function conditions(e: CueEntry): string[] {
  return [
    e.needsVerbTag ? 'a verb tag' : '',
    e.needsClause ? 'a reported clause after it (or closing an inverted attribution)' : '',
    e.clauseOrQuote ? 'a reported clause or a quote after it' : '',
    e.needsQuote ? 'a quote next to it' : '',
    e.needsComplement ? 'a naming complement after its object' : '',
    e.notNegated ? 'no negation' : '',
    e.transferSense ? 'no "<object> to" after it' : '',
    e.nestedOnly ? 'a place inside another statement\'s content' : '',
  ].filter(Boolean);
}

/** The lemma wink gives `word` read as a verb ("found" → "find"), for a past form it tagged as a noun or adjective. */
function verbLemma(word: string): string {
  const engine = nlp();
  return (engine.readDoc(`they ${word}`).tokens().out(engine.its.lemma as never) as unknown as string[])[1] ?? word;
}

/**
 * "cue word "denied" (deny, DENY): no statement. …": for each word of the chosen sentences that the cue lexicon holds,
 * outside quotes (quoted words are the speaker's, never a cue), whose statement is not among the results: whether the
 * cue finder (findCues) read it as a cue there, and what it is known to need; for a cue the statement stage built nothing
 * from, the check that refused it when the stage records one (FindInput.refusals), else a line that says so rather than guess.
 */
function missedCues(tokens: readonly Token[], chosen: readonly Sentence[], quotes: readonly Quote[], statements: readonly Statement[], refusals: ReadonlyMap<number, string>): string[] {
  const top = quotes.filter((q) => q.depth === 0);
  const quoteOfToken = new Int32Array(tokens.length).fill(-1);
  for (const [qi, q] of top.entries()) for (const [t, tok] of tokens.entries()) if (tok.start > q.open && tok.end <= (q.close ?? q.end)) quoteOfToken[t] = qi;
  const lex = DEFAULT_CUES;
  const out: string[] = [];
  for (const s of chosen) {
    const before = out.length;
    const found = findCues(tokens, s, lex, quoteOfToken);
    // (a word of a cue or phrase already told of is not told again: "comment" of "not comment")
    let told = -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i] as Token;
      if (quoteOfToken[i] !== -1 || i <= told) continue;
      // (a past form wink tagged as a noun or adjective keeps itself as its lemma, "found/NOUN": its verb's lemma is looked up)
      const entry = lex.byLemma.get(t.lemma) ?? lex.byLemma.get(t.normal) ?? (t.pos !== 'VERB' && /^\p{L}+$/u.test(t.normal) ? lex.byLemma.get(verbLemma(t.normal)) : undefined);
      const phrase = (lex.phrasesByFirst.get(t.lemma) ?? lex.phrasesByFirst.get(t.normal) ?? []).find((p) => p.words.every((w, k) => {
        const x = tokens[i + k];
        return x !== undefined && i + k < s.tokenEnd && (x.normal === w.toLowerCase() || x.lemma === w.toLowerCase());
      }));
      if (!entry && !phrase) continue;
      // (a capitalised word of a name the cue finder did not read as a cue, "Press" of "Harrowgate Press": no cue word)
      if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && i > s.tokenStart && !found.some((c) => c.first <= i && c.last >= i)) continue;
      const last = phrase ? i + phrase.words.length - 1 : i;
      const from = t.start, to = (tokens[last] as Token).end;
      // (a statement whose cue holds the word gave one: nothing to explain)
      if (statements.some((st) => st.cue && st.cue.start < to && st.cue.end > from)) continue;
      const words = phrase ? phrase.words.join(' ') : t.text;
      const act = phrase ? `${phrase.words.join(' ')}, ${phrase.act}` : `${(entry as CueEntry).lemma}, ${(entry as CueEntry).act}`;
      const cue = found.find((c) => c.first <= i && c.last >= i);
      told = Math.max(last, cue?.last ?? i);
      const inside = statements.find((st) => (st.content.pieces?.length ? st.content.pieces : [st.content]).some((p) => p.start <= from && p.end >= to));
      const within = inside ? ` It lies inside the content of ${inside.speaker.name}'s statement (cue "${inside.cue?.text ?? ''}"), which holds it as words reported, not as a statement of its own.` : '';
      const why = cue ? refusals.get((tokens[cue.first] as Token).start) : undefined;
      if (cue && why) {
        out.push(`cue word "${words}" @${from} (${cue.lemma}, ${cue.act}): no statement. The cue finder read it as a cue here, and the statement stage refused it: ${why}.${within}`);
      } else if (cue) {
        out.push(`cue word "${words}" @${from} (${cue.lemma}, ${cue.act}): no statement. The cue finder read it as a cue here, but the statement stage built none from it: it found no content or no speaker it accepts for it, or the word goes on with the act of another cue of the sentence (a participle of the same act, GUIDE decision 10); the stage records no reason.${within}`);
      } else if (!phrase && (entry as CueEntry).needsVerbTag && ['NOUN', 'PROPN', 'ADJ'].includes(t.pos)) {
        // (the commonest case, "a charge", "the claim": said short)
        out.push(`cue word "${words}" @${from} (${act}): no statement: it is tagged ${t.pos}, and its entry in cues.json asks for a verb (save a few forms findCues reads as verbs).${within}`);
      } else {
        const needs = phrase ? [phrase.needsQuote ? 'a quote after it' : '', phrase.needsInfinitive ? '"to" and a verb after its object' : '', phrase.needsThatClause ? '"that" after its object' : ''].filter(Boolean) : conditions(entry as CueEntry);
        out.push(`cue word "${words}" @${from} (${act}): no statement. The cue finder did not read it as a cue here (tagged ${t.pos}${needs.length ? `; its entry in cues.json asks for ${needs.join(', ')}` : ''}): a rule of findCues (src/stages/statements/find-statements.ts) took it for another sense, a noun or adjective, an idiom, a participle before its noun, a condition or question; which rule is not recorded.${within}`);
      }
    }
    // (a sentence asked about that holds no statement and no cue word: said, rather than nothing, so that the reader
    // knows the sentence was read and its words are not in the cue lexicon)
    const first = tokens[s.tokenStart], last = tokens[s.tokenEnd - 1];
    if (out.length === before && first && last && !statements.some((st) => st.content.start < last.end && st.content.end > first.start && (st.cue === null || (st.cue.start < last.end && st.cue.end > first.start)))) {
      out.push(`sentence @${first.start}-${last.end}: no statement, and no word outside its quotes is a cue of src/lexicon/cues.json (a verb or phrase of saying); a statement here needs a cue added there`);
    }
  }
  return out;
}
