// The output contract: <out>/articles/<id>.json. Kept transform-free so that its JSON Schema can be generated.
import { z } from 'zod';
import { Act, Framing, SpeakerKind, Stance, StatementType, TextSpan } from './labels.js';

export const SCHEMA_VERSION = 1 as const;

export const Evidence = z.object({
  rule: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  text: z.string().optional(),
  note: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const Target = z.object({
  name: z.string().min(1),
  stance: Stance,
  evidence: z.array(Evidence).optional(),
});
export type Target = z.infer<typeof Target>;

export const Speaker = z.object({
  name: z.string(),
  mention: TextSpan.nullable(),
  role: z.string().nullable(),
  kind: SpeakerKind,
  affiliation: z.string().optional(),
  resolvedVia: z.string().optional(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Cue = TextSpan.extend({ lemma: z.string() });
export type Cue = z.infer<typeof Cue>;

export const Statement = z.object({
  id: z.string(),
  type: StatementType,
  content: TextSpan.extend({ pieces: z.array(TextSpan).optional() }),
  cue: Cue.nullable(),
  speaker: Speaker,
  act: Act,
  framing: Framing,
  targets: z.array(Target),
  evidence: z.array(Evidence).optional(),
  rules: z.array(z.string()).optional(),
  needsReview: z.boolean().optional(),
  /** Why needsReview is set: one short id per reason (README, needs_review). */
  reviewReasons: z.array(z.string()).optional(),
  confidence: z.number().min(0).max(1),
});
export type Statement = z.infer<typeof Statement>;

export const Message = z.object({
  ruleId: z.string(),
  reason: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Message = z.infer<typeof Message>;

export const ArticleResult = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: z.object({
    id: z.string(),
    source: z.string(),
    title: z.string(),
    text: z.string(),
  }),
  statements: z.array(Statement),
  messages: z.array(Message),
});
export type ArticleResult = z.infer<typeof ArticleResult>;
