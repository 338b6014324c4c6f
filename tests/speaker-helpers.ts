// Shared by the speaker and role test files: run the pipeline on a short body after a headline and read the speaker
// of the statement that holds some words.
import { analyzeArticle } from '../src/analyze.js';

export interface Who { name: string; kind: string; role: string | null; affiliation: string | null; mention: string | null }

/**
 * The speaker of a statement whose content holds `content`: the first such statement, or with `innermost` the shortest
 * (a nested statement's content lies inside its outer one's). Throws, listing the contents found, when none holds it.
 */
export function speakerOf(body: string, content: string, { innermost = false, headline = 'Talks go on' } = {}): Who {
  const r = analyzeArticle(`${headline}\n${body}\n`);
  const holding = r.statements.filter((s) => s.content.text.includes(content));
  const st = innermost ? holding.sort((a, b) => a.content.text.length - b.content.text.length)[0] : holding[0];
  if (!st) throw new Error(`no statement holds “${content}”: ${r.statements.map((s) => s.content.text).join(' | ')}`);
  const sp = st.speaker;
  return { name: sp.name, kind: sp.kind, role: sp.role, affiliation: sp.affiliation ?? null, mention: sp.mention?.text ?? null };
}

/** The innermost statement's speaker (see speakerOf). */
export const innermostSpeakerOf = (body: string, content: string, headline?: string): Who =>
  speakerOf(body, content, { innermost: true, ...(headline === undefined ? {} : { headline }) });
