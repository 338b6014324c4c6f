// A --cues file as the README describes it: either list may be left out; a lemma is one word (several make a phrase);
// a misspelt top-level key is refused rather than read as an empty lexicon.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCueLexicon, DEFAULT_CUES, loadCueFile } from '../src/lexicon/cue-lexicon.js';
import { PipelineError } from '../src/model/stage.js';
import defaults from '../src/lexicon/cues.json' with { type: 'json' };
import { tempDir } from './helpers.js';

const file = (json: unknown): string => {
  const path = join(tempDir(), 'my-cues.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
};

describe('--cues files', () => {
  it('accepts a file of phrases only (no "cues"), and adds them to the defaults', () => {
    const raw = loadCueFile(file({ phrases: [{ words: ['fire', 'back', 'at'], act: 'CRITICIZE', framing: 'NEUTRAL', kind: 'verb' }] }));
    const lexicon = buildCueLexicon([defaults, raw]);
    expect(lexicon.phrasesByFirst.get('fire')?.map((p) => p.words.join(' '))).toContain('fire back at');
    expect(lexicon.byLemma.size).toBe(DEFAULT_CUES.byLemma.size);
  });

  it('accepts a file of cues only (no "phrases")', () => {
    const lexicon = buildCueLexicon([defaults, loadCueFile(file({ cues: [{ lemma: 'grumble', act: 'CRITICIZE', framing: 'NEUTRAL' }] }))]);
    expect(lexicon.byLemma.get('grumble')?.act).toBe('CRITICIZE');
  });

  it('refuses a lemma of several words, pointing to "phrases"', () => {
    const path = file({ cues: [{ lemma: 'go on', act: 'SAY', framing: 'NEUTRAL' }] });
    expect(() => loadCueFile(path)).toThrow(PipelineError);
    expect(() => loadCueFile(path)).toThrow(/cues\.0\.lemma: a lemma is one word.*"phrases".*\["go", "on"\]/u);
  });

  it('refuses a misspelt key instead of loading nothing', () => {
    expect(() => loadCueFile(file({ cue: [{ lemma: 'grumble', act: 'CRITICIZE', framing: 'NEUTRAL' }] }))).toThrow(/\(root\): Unrecognized key: "cue"/u);
  });
});
