// A party label is no body a person speaks for (party-labels.json): "a Democrat in his second term" makes the Democrats
// no target of the person's own defence or self-report unless the content names them.
import { z } from 'zod';
import partyLabels from '../../lexicon/party-labels.json' with { type: 'json' };

const LABELS = new Set(z.object({ labels: z.array(z.string().min(1)) }).parse(partyLabels).labels);

/** Whether `name` is a bare party label ("Democrat", "Republicans"), not the name of a body ("Senate Republicans"). */
export const isPartyLabel = (name: string): boolean => LABELS.has(name.trim().toLowerCase());
