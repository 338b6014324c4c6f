// Developer aid: `npm run explain -- "Some text."` (or a file path) prints tokens with their tags and the statements the
// pipeline finds, with the rules that fired and the words that decided each act and stance, so a missed or wrong
// statement can be traced to the rule that decided it. A file is read as the pipeline reads it (a .txt file's first
// line is its headline; .html, .json and .jsonl as in the README), so its statements are the pipeline's.
import { existsSync, statSync } from 'node:fs';
import { analyzeWithDoc } from '../src/analyze.js';
import { readArticles } from '../src/ingest/read-inputs.js';
import type { Evidence } from '../src/model/article-result.js';
import type { Article } from '../src/model/document.js';

const HELP = `Usage: npm run -s explain -- "A sentence or two."   (the text is all body: no headline)
       npm run -s explain -- path/to/article.txt          (read as the pipeline reads it)

Prints the text's tokens (text/POS(lemma)) for a sentence, then each statement: type, act/framing, cue, speaker
[kind, role] and how it was resolved, whether it needs review, the content (a split quote's pieces joined with " … "
as in quotes.csv), the rules that fired, the evidence (the deciding words) of the act, and each target with its stance
and the rule and words that decided it. A sentence alone has no article around it: an error that
needs the article's context (who "the company" is) shows only when you give the file.`;

const args = process.argv.slice(2);
if (args.length === 0 || args[0] === '-h' || args[0] === '--help') {
  process.stdout.write(`${HELP}\n`);
  process.exit(args.length === 0 ? 2 : 0);
}
const arg = args.join(' ');
const isFile = args.length === 1 && existsSync(arg) && statSync(arg).isFile();

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

for (const article of articles) {
  const { result, doc } = analyzeWithDoc(article);
  if (articles.length > 1) process.stdout.write(`== ${article.id}\n`);
  if (!isFile) {
    const toks = doc.layers.tokens ?? [];
    process.stdout.write(`${toks.map((t) => `${t.text}/${t.pos}${t.lemma !== t.normal ? `(${t.lemma})` : ''}`).join(' ')}\n\n`);
  }
  for (const s of result.statements) {
    const ev = (list: Evidence[] | undefined): string =>
      (list ?? []).map((e) => `${e.rule}: "${e.text ?? ''}"${e.start !== undefined ? ` @${e.start}` : ''}`).join('; ');
    // A split quote's pieces are joined with " … " as quotes.csv joins them, so the reporter's words between them
    // do not show as part of what was said.
    const content = s.content.pieces && s.content.pieces.length > 1 ? s.content.pieces.map((p) => p.text).join(' … ') : s.content.text;
    const lines = [
      `${s.type} ${s.act}/${s.framing} cue="${s.cue?.text ?? ''}" speaker=${s.speaker.name} [${s.speaker.kind}${s.speaker.role ? `, ${s.speaker.role}` : ''}] via ${s.speaker.resolvedVia ?? ''}${s.needsReview ? '  ⚑ needs review' : ''}`,
      `  ⟦${content}⟧`,
      `  rules: ${(s.rules ?? []).join(', ')}`,
    ];
    const actEvidence = ev(s.evidence);
    if (actEvidence) lines.push(`  act evidence: ${actEvidence}`);
    if (s.targets.length === 0) lines.push('  targets: none');
    // Each target with the rule and words that decided its stance (what stances.csv's rule and evidence columns hold).
    for (const t of s.targets) {
      const tEvidence = ev(t.evidence);
      lines.push(`  target ${t.name}: ${t.stance}${tEvidence ? ` (${tEvidence})` : ''}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
