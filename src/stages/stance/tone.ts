// The general sentiment of a span, for the stance stage's tie-breaks (issue 6: a general lexicon only breaks ties; it
// reads "found no evidence of … violating" as strongly negative, the wrong way round).
import { sentimentNlp } from '../../nlp/wink.js';

/** How clearly a span's sentiment must lean (either way) before it decides anything. */
export const TONE_THRESHOLD = 0.4;

/** wink's sentiment of a span, -1 … 1. */
export function toneOf(text: string): number {
  const n = sentimentNlp();
  return n.readDoc(text).out(n.its.sentiment) as number;
}
