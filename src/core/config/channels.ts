/**
 * Channels and their limits. These are facts with sources, and they change, so every number here can be
 * overridden in settings, the config file, the front matter or a message's own directive.
 */

export interface ChannelSpec {
  /** Human name for the status bar and messages. */
  label: string;
  /** Maximum plain-text length of a message body in UTF-16 code units, or null when there is no hard limit. */
  limit: number | null;
  /** Maximum subject length, where the channel has a subject line. */
  subjectLimit?: number | null;
}

export type LinkedInPlan = 'free' | 'premium';

export const DEFAULT_CHANNEL = 'linkedin-connect';

/** LinkedIn connection notes: 300 characters with Premium, 200 on free accounts (the cut-over date is unpublished). */
export const LINKEDIN_CONNECT_LIMITS: Record<LinkedInPlan, number> = { premium: 300, free: 200 };

export const BUILT_IN_CHANNELS: Readonly<Record<string, ChannelSpec>> = {
  'linkedin-connect': { label: 'LinkedIn connection note', limit: LINKEDIN_CONNECT_LIMITS.premium },
  // LinkedIn Help a554514; older pages said 1,900.
  'linkedin-inmail': { label: 'LinkedIn InMail', limit: 2000, subjectLimit: 200 },
  // Unverified; some sources say 3,000.
  'linkedin-message': { label: 'LinkedIn message', limit: 8000 },
  // No hard limit; subjects of 30-50 characters show fully on phones.
  email: { label: 'Email', limit: null, subjectLimit: null },
  'x-dm': { label: 'X direct message', limit: 10000 },
};

/** Words in a text, as a person would count them (for the counter's tooltip). */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu);
  return words ? words.length : 0;
}
