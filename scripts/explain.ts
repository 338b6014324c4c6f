// Developer aid: `npm run explain -- "Some text."` (or a file path) prints tokens with their tags and the statements the
// pipeline finds, with the rules that fired, so a missed or wrong statement can be traced to the rule that decided it.
import { existsSync, readFileSync } from 'node:fs';
import { analyzeWithDoc } from '../src/analyze.js';

const arg = process.argv.slice(2).join(' ');
const text = existsSync(arg) ? readFileSync(arg, 'utf8') : `Headline\n\n${arg}`;
const { result, doc } = analyzeWithDoc({ id: 'explain', source: 'explain', title: '', text });
if (!existsSync(arg)) {
  const toks = doc.layers.tokens ?? [];
  process.stdout.write(`${toks.map((t) => `${t.text}/${t.pos}${t.lemma !== t.normal ? `(${t.lemma})` : ''}`).join(' ')}\n\n`);
}
for (const s of result.statements) {
  process.stdout.write(`${s.type} ${s.act}/${s.framing} cue="${s.cue?.text ?? ''}" speaker=${s.speaker.name} [${s.speaker.kind}${s.speaker.role ? `, ${s.speaker.role}` : ''}] via ${s.speaker.resolvedVia ?? ''}\n  ⟦${s.content.text}⟧\n  rules: ${(s.rules ?? []).join(', ')}  targets: ${s.targets.map((t) => `${t.name}:${t.stance}`).join(', ')}\n`);
}
