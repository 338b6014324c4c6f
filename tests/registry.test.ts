import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRegistry, loadRegistryFile } from '../src/lexicon/registry.js';

const file = (content: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'registry-')), 'speakers.json');
  writeFileSync(path, content);
  return path;
};

describe('speaker registry files', () => {
  it('loads a valid file and finds a speaker by an alias, case and a leading "the" aside', () => {
    const path = file(JSON.stringify({ speakers: [{ name: 'Harrow Minerals', kind: 'organization', aliases: ['Harrow'] }] }));
    const registry = buildRegistry([loadRegistryFile(path)]);
    expect(registry.lookup('the harrow')?.name).toBe('Harrow Minerals');
  });

  it('names the file and the field when an entry is invalid', () => {
    const path = file(JSON.stringify({ speakers: [{ name: 'Harrow Minerals', kind: 'company' }] }));
    expect(() => loadRegistryFile(path)).toThrow(new RegExp(`speaker registry ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is invalid: speakers\\.0\\.kind`));
  });

  it('names the file when it is not JSON', () => {
    const path = file('{ speakers: ');
    expect(() => loadRegistryFile(path)).toThrow(/cannot read speaker registry .*speakers\.json/);
  });
});
