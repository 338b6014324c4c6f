// One shared wink-nlp instance per process (thread): a second instance silently breaks POS-based patterns (STACK.md).
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

export function nlp(): Nlp {
  shared ??= winkNLP(model);
  return shared;
}
