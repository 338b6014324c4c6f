// The user's extra lexicons (--speakers, --cues) as plain data that can cross to a worker thread, and the stage context
// built from them. Kept apart from the analysis, whose modules are loaded only by a thread that analyses.
import type { StageContext } from '../../src/model/stage.js';
import { buildRegistry } from '../../src/lexicon/registry.js';
import { buildCueLexicon } from '../../src/lexicon/cue-lexicon.js';
import defaultSpeakers from '../../src/lexicon/speakers.json' with { type: 'json' };
import defaultCues from '../../src/lexicon/cues.json' with { type: 'json' };

/** The user's extra lexicon files as parsed JSON (built lexicons hold functions and cannot be sent to a worker). */
export interface LexiconSources { speakers?: unknown; cues?: unknown }

/** The stage context for the default lexicons plus the user's own (throws PipelineError on an invalid file). */
export function contextFrom(sources: LexiconSources = {}): Partial<StageContext> {
  const context: Partial<StageContext> = {};
  if (sources.speakers !== undefined) context.registry = buildRegistry([defaultSpeakers, sources.speakers]);
  if (sources.cues !== undefined) context.cues = buildCueLexicon([defaultCues, sources.cues]);
  return context;
}
