#!/usr/bin/env node
// Quick structural check of gold files against their articles, usable before the project is built:
// every span must satisfy text.slice(start, end) === span.text. The full zod validation lives in src/eval/gold-schema.ts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const goldDir = join(root, 'gold');
const files = readdirSync(goldDir).filter((f) => f.endsWith('.json') && (only.length === 0 || only.includes(basename(f, '.json'))));
const ACTS = new Set(['SAY', 'ASSERT', 'CLAIM', 'REVEAL', 'ADMIT', 'DENY', 'ACCUSE', 'CRITICIZE', 'PRAISE', 'DEMAND', 'WARN', 'QUESTION', 'HEDGE', 'NO_COMMENT']);
const FRAMINGS = new Set(['NEUTRAL', 'DISTANCING', 'ENDORSING']);
const KINDS = new Set(['person', 'organization', 'group', 'anonymous', 'media', 'document']);
const STANCES = new Set(['FAVOR', 'AGAINST', 'NONE']);
const TYPES = new Set(['direct', 'indirect', 'mixed']);
let problems = 0;
let total = 0;
for (const f of files) {
  const id = basename(f, '.json');
  const articlePath = join(root, 'articles', `${id}.txt`);
  const say = (m) => { problems++; console.log(`${f}: ${m}`); };
  if (!existsSync(articlePath)) { say(`no article ${articlePath}`); continue; }
  const text = readFileSync(articlePath, 'utf8');
  let gold;
  try { gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')); } catch (e) { say(`bad JSON: ${e.message}`); continue; }
  if (gold.articleId !== id) say(`articleId ${gold.articleId} != ${id}`);
  const span = (s, where) => {
    if (!s || typeof s.start !== 'number' || typeof s.end !== 'number' || typeof s.text !== 'string') return say(`${where}: not a span`);
    if (text.slice(s.start, s.end) !== s.text) say(`${where}: text.slice(${s.start}, ${s.end}) = ${JSON.stringify(text.slice(s.start, s.end))} but text = ${JSON.stringify(s.text)}`);
  };
  (gold.statements ?? []).forEach((st, i) => {
    total++;
    const w = `statement ${i} (${(st.content?.text ?? '').slice(0, 40)}…)`;
    if (!TYPES.has(st.type)) say(`${w}: type ${st.type}`);
    span(st.content, `${w} content`);
    for (const [j, p] of (st.content?.pieces ?? []).entries()) span(p, `${w} piece ${j}`);
    if (st.cue !== null) span(st.cue, `${w} cue`);
    if (!st.speaker || typeof st.speaker.name !== 'string' || !st.speaker.name) say(`${w}: speaker.name`);
    if (st.speaker?.mention) span(st.speaker.mention, `${w} speaker.mention`);
    if (!KINDS.has(st.speaker?.kind)) say(`${w}: kind ${st.speaker?.kind}`);
    if (!ACTS.has(st.act)) say(`${w}: act ${st.act}`);
    if (!FRAMINGS.has(st.framing)) say(`${w}: framing ${st.framing}`);
    for (const t of st.targets ?? []) if (!t.name || !STANCES.has(t.stance)) say(`${w}: target ${JSON.stringify(t)}`);
  });
}
console.log(`${files.length} gold files, ${total} statements, ${problems} problems`);
process.exit(problems ? 1 : 0);
