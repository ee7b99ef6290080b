/**
 * A stock phrase as data: what to look for, why it reads as generic, and what to write instead.
 * Rules never hard-code phrases; they read these entries through the compiled matcher.
 */
export type PhraseCategory =
  /** LinkedIn's own default invitation texts (old and new). Reported by `default-invitation`. */
  | 'default-invitation'
  /** "I'd like to connect" and kin: only a problem when the note says nothing else. Reported by `default-invitation`. */
  | 'bare-connect'
  /** Cliché first lines: "I came across your profile", "hope this finds you well". Reported by `stock-phrase`. */
  | 'opener'
  /** Cliché last lines: "looking forward to hearing from you", "let's stay in touch". Reported by `stock-phrase`. */
  | 'closer'
  /** Empty follow-ups: "just following up", "circling back", "bumping this". Reported by `stock-phrase`. */
  | 'follow-up'
  /** Corporate buzzwords: "synergy", "touch base", "leverage". Reported by `stock-phrase`. */
  | 'buzzword'
  /** Pleasantries any letter could open or close with: "hope you and your family are well". Reported by `stock-phrase`. */
  | 'well-wishing'
  /** Praise that names nothing: "impressed by your experience", "your background caught my eye". Reported by `stock-phrase`. */
  | 'praise'
  /** Connecting for its own sake: "growing my network in fintech", "like-minded professionals". Reported by `stock-phrase`. */
  | 'networking'
  /** Recruiter blast wording: "exciting opportunity", "your background is a great fit", "I have a client". Reported by `stock-phrase`. */
  | 'recruiter'
  /** Sales-sequence wording: "I help companies like yours", "your pain points", "worth a quick call?". Reported by `stock-phrase`. */
  | 'sales-pitch'
  /** Asks with no concrete next step: "pick your brain", "hop on a quick call". Reported by `vague-ask`. */
  | 'vague-ask'
  /** Job asks any applicant could send anyone: "is your team hiring", "any roles that would suit me". Reported by `vague-ask`. */
  | 'job-request'
  /** Greetings that could go to anyone: "Dear Sir/Madam", "Hi there". Reported by `generic-greeting`. */
  | 'generic-greeting'
  /** Hedges and apologies: "just", "sorry to bother you", "I know you're busy". Reported by `filler`. */
  | 'filler';

/**
 * What a safe automatic fix may do with a match.
 * - `word`: delete the phrase and one adjacent space (a hedge like "just", "really").
 * - `sentence`: delete the whole sentence, but only when the phrase is the whole sentence
 *   ("Hope this message finds you well.").
 * - `none`: no automatic fix; the editor offers the `instead` structure as a suggestion.
 */
export type PhraseRemoval = 'word' | 'sentence' | 'none';

export interface PhraseEntry {
  /**
   * The phrase as a person would write it, or a pattern (docs/phrase-patterns.md): alternatives
   * `(came|ran)`, optional groups `(linkedin )?`, inflections `connect~` and gaps `*2`. Matching is
   * case-insensitive, treats curly and straight apostrophes alike, allows any whitespace (line breaks too)
   * between words, treats hyphens as spaces, and expands common contractions ("I'd" = "I would"), so list
   * one spelling only. Punctuation other than apostrophes and hyphens is ignored ("Dear Sir/Madam" =
   * "dear sir madam"). Phrases from user settings are always literal.
   */
  phrase: string;
  category: PhraseCategory;
  /** One sentence: why a recipient reads this as generic. Shown in the diagnostic. */
  why: string;
  /** One sentence: what to write instead, concretely. Shown in the diagnostic. */
  instead: string;
  /**
   * Optional replacement structure in VS Code snippet syntax (`${1:who you are}`), offered as a quick fix.
   * Plain text with tab stops; no markdown. Keep it short enough for a 200-character note.
   */
  structure?: string;
  /** Defaults to `none`. */
  removal?: PhraseRemoval;
}
