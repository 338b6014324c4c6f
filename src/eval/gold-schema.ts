/**
 * The gold file format of corpus/gold/<article id>.json (corpus/GUIDE.md) and its loader.
 *
 * Labellers write these files by hand, possibly while an evaluation runs, so loading never throws on a bad file:
 * it returns the problems, and the caller skips the article with a warning.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { Act, Framing, SpeakerKind, Stance, StatementType, TextSpan } from '../model/labels.js';

export const GoldTarget = z.object({
  name: z.string().min(1),
  stance: Stance,
});
export type GoldTarget = z.infer<typeof GoldTarget>;

export const GoldSpeaker = z.object({
  name: z.string().min(1),
  mention: TextSpan.nullable(),
  role: z.string().nullable(),
  kind: SpeakerKind,
  affiliation: z.string().nullable().optional(),
});
export type GoldSpeaker = z.infer<typeof GoldSpeaker>;

export const GoldStatement = z.object({
  type: StatementType,
  content: TextSpan.extend({ pieces: z.array(TextSpan).optional() }),
  cue: TextSpan.nullable(),
  speaker: GoldSpeaker,
  act: Act,
  framing: Framing,
  targets: z.array(GoldTarget),
});
export type GoldStatement = z.infer<typeof GoldStatement>;

export const GoldFile = z.object({
  articleId: z.string().min(1),
  labeller: z.string(),
  statements: z.array(GoldStatement),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** An article with its validated gold labels. */
export interface GoldArticle {
  id: string;
  text: string;
  gold: GoldFile;
}

export type GoldLoad = { ok: true; article: GoldArticle } | { ok: false; id: string; problems: string[] };

/** Every span of a gold file that does not satisfy text.slice(start, end) === span.text, as readable problems. */
export function checkGoldSpans(gold: GoldFile, text: string): string[] {
  const problems: string[] = [];
  const check = (span: TextSpan | null | undefined, where: string): void => {
    if (!span) return;
    if (span.end < span.start || span.end > text.length) {
      problems.push(`${where}: [${span.start}, ${span.end}) is outside the text (length ${text.length})`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      problems.push(`${where}: text.slice(${span.start}, ${span.end}) = ${JSON.stringify(text.slice(span.start, span.end))}, span text = ${JSON.stringify(span.text)}`);
    }
  };
  gold.statements.forEach((statement, i) => {
    const where = `statement ${i}`;
    check(statement.content, `${where} content`);
    statement.content.pieces?.forEach((piece, j) => check(piece, `${where} piece ${j}`));
    check(statement.cue, `${where} cue`);
    check(statement.speaker.mention, `${where} speaker.mention`);
  });
  return problems;
}

/** Parses and checks one gold file against its article text; `id` is the file's base name. */
export function parseGoldFile(id: string, json: unknown, text: string): GoldLoad {
  const parsed = GoldFile.safeParse(json);
  if (!parsed.success) {
    return { ok: false, id, problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  const problems = checkGoldSpans(parsed.data, text);
  if (parsed.data.articleId !== id) problems.unshift(`articleId ${JSON.stringify(parsed.data.articleId)} is not the file name ${JSON.stringify(id)}`);
  return problems.length > 0 ? { ok: false, id, problems } : { ok: true, article: { id, text, gold: parsed.data } };
}

/** Reads corpus/gold/<id>.json with corpus/articles/<id>.txt. */
export function loadGoldArticle(goldPath: string, articlesDir: string): GoldLoad {
  const id = basename(goldPath, '.json');
  const articlePath = join(articlesDir, `${id}.txt`);
  if (!existsSync(articlePath)) return { ok: false, id, problems: [`no article ${articlePath}`] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (error) {
    // A file being written right now is often half a JSON document.
    return { ok: false, id, problems: [`not JSON: ${(error as Error).message}`] };
  }
  return parseGoldFile(id, json, readFileSync(articlePath, 'utf8'));
}

export interface GoldCorpus {
  articles: GoldArticle[];
  /** Gold files skipped, with why. */
  skipped: { id: string; problems: string[] }[];
}

/** All valid gold articles of a corpus folder (`<root>/gold/*.json` + `<root>/articles/*.txt`), sorted by id. */
export function loadGoldCorpus(corpusRoot: string): GoldCorpus {
  const goldDir = join(corpusRoot, 'gold');
  const articlesDir = join(corpusRoot, 'articles');
  const files = existsSync(goldDir) ? readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort() : [];
  const corpus: GoldCorpus = { articles: [], skipped: [] };
  for (const file of files) {
    const load = loadGoldArticle(join(goldDir, file), articlesDir);
    if (load.ok) corpus.articles.push(load.article);
    else corpus.skipped.push({ id: load.id, problems: load.problems });
  }
  return corpus;
}
