// A worker thread of the pool: its own wink instance (STACK.md: one per thread), one article at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { analyzeForReports } from './analyze-one.js';
import { readyArticle } from '../../src/output/report-writer.js';
import { contextFrom, type LexiconSources } from './lexicons.js';
import { learn, takeLearned } from '../../src/stages/speakers/name-oracle.js';
import { threadCpuSeconds } from './thread-cpu.js';
import type { Job, Ready, Reply, ToWorker } from './pool.js';

const port = parentPort;
if (!port) throw new Error('analyze-worker.ts runs only as a worker thread (see pool.ts)');
const data = workerData as { lexicons?: LexiconSources; prepare?: boolean; stagingFolder?: string };
const context = contextFrom(data.lexicons);
let peakHeap = 0;
// Load the models (on first use) before saying ready, so that a pool is ready when its workers can work.
analyzeForReports({ id: 'warm-up', source: 'warm-up', title: 'Warm up', text: 'Warm up\nThe ministry said the models load here.' }, context);
takeLearned(); // start collecting what this thread's name oracle reads, to share it

let queued = 0;
const idleSeconds = (): number => performance.eventLoopUtilization().idle / 1000;
port.on('message', (msg: ToWorker) => {
  if ('learn' in msg) { learn(msg.learn); return; }
  const job: Job = msg;
  queued += Math.max(0, performance.timeOrigin + performance.now() - job.sentAt) / 1000;
  const analysis = analyzeForReports(job.article, context);
  const h = getHeapStatistics();
  peakHeap = Math.max(peakHeap, h.total_heap_size + h.external_memory);
  // With reports to write, this thread makes their text and the main thread only appends it; the result itself stays
  // here (the main thread gets its digest, not the whole result to parse again), and the article JSON goes straight
  // into the writer's staging folder.
  const reports = data.prepare && analysis.ok && 'result' in analysis ? readyArticle(analysis.result, analysis.sentences, data.stagingFolder) : null;
  const answer = reports ? { reports } : { analysisJson: JSON.stringify(analysis) };
  const reply: Reply = { seq: job.seq, ...answer, peakHeapBytes: peakHeap, cpuSeconds: threadCpuSeconds(), learned: takeLearned(), queuedSeconds: queued, idleSeconds: idleSeconds() };
  port.postMessage(reply);
});

port.postMessage({ ready: true, cpuSeconds: threadCpuSeconds(), idleSeconds: idleSeconds() } satisfies Ready);
