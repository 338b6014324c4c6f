import type { Sentence, Token } from '../../model/document.js';
import { tokenWith } from '../../model/document.js';
import { NAME_PARTICLES, ORG_HEADS, PARTY_MEMBER_PLURALS, PLACE_NAME_HEADS } from '../../lexicon/words.js';
import { DEFAULT_REGISTRY } from '../../lexicon/registry.js';

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}’'.-]*$/u;
const FOLLOWS_A_NAME = new Set(['VERB', 'AUX']);
/** Modals that are also first names (Will, May). */
const NAME_MODALS = new Set(['will', 'may']);

/**
 * wink's lite model tags many unknown surnames as verbs ("Kern insisted", "Okafor told"), which hides the speaker of the
 * very statement it precedes. A capitalised word tagged VERB is taken as a proper noun when it is not the first word of
 * its sentence (English capitalises verbs only there), or when it is the first word and a verb or a comma follows it
 * ("Kern insisted …", "Kern, who …"). Returns new tokens; the input is not changed.
 */
export function retagProperNames(tokens: readonly Token[], sentences: readonly Sentence[]): Token[] {
  const out = tokens.slice();
  for (const s of sentences) {
    let first = s.tokenStart;
    while (first < s.tokenEnd && (out[first] as Token).pos === 'PUNCT') first++;
    for (let i = first; i < s.tokenEnd; i++) {
      const t = out[i] as Token;
      // "De Blasio said": a capitalised particle before a proper noun is part of the name.
      const after = out[i + 1];
      if (t.pos !== 'PROPN' && t.pos !== 'VERB' && NAME_PARTICLES.has(t.normal) && CAPITALISED.test(t.text) && after && i + 1 < s.tokenEnd && after.pos === 'PROPN' && CAPITALISED.test(after.text)) {
        out[i] = tokenWith(t, { pos: 'PROPN', lemma: t.normal });
        continue;
      }
      // "said Will Doyle", "“…,” Will wrote.", "May Chen told": a capitalised modal that is also a first name, before a
      // proper noun (not opening its sentence) or before an inflected verb (a modal takes a bare infinitive), is a name.
      if (t.pos === 'AUX' && NAME_MODALS.has(t.normal) && CAPITALISED.test(t.text) && after && i + 1 < s.tokenEnd
        && ((after.pos === 'PROPN' && CAPITALISED.test(after.text) && i !== first) || (after.pos === 'VERB' && after.normal !== after.lemma && !after.normal.endsWith('ing')))) {
        out[i] = tokenWith(t, { pos: 'PROPN', lemma: t.normal });
        continue;
      }
      if (t.pos !== 'VERB' || !CAPITALISED.test(t.text) || t.text.length < 2) continue;
      const next = out[i + 1];
      const initial = i === first;
      if (initial && !(next && i + 1 < s.tokenEnd && (FOLLOWS_A_NAME.has(next.pos) || next.text === ',')) && !namedPlaceSubject(out, i, s)) continue;
      // All-capital words mid-sentence are acronyms (proper nouns too), so no exception is needed for them.
      out[i] = tokenWith(t, { pos: 'PROPN', lemma: t.normal });
    }
  }
  return out;
}

/**
 * "Downing Street said", "Flushing Meadows later reopened": an -ing word opening the sentence before capitalised proper
 * nouns and then an inflected verb is the first word of a name, not a participle ("Opening the debate, Hale said",
 * "Speaking to Reuters, …" have no verb of their own right after the capitalised words). Only when the whole run is a
 * registry name or ends in a place's or a body's head (PLACE_NAME_HEADS, ORG_HEADS): "Leading Republicans said",
 * "Visiting Germans said" are an adjective before a party's members or a nationality.
 */
function namedPlaceSubject(tokens: readonly Token[], i: number, s: Sentence): boolean {
  const t = tokens[i] as Token;
  if (!t.normal.endsWith('ing')) return false;
  let j = i + 1;
  while (j < s.tokenEnd && (tokens[j] as Token).pos === 'PROPN' && CAPITALISED.test((tokens[j] as Token).text)) j++;
  if (j === i + 1) return false;
  const last = (tokens[j - 1] as Token).normal;
  const run = tokens.slice(i, j).map((x) => x.text).join(' ');
  if (!DEFAULT_REGISTRY.lookup(run) && !PLACE_NAME_HEADS.has(last) && !(ORG_HEADS.has(last) && !PARTY_MEMBER_PLURALS.has(last))) return false;
  while (j < s.tokenEnd && (tokens[j] as Token).pos === 'ADV') j++;
  const v = tokens[j];
  return j < s.tokenEnd && v !== undefined && v.pos === 'VERB' && v.normal !== v.lemma && !v.normal.endsWith('ing');
}
