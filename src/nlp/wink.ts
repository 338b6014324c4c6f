// One shared wink-nlp instance per process (thread): a second instance silently breaks POS-based patterns (STACK.md).
// Loaded on first use (both packages are CommonJS, so the load is synchronous): a thread that only writes reports,
// such as the main thread of a worker pool, never holds the model.
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
const require = createRequire(import.meta.url);
let shared: Nlp | null = null;

export function nlp(): Nlp {
  shared ??= (require('wink-nlp') as typeof winkNLP)(require('wink-eng-lite-web-model') as typeof model);
  return shared;
}
