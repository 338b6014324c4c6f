// The order of the stages: the one place it is decided. Checked before any text is processed.
import type { Stage } from '../src/model/stage.js';
import { quotes, segment, speakers, stance, statements } from '../src/stages/stages.js';

export const STAGES: readonly Stage[] = [segment, quotes, statements, speakers, stance];
