// Compares the analysis CPU of two builds on a shared, busy machine: both builds' `analyzeArticle` are loaded in one
// process and run article by article, in turns (A then B, then B then A on the next article), so the load other work
// puts on the machine falls on both alike. Whole runs of the CLI one after the other varied by ±15 % on the 2-core VM
// with other sessions running, more than a change of 5-10 % makes; paired like this, two rounds agreed within ~4 %.
// A first round warms both up (compiled code, caches) and checks that they give the same results.
//
//   npm run build && cp -r dist /tmp/after && git stash && npm run build && cp -r dist /tmp/before && git stash pop
//   node --no-regexp-tier-up --max-old-space-size=1500 --import tsx scripts/paired-cpu.ts /tmp/before /tmp/after [rounds] [dir]
//
// (--no-regexp-tier-up as the CLI runs; analysis only, no reports; each build in a folder whose node_modules lookup
// reaches the project's, e.g. inside the worktree or linked.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Analyze = (text: string) => unknown;
const [dirA, dirB, roundsArg, corpusArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  process.stderr.write('usage: paired-cpu.ts BUILD_A BUILD_B [rounds=2] [articles dir=corpus/articles]\n');
  process.exit(2);
}
const load = async (dir: string): Promise<Analyze> =>
  ((await import(pathToFileURL(join(resolve(dir), 'src', 'analyze.js')).href)) as { analyzeArticle: Analyze }).analyzeArticle;
const a = await load(dirA);
const b = await load(dirB);
const corpus = corpusArg ?? 'corpus/articles';
const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpus, f), 'utf8'));
const cpu = (): number => { const u = process.cpuUsage(); return u.user + u.system; };

let differing = 0;
for (const t of texts) if (JSON.stringify(a(t)) !== JSON.stringify(b(t))) differing++;
process.stdout.write(`${texts.length} articles; results differing between the builds: ${differing}\n`);
for (let r = 0; r < Number(roundsArg ?? 2); r++) {
  let ta = 0;
  let tb = 0;
  texts.forEach((t, i) => {
    for (const which of (i + r) % 2 === 0 ? [a, b] : [b, a]) {
      const c0 = cpu();
      which(t);
      if (which === a) ta += cpu() - c0; else tb += cpu() - c0;
    }
  });
  const loadAvg = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  process.stdout.write(`round ${r + 1}: A ${(ta / 1e6).toFixed(2)} CPU s, B ${(tb / 1e6).toFixed(2)} CPU s, B/A ${(tb / ta).toFixed(3)} (load average ${loadAvg})\n`);
}
