import type { Doc, LayerName } from './document.js';
import type { SpeakerRegistry } from '../lexicon/registry.js';
import type { CueLexicon } from '../lexicon/cue-lexicon.js';

export interface StageContext {
  registry: SpeakerRegistry;
  cues: CueLexicon;
}

/** A pipeline stage: a pure function from a document to a document with more layers (and maybe messages). */
export interface Stage {
  name: string;
  requires: readonly LayerName[];
  assigns: readonly LayerName[];
  run(doc: Doc, ctx: StageContext): Doc;
}

export class PipelineError extends Error {
  constructor(readonly code: string, message: string, readonly fix?: string) {
    super(fix ? `${message} (${fix})` : message);
    this.name = 'PipelineError';
  }
}

/** Checks, before any text is processed, that every stage's inputs are assigned by an earlier stage. */
export function checkStageOrder(stages: readonly Stage[]): void {
  const have = new Set<LayerName>();
  const names = new Set<string>();
  for (const s of stages) {
    if (names.has(s.name)) throw new PipelineError('E_STAGE_DUPLICATE', `stage "${s.name}" appears twice`, 'list each stage once');
    names.add(s.name);
    for (const r of s.requires) {
      if (!have.has(r)) {
        throw new PipelineError('E_STAGE_ORDER', `stage "${s.name}" requires layer "${r}", which no earlier stage assigns`, 'put the stage that assigns it first');
      }
    }
    for (const a of s.assigns) have.add(a);
  }
}

/** Runs stages in order and checks that each assigned what it declared. */
export function runStages(stages: readonly Stage[], doc: Doc, ctx: StageContext): Doc {
  let current = doc;
  for (const s of stages) {
    const next = s.run(current, ctx);
    if (!next || typeof next !== 'object' || !('layers' in next)) {
      throw new PipelineError('E_STAGE_RESULT', `stage "${s.name}" did not return a document`);
    }
    for (const a of s.assigns) {
      if (next.layers[a] === undefined) throw new PipelineError('E_STAGE_ASSIGN', `stage "${s.name}" did not assign layer "${a}"`);
    }
    current = next;
  }
  return current;
}
