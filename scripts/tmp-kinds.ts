import { loadGoldCorpus } from '../src/eval/gold-schema.js';
import { analyzeArticle } from '../src/analyze.js';
import { charJaccard, trimSpan } from '../src/eval/score.js';
const corpus = loadGoldCorpus('corpus');
for (const a of corpus.articles) {
  const r = analyzeArticle(a.text);
  for (const g of a.gold.statements) {
    const gs = trimSpan(a.text, g.content);
    let best: (typeof r.statements)[number] | undefined; let bj = 0.5;
    for (const s of r.statements) { const j = charJaccard(gs, trimSpan(a.text, s.content)); if (j >= bj) { bj = j; best = s; } }
    if (!best) continue;
    const gk = (g as any).speaker?.kind; const sk = best.speaker.kind;
    if (gk && gk !== sk && process.argv[2] === `${gk}->${sk}`) console.log(`${a.id}: gold ${(g as any).speaker?.name} / sys ${best.speaker.name} [${best.speaker.resolvedVia}] mention="${best.speaker.mention?.text}"`);
  }
}
