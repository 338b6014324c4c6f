#!/usr/bin/env node
// Quick structural check of gold files against their articles, usable before the project is built:
// every span must satisfy text.slice(start, end) === span.text. The full zod validation lives in src/eval/gold-schema.ts.
// Exit status: 0 no problem, 1 problems (listed), 2 usage error (an id with no gold file, a folder without gold/).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';

const USAGE = `Usage: node corpus/tools/check-gold.mjs [--dir DIR | DIR] [ID...]
Checks DIR/gold/<id>.json against DIR/articles/<id>.txt (DIR: a corpus folder with articles/ and gold/; default: this
repository's corpus/). IDs: only these articles (a gold file's name without .json); default: every gold file.`;
const isFolder = (p) => { try { return statSync(p).isDirectory(); } catch { return false; } };
const usage = (m) => { console.error(`error: ${m}\n\n${USAGE}`); process.exit(2); };
let root = new URL('..', import.meta.url).pathname;
const only = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
  if (a === '--dir' || a.startsWith('--dir=')) {
    const dir = a === '--dir' ? args[++i] : a.slice('--dir='.length);
    if (!dir) usage('--dir needs a folder');
    root = resolve(dir);
    if (!isFolder(root)) usage(`--dir ${root}: no such folder`);
  } else if (a.startsWith('-')) usage(`unknown option ${a}`);
  else if (/[/\\]/u.test(a) || a === '.' || a === '..' || (isFolder(a) && isFolder(join(a, 'gold')))) {
    // (a path, not an id: the corpus folder to check; an id never holds a slash)
    if (!isFolder(a)) usage(`${a}: no such folder (give a corpus folder with articles/ and gold/, or ids of gold files)`);
    root = resolve(a);
  } else only.push(a);
}
const goldDir = join(root, 'gold');
if (!isFolder(goldDir) || !isFolder(join(root, 'articles'))) usage(`${root} has no ${isFolder(goldDir) ? 'articles/' : 'gold/'} folder: a corpus folder holds articles/<id>.txt and gold/<id>.json`);
const ids = readdirSync(goldDir).filter((f) => f.endsWith('.json')).map((f) => basename(f, '.json'));
// (an id that names no gold file is an error, not a silent "0 gold files")
const unknown = only.filter((id) => !ids.includes(id));
if (unknown.length) usage(`no gold file ${unknown.map((id) => join(goldDir, `${id}.json`)).join(', ')}`);
const files = ids.filter((id) => only.length === 0 || only.includes(id)).map((id) => `${id}.json`);
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
