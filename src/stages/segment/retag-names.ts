import type { Sentence, Token } from '../../model/document.js';
import { tokenWith } from '../../model/document.js';
import { HONORIFICS, NAME_PARTICLES, ORG_HEADS, PARTY_MEMBER_PLURALS, PLACE_NAME_HEADS } from '../../lexicon/words.js';
import { DEFAULT_REGISTRY } from '../../lexicon/registry.js';

const CAPITALISED = /^\p{Lu}[\p{Ll}\p{Lu}’'.-]*$/u;
const FOLLOWS_A_NAME = new Set(['VERB', 'AUX']);
/** Modals that are also first names (Will, May). */
const NAME_MODALS = new Set(['will', 'may']);
/** Tags of the words of the language that also end names ("Jolly", "From", "Long", "Clean Brooks Now"). */
const SURNAME_WORD_TAGS = new Set(['ADJ', 'ADV', 'ADP', 'NOUN']);

/**
 * wink's lite model tags many unknown surnames as verbs ("Hobsett insisted", "Okafor told"), which hides the speaker of the
 * very statement it precedes. A capitalised word tagged VERB is taken as a proper noun when it is not the first word of
 * its sentence (English capitalises verbs only there), or when it is the first word and a verb or a comma follows it
 * ("Hobsett insisted …", "Hobsett, who …"). Returns new tokens; the input is not changed.
 */
export function retagProperNames(tokens: readonly Token[], sentences: readonly Sentence[]): Token[] {
  const out = tokens.slice();
  const surnames = wordSurnames(out, sentences);
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
      // "said Will Vobdock", "“…,” Will wrote.", "May Chen told": a capitalised modal that is also a first name, before a
      // proper noun (not opening its sentence) or before an inflected verb (a modal takes a bare infinitive), is a name.
      if (t.pos === 'AUX' && NAME_MODALS.has(t.normal) && CAPITALISED.test(t.text) && after && i + 1 < s.tokenEnd
        && ((after.pos === 'PROPN' && CAPITALISED.test(after.text) && i !== first) || (after.pos === 'VERB' && after.normal !== after.lemma && !after.normal.endsWith('ing')))) {
        out[i] = tokenWith(t, { pos: 'PROPN', lemma: t.normal });
        continue;
      }
      const next = out[i + 1];
      const initial = i === first;
      // "Mayor Dana Jolly … Jolly said", "Al From … “…,” From said", "Clean Brooks Now, a charity, … Clean Brooks Now said": a word
      // of the language (an adjective, adverb, preposition or noun) that the article writes as the last word of a
      // two-word name is part of a name wherever it stands capitalised inside a sentence, and at the start of one before a
      // verb or a comma ("Long lines formed" keeps its adjective)
      if (surnames.has(t.text) && SURNAME_WORD_TAGS.has(t.pos)
        && (!initial || (next !== undefined && i + 1 < s.tokenEnd && (FOLLOWS_A_NAME.has(next.pos) || next.text === ',')))) {
        out[i] = tokenWith(t, { pos: 'PROPN', lemma: t.normal });
        continue;
      }
      if (t.pos !== 'VERB' || !CAPITALISED.test(t.text) || t.text.length < 2) continue;
      if (initial && !(next && i + 1 < s.tokenEnd && (FOLLOWS_A_NAME.has(next.pos) || next.text === ',')) && !namedPlaceSubject(out, i, s) && !firstNameBeforeSurname(out, i, s)) continue;
      // All-capital words mid-sentence are acronyms (proper nouns too), so no exception is needed for them.
      out[i] = tokenWith(t, { pos: 'PROPN', lemma: t.normal });
    }
  }
  return out;
}

/**
 * "Hector Balridge, whose daughter …", "Mark Pimwyn said", "Bill Okafor, 54, told": a first name that is also a verb (hector,
 * mark, bill, grant), opening the sentence before one or more capitalised proper nouns that are followed by a comma and
 * an apposition's or a relative clause's first word, or by an inflected verb, is a name: an imperative ("Mark the date")
 * takes an object, and "Visit Paris" is not followed by "said" nor by ", whose …".
 */
function firstNameBeforeSurname(tokens: readonly Token[], i: number, s: Sentence): boolean {
  // Only a base form can be a first name: "Said Dora Platt, who …" is a fronted cue, "Leading Republicans said" a participle.
  const t = tokens[i] as Token;
  if (t.normal !== t.lemma) return false;
  let j = i + 1;
  while (j < s.tokenEnd && (tokens[j] as Token).pos === 'PROPN' && CAPITALISED.test((tokens[j] as Token).text)) j++;
  if (j === i + 1 || j >= s.tokenEnd) return false;
  const v = tokens[j] as Token;
  if (v.text === ',') {
    const w = tokens[j + 1];
    return j + 1 < s.tokenEnd && w !== undefined && (APPOSITION_OPENERS.has(w.normal) || w.pos === 'NUM');
  }
  return v.pos === 'VERB' && v.normal !== v.lemma && !v.normal.endsWith('ing');
}
const APPOSITION_OPENERS = new Set(['who', 'whose', 'a', 'an', 'the', 'his', 'her', 'their']);

/**
 * "Downing Street said", "Flushing Meadows later reopened": an -ing word opening the sentence before capitalised proper
 * nouns and then an inflected verb is the first word of a name, not a participle ("Opening the debate, Galstow said",
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

/**
 * Capitalised words of the language (tagged an adjective, adverb, preposition or noun: "Jolly", "From", "First") that the
 * article writes as the last word of a two-word name: after a capitalised word that wink reads as a proper noun, not
 * opening the sentence, with no capitalised noun before that first word but a title ("Mayor Dana Jolly said", "her
 * deputy, Al From,", "But Clean Brooks Now, a charity,"), and with no noun, adjective or capitalised word after them.
 * A title in title case ("Fares Rise From May"), a three-word name ("Operation Iraqi Freedom") or an adjective before
 * its noun ("the Minnesota Democratic caucus") gives none.
 */
function wordSurnames(tokens: readonly Token[], sentences: readonly Sentence[]): Set<string> {
  const found = new Set<string>();
  for (const s of sentences) {
    for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
      const t = tokens[i] as Token;
      const before = tokens[i - 1] as Token;
      const after = tokens[i + 1];
      if (!SURNAME_WORD_TAGS.has(t.pos) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      if (before.pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(before.text)) continue;
      // (a name of two words: before its first word stands a lower-case word, a mark, a title or a capitalised word of
      // another kind ("But"), not a capitalised noun, "Operation Iraqi Freedom", "Marquette Law School"; and the word
      // ends the name and its noun phrase, not an adjective before a noun, "the Minnesota Democratic caucus")
      const first = tokens[i - 2];
      if (i - 2 >= s.tokenStart && first !== undefined && CAPITALISED.test(first.text) && ['PROPN', 'NOUN'].includes(first.pos) && !HONORIFICS.has(first.normal)) continue;
      if (after !== undefined && i + 1 < s.tokenEnd && (CAPITALISED.test(after.text) || after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ')) continue;
      found.add(t.text);
    }
  }
  return found;
}
