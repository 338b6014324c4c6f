import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BmpRegExp } from '../src/model/bmp-regexp.js';

// BmpRegExp's `test` runs the twin's own `test` (no match array is built). It must answer exactly as before, when
// RegExp.prototype.test went through the wrapper's `exec`: the same boolean and the same lastIndex after it, for every
// flag and start, and the same as the pattern itself.

const NativeRegExp = RegExp;

const SOURCES = [
  '(?<![\\p{L}’\'-])(\\p{Lu}[\\p{L}-]+|[\\p{Ll}]+ed)(?![\\p{L}])',
  '(?<![\\p{L}])(?:mayor|council|board)(?:[^\\S\\n]+\\p{Ll}+){0,2}?[^\\S\\n]+(?:said|warned|agreed)(?![\\p{L}])',
  '^\\p{Lu}',
  '\\p{L}',
  '[^\\p{L}]+',
  '(?<=\\p{L}[^\\S\\n]+)(?:after|before|when)[^\\S\\n]+',
  '\\P{L}{2,}',
  'x?',
];
const FLAGS = ['u', 'gu', 'iu', 'yu', 'giu', 'guy'];

/** What RegExp.prototype.test did with the wrapper (it calls the wrapper's exec): the answer and lastIndex after it. */
function viaExec(rx: RegExp, text: string, from: number): [boolean, number] {
  rx.lastIndex = from;
  const r = rx.exec(text) !== null;
  return [r, rx.lastIndex];
}

function viaTest(rx: RegExp, text: string, from: number): [boolean, number] {
  rx.lastIndex = from;
  const r = rx.test(text);
  return [r, rx.lastIndex];
}

const sentences = [
  'The mayor said the council had “failed every family on the estate” and would pay for it.',
  'Kéller, a café owner in Søndre, said the rezoning was reckless and cruel.',
  'The union warned it would strike unless the board withdrew the pay offer 😠 by Friday.',
  'After the vote, the board agreed the plan was finished.',
  'Bürgermeister Weiß called the plan a disgrace — and the regulator agreed.',
  'The 𝐁𝐨𝐥𝐝 council was praised for its handling of the flood.',
  '',
  '   ',
];

describe('BmpRegExp test', () => {
  it.each(sentences)('answers as exec does, with the same lastIndex, for every flag and start: %s', (text) => {
    for (const source of SOURCES) {
      for (const flags of FLAGS) {
        const rx = new BmpRegExp(source, flags);
        const full = new NativeRegExp(source, flags);
        for (let from = 0; from <= text.length + 1; from++) {
          expect(viaTest(rx, text, from)).toEqual(viaExec(rx, text, from));
          expect(viaTest(rx, text, from)).toEqual(viaTest(full, text, from));
        }
      }
    }
  });

  it('answers as the pattern itself on random strings, with and without surrogates', () => {
    const alphabet = ['a', 'e', 'd', 'T', 'B', 'é', 'Ø', 'ß', ' ', '\n', '-', '’', "'", ',', '.', '😠', '𝐁', '\uD800', 'mayor', 'board', 'said', 'after', 'when', 'agreed'];
    const pieces = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((xs) => xs.join(''));
    fc.assert(fc.property(pieces, fc.constantFrom(...SOURCES), fc.constantFrom(...FLAGS), fc.nat(40), (text, source, flags, from) => {
      const rx = new BmpRegExp(source, flags);
      const full = new NativeRegExp(source, flags);
      expect(viaTest(rx, text, from)).toEqual(viaTest(full, text, from));
      expect(viaTest(rx, text, from)).toEqual(viaExec(rx, text, from));
    }), { numRuns: 3000 });
  });
});
