import { z } from 'zod';
import { ArticleResult } from './article-result.js';

export function articleJsonSchema(): unknown {
  return z.toJSONSchema(ArticleResult);
}
