// The label vocabularies of ../shared/LABELS.md: one source of truth for output, gold and evaluation.
import { z } from 'zod';

export const ACTS = [
  'SAY', 'ASSERT', 'CLAIM', 'REVEAL', 'ADMIT', 'DENY', 'ACCUSE', 'CRITICIZE', 'PRAISE', 'DEMAND', 'WARN', 'QUESTION', 'HEDGE', 'NO_COMMENT',
] as const;
export const FRAMINGS = ['NEUTRAL', 'DISTANCING', 'ENDORSING'] as const;
export const STANCES = ['FAVOR', 'AGAINST', 'NONE'] as const;
export const SPEAKER_KINDS = ['person', 'organization', 'group', 'anonymous', 'media', 'document'] as const;
export const STATEMENT_TYPES = ['direct', 'indirect', 'mixed'] as const;

export const Act = z.enum(ACTS);
export const Framing = z.enum(FRAMINGS);
export const Stance = z.enum(STANCES);
export const SpeakerKind = z.enum(SPEAKER_KINDS);
export const StatementType = z.enum(STATEMENT_TYPES);

export type Act = z.infer<typeof Act>;
export type Framing = z.infer<typeof Framing>;
export type Stance = z.infer<typeof Stance>;
export type SpeakerKind = z.infer<typeof SpeakerKind>;
export type StatementType = z.infer<typeof StatementType>;

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export const TextSpan = Span.extend({ text: z.string() });
export type Span = z.infer<typeof Span>;
export type TextSpan = z.infer<typeof TextSpan>;
