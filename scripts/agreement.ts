// Inter-annotator agreement: scores the second reader's labels (corpus/second-reader/) against the first reader's
// (corpus/gold/) with the same scorer as `npm run eval`, the first reader taken as reference.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Statement } from '../src/model/article-result.js';
import { loadGoldArticle } from '../src/eval/gold-schema.js';
import { scoreArticle, scoringGoldFromStatement, summarise } from '../src/eval/score.js';

const root = new URL('..', import.meta.url).pathname;
const articles = join(root, 'corpus/articles');
const scores = [];
for (const f of readdirSync(join(root, 'corpus/second-reader')).filter((x) => x.endsWith('.json')).sort()) {
  const first = loadGoldArticle(join(root, 'corpus/gold', f), articles);
  const second = loadGoldArticle(join(root, 'corpus/second-reader', f), articles);
  if (!first.ok || !second.ok) { console.error(`skipping ${f}`); continue; }
  const system: Statement[] = second.article.gold.statements.map((g) => ({
    id: `${second.article.id}#${g.content.start}-${g.content.end}`, type: g.type, content: g.content,
    cue: g.cue ? { ...g.cue, lemma: g.cue.text.toLowerCase() } : null,
    speaker: { name: g.speaker.name, mention: g.speaker.mention, role: g.speaker.role ?? null, kind: g.speaker.kind },
    act: g.act, framing: g.framing, targets: g.targets, confidence: 1,
  }));
  scores.push(scoreArticle({ id: first.article.id, text: first.article.text, gold: first.article.gold.statements.map(scoringGoldFromStatement), system }));
}
const fig = summarise('agreement', scores, 0);
const r = (v: number): number => Math.round(v * 1000) / 1000;
const lines = [
  `second reader against first, ${fig.articles} articles`,
  `statements: P ${r(fig.statements.precision)} R ${r(fig.statements.recall)} F1 ${r(fig.statements.f1)} (exact F1 ${r(fig.statements.exactF1)})`,
  `speaker: ${r(fig.speakers.accuracy)} (role ${r(fig.speakers.roleAccuracy)}, kind ${r(fig.speakers.kindAccuracy)}) on ${fig.speakers.judged} matched statements`,
  `act: ${r(fig.acts.accuracy)} on ${fig.acts.judged}`,
  `framing: ${r(fig.framing.accuracy)} on ${fig.framing.judged}`,
  `stance F1: ${r(fig.stance.f1)} (${fig.stance.pairs} gold pairs)`,
];
console.log(lines.join('\n'));
