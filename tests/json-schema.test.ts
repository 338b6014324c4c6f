import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { articleJsonSchema } from '../src/model/json-schema.js';
import { ROOT } from './helpers.js';

it('the committed JSON Schema matches the zod schema (run `npm run schema` after changing it)', () => {
  const committed = JSON.parse(readFileSync(join(ROOT, 'schema/article-result.schema.json'), 'utf8'));
  expect(committed).toEqual(articleJsonSchema());
});
