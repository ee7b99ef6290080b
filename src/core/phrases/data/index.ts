// All built-in phrase data, in one list for the matcher; each family lives in its own file with its reasons.
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

export {
  bareConnectPhrases,
  buzzwordPhrases,
  closerPhrases,
  defaultInvitationPhrases,
  fillerPhrases,
  followUpPhrases,
  greetingPhrases,
  openerPhrases,
  vagueAskPhrases,
};

// Marked pure so a bundle that never uses the list (the extension reads it from JSON) leaves it out.
export const builtInPhrases: readonly PhraseEntry[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ ([] as PhraseEntry[]).concat(
    defaultInvitationPhrases,
    bareConnectPhrases,
    openerPhrases,
    closerPhrases,
    followUpPhrases,
    buzzwordPhrases,
    vagueAskPhrases,
    greetingPhrases,
    fillerPhrases,
  ),
);
