import type { RuleId, RuleMeta, Severity } from '../types.js';
import type { PhraseCategory } from '../phrases/types.js';
import type { FileRule, MessageRule, Rule } from './rule.js';
import { defaultInvitation } from './default-invitation.js';
import { stockPhrase } from './stock-phrase.js';
import { vagueAsk } from './vague-ask.js';
import { genericGreeting } from './generic-greeting.js';
import { filler } from './filler.js';
import { unfilledPlaceholder } from './unfilled-placeholder.js';
import { overLimit } from './over-limit.js';
import { missingRecipientName } from './missing-recipient-name.js';
import { selfCentered } from './self-centered.js';
import { duplicateMessage } from './duplicate-message.js';
import { noPersonalDetail } from './no-personal-detail.js';
import { spinSyntax } from './spin-syntax.js';
import { unknownMergeField } from './unknown-merge-field.js';
import { mergeFieldFallback } from './merge-field-fallback.js';
import { emptyMergeValue } from './empty-merge-value.js';

/** Rules that look at one message at a time, in the order their findings are listed at one position. */
export const MESSAGE_RULES: readonly MessageRule[] = [
  defaultInvitation,
  stockPhrase,
  vagueAsk,
  genericGreeting,
  filler,
  unfilledPlaceholder,
  overLimit,
  missingRecipientName,
  selfCentered,
  noPersonalDetail,
  spinSyntax,
  unknownMergeField,
  mergeFieldFallback,
  emptyMergeValue,
];

/** Rules that compare the messages of a file. */
export const FILE_RULES: readonly FileRule[] = [duplicateMessage];

export const ALL_RULES: readonly Rule[] = [...MESSAGE_RULES, ...FILE_RULES];

export const RULE_META: Readonly<Record<RuleId, RuleMeta>> = Object.fromEntries(ALL_RULES.map((rule) => [rule.meta.id, rule.meta])) as Record<RuleId, RuleMeta>;

/** The phrase categories each phrase rule reports, from the rules' own metadata. */
export const CATEGORIES_BY_RULE: Readonly<Partial<Record<RuleId, readonly PhraseCategory[]>>> = Object.fromEntries(
  ALL_RULES.flatMap((rule) => (rule.meta.phrases ? [[rule.meta.id, rule.meta.phrases.categories]] : [])),
);

export const DEFAULT_SEVERITIES: Readonly<Record<RuleId, Severity>> = Object.fromEntries(
  ALL_RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]),
) as Record<RuleId, Severity>;
