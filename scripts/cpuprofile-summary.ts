// Summarises V8 CPU profiles (`node --cpu-prof --cpu-prof-dir DIR dist/pipeline/cli.js …`): time per function, self
// and total (a function counted once per sample however deep it recurses), and for one function its callers, its
// direct callees or its self ticks per line. Functions are told apart by name, file and line.
//
//   npx tsx scripts/cpuprofile-summary.ts DIR/*.cpuprofile [--top=40]
//   npx tsx scripts/cpuprofile-summary.ts FILE --callers=judgeOne | --callees=judgeOne | --lines=judgeOne
//
// The CLI starts itself again with its heap flags, so DIR holds two profiles: the larger is the run's.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: Array<{ line: number; ticks: number }>;
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const files = args.filter((a) => !a.startsWith('--'));
const top = Number(option('top') ?? 40);
if (files.length === 0) {
  process.stderr.write('usage: cpuprofile-summary.ts FILE.cpuprofile… [--top=N] [--callers=NAME | --callees=NAME | --lines=NAME]\n');
  process.exit(2);
}

const label = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^file:\/\//u, '').replace(`${process.cwd()}/`, '')}:${n.callFrame.lineNumber + 1}`;
const short = (n: ProfileNode): string => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
const add = (m: Map<string, number>, k: string, v: number): void => { m.set(k, (m.get(k) ?? 0) + v); };

const self = new Map<string, number>();
const total = new Map<string, number>();
const related = new Map<string, number>();
const lines = new Map<number, number>();
let all = 0;
let relatedAll = 0;
const callers = option('callers');
const callees = option('callees');
const lineOf = option('lines');

for (const file of files) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<number, number>();
  p.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  for (const [id, t] of time) {
    all += t;
    const leaf = byId.get(id) as ProfileNode;
    add(self, label(leaf), t);
    const seen = new Set<string>();
    let innermost: number | null = null;
    let outermost: number | null = null;
    let below: number | null = null;
    for (let cur: number | undefined = id, prev: number | null = null; cur !== undefined; prev = cur, cur = parent.get(cur)) {
      const n = byId.get(cur) as ProfileNode;
      const k = label(n);
      if (!seen.has(k)) { seen.add(k); add(total, k, t); }
      if (callers && n.callFrame.functionName === callers && innermost === null) innermost = cur;
      if (callees && n.callFrame.functionName === callees) { outermost = cur; below = prev; }
    }
    if (innermost !== null) {
      const up = parent.get(innermost);
      add(related, up === undefined ? '(none)' : short(byId.get(up) as ProfileNode), t);
      relatedAll += t;
    }
    if (outermost !== null) {
      add(related, below === null ? '(self)' : short(byId.get(below) as ProfileNode), t);
      relatedAll += t;
    }
  }
  if (lineOf) for (const n of p.nodes) if (n.callFrame.functionName === lineOf) for (const t of n.positionTicks ?? []) lines.set(t.line, (lines.get(t.line) ?? 0) + t.ticks);
}

const seconds = (us: number): string => (us / 1e6).toFixed(2).padStart(7);
const show = (title: string, m: Map<string, number>, of: number): void => {
  process.stdout.write(`\n== ${title} (${seconds(of).trim()} s)\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${seconds(v)} ${((100 * v) / all).toFixed(1).padStart(5)}%  ${k.length > 160 ? `${k.slice(0, 157)}…` : k}\n`);
  }
};
if (callers) show(`callers of ${callers}`, related, relatedAll);
else if (callees) show(`callees of ${callees}`, related, relatedAll);
else if (lineOf) {
  process.stdout.write(`\n== self ticks of ${lineOf} per line (lines of the profiled file)\n`);
  for (const [line, ticks] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${String(ticks).padStart(7)}  line ${line}\n`);
} else {
  show('self time', self, all);
  show('total time', total, all);
}
