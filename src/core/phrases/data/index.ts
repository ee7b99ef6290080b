// All built-in phrase data, in one list for the matcher; each family lives in its own file with its reasons.
// Order matters only for ties: when two entries match the same words, the one listed first reports them.
import type { PhraseEntry } from '../types.js';
import { bareConnectPhrases } from './bare-connects.js';
import { buzzwordPhrases } from './buzzwords.js';
import { closerPhrases } from './closers.js';
import { defaultInvitationPhrases } from './default-invitations.js';
import { fillerPhrases } from './filler.js';
import { followUpPhrases } from './follow-ups.js';
import { greetingPhrases } from './greetings.js';
import { openerPhrases } from './openers.js';
import { vagueAskPhrases } from './vague-asks.js';
import { wellWishingPhrases } from './well-wishing.js';
import { praisePhrases } from './praise.js';
import { networkingPhrases } from './networking.js';
import { recruiterPhrases } from './recruiter.js';
import { salesPitchPhrases } from './sales-pitch.js';
import { jobRequestPhrases } from './job-requests.js';

// Marked pure so a bundle that never uses the list (the extension reads it from JSON) leaves it out.
export const builtInPhrases: readonly PhraseEntry[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ ([] as PhraseEntry[]).concat(
    defaultInvitationPhrases,
    bareConnectPhrases,
    openerPhrases,
    wellWishingPhrases,
    praisePhrases,
    networkingPhrases,
    recruiterPhrases,
    salesPitchPhrases,
    jobRequestPhrases,
    closerPhrases,
    followUpPhrases,
    buzzwordPhrases,
    vagueAskPhrases,
    greetingPhrases,
    fillerPhrases,
  ),
);
