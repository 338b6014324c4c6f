// Regenerates schema/article-result.schema.json from the zod schema (tests fail when the committed file is stale).
import { writeFileSync } from 'node:fs';
import { articleJsonSchema } from '../src/model/json-schema.js';

writeFileSync(new URL('../schema/article-result.schema.json', import.meta.url), `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log('wrote schema/article-result.schema.json');
