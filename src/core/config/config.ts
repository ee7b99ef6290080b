import type { ConfigProblem, RuleId, RuleSetting, Severity } from '../types.js';
import { RULE_IDS, isRuleId } from '../types.js';
import { BUILT_IN_CHANNELS, DEFAULT_CHANNEL, LINKEDIN_CONNECT_LIMITS, type ChannelSpec, type LinkedInPlan } from './channels.js';

/**
 * One configuration object that every rule reads. It is assembled from layers (built-in defaults, then
 * VS Code settings or the workspace config file), each validated on its own: a bad value is reported with
 * its key and dropped, and the layers below fill the gap, so one typo never switches the linter off.
 */

/** Rules that report phrases from the phrase list; user phrases can be added to any of them. The rules' own metadata says the same (`meta.phrases`): config.test.ts keeps the two equal, since importing the rules here would make a cycle. */
export const PHRASE_RULE_IDS = ['default-invitation', 'stock-phrase', 'vague-ask', 'generic-greeting', 'filler'] as const;
export type PhraseRuleId = (typeof PHRASE_RULE_IDS)[number];

export interface UserPhrase {
  phrase: string;
  rule: PhraseRuleId;
  why?: string;
  instead?: string;
}

/** A configuration layer as a user writes it (all keys optional). */
export interface ConfigInput {
  rules?: Partial<Record<RuleId, RuleSetting>>;
  allowedPhrases?: string[];
  extraPhrases?: UserPhrase[];
  channels?: Record<string, Partial<ChannelSpec>>;
  defaultChannel?: string;
  plan?: LinkedInPlan;
}

export interface OutreachConfig {
  /** True unless a layer set the connection-note limit: then the plan (free 200, premium 300) decides it. */
  planSetsConnectLimit: boolean;
  rules: Record<RuleId, RuleSetting>;
  allowedPhrases: string[];
  extraPhrases: UserPhrase[];
  channels: Record<string, ChannelSpec>;
  defaultChannel: string;
  plan: LinkedInPlan;
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const RULE_SETTINGS: readonly string[] = [...SEVERITIES, 'off'];
const CONFIG_KEYS = ['$schema', 'rules', 'allowedPhrases', 'extraPhrases', 'channels', 'defaultChannel', 'plan'];
/** A phrase longer than this is almost certainly a pasted paragraph, not a phrase. */
export const MAX_USER_PHRASE_LENGTH = 200;
const MAX_LIMIT = 1_000_000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one layer. Returns what is valid and one problem per invalid key; never throws.
 * `source` names where the layer came from (a file path or "settings"), for the messages.
 */
export function validateConfigInput(raw: unknown, source?: string): { input: ConfigInput; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const input: ConfigInput = {};
  const problem = (key: string, message: string) => problems.push({ key, message, ...(source ? { source } : {}) });
  if (raw === undefined || raw === null) return { input, problems };
  if (!isPlainObject(raw)) {
    problem('(root)', `expected an object with keys such as "rules" and "channels", got ${describe(raw)}`);
    return { input, problems };
  }

  for (const key of Object.keys(raw)) {
    if (!CONFIG_KEYS.includes(key)) {
      const hint = isRuleId(key) ? ` (to set a rule, use "rules": { "${key}": "warning" })` : '';
      problem(key, `unknown key; known keys are ${CONFIG_KEYS.slice(1).join(', ')}${hint}`);
    }
  }

  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules)) {
      problem('rules', `expected an object mapping rule ids to a severity or "off", got ${describe(raw.rules)}`);
    } else {
      const rules: Partial<Record<RuleId, RuleSetting>> = {};
      for (const [id, value] of Object.entries(raw.rules)) {
        if (!isRuleId(id)) {
          problem(`rules.${id}`, `unknown rule id; known rules are ${RULE_IDS.join(', ')}`);
          continue;
        }
        if (value === false) rules[id] = 'off';
        else if (value === true) continue; // true means "on with its default severity"
        else if (typeof value === 'string' && RULE_SETTINGS.includes(value)) rules[id] = value as RuleSetting;
        else problem(`rules.${id}`, `expected one of ${RULE_SETTINGS.join(', ')}, got ${describe(value)}`);
      }
      input.rules = rules;
    }
  }

  if (raw.allowedPhrases !== undefined) {
    input.allowedPhrases = validatePhraseList(raw.allowedPhrases, 'allowedPhrases', problem);
  }

  if (raw.extraPhrases !== undefined) {
    if (!Array.isArray(raw.extraPhrases)) {
      problem('extraPhrases', `expected an array of phrases or { "phrase", "rule", "why", "instead" } objects, got ${describe(raw.extraPhrases)}`);
    } else {
      const extra: UserPhrase[] = [];
      raw.extraPhrases.forEach((item: unknown, index: number) => {
        const key = `extraPhrases[${index}]`;
        if (typeof item === 'string') {
          const phrase = checkPhrase(item, key, problem);
          if (phrase) extra.push({ phrase, rule: 'stock-phrase' });
          return;
        }
        if (!isPlainObject(item)) {
          problem(key, `expected a phrase or an object with "phrase", got ${describe(item)}`);
          return;
        }
        const phrase = checkPhrase(item.phrase, `${key}.phrase`, problem);
        if (!phrase) return;
        let rule: PhraseRuleId = 'stock-phrase';
        if (item.rule !== undefined) {
          if (typeof item.rule === 'string' && (PHRASE_RULE_IDS as readonly string[]).includes(item.rule)) rule = item.rule as PhraseRuleId;
          else {
            problem(`${key}.rule`, `expected one of ${PHRASE_RULE_IDS.join(', ')}, got ${describe(item.rule)}`);
            return;
          }
        }
        const entry: UserPhrase = { phrase, rule };
        for (const field of ['why', 'instead'] as const) {
          const value = item[field];
          if (value === undefined) continue;
          if (typeof value === 'string' && value.trim()) entry[field] = value.trim();
          else problem(`${key}.${field}`, `expected a non-empty string, got ${describe(value)}`);
        }
        for (const field of Object.keys(item)) {
          if (!['phrase', 'rule', 'why', 'instead'].includes(field)) problem(`${key}.${field}`, 'unknown key; known keys are phrase, rule, why, instead');
        }
        extra.push(entry);
      });
      input.extraPhrases = extra;
    }
  }

  if (raw.channels !== undefined) {
    if (!isPlainObject(raw.channels)) {
      problem('channels', `expected an object mapping channel ids to { "limit": number }, got ${describe(raw.channels)}`);
    } else {
      const channels: Record<string, Partial<ChannelSpec>> = {};
      for (const [id, spec] of Object.entries(raw.channels)) {
        const key = `channels.${id}`;
        if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
          problem(key, 'channel ids are lower-case letters, digits and hyphens, such as "linkedin-connect"');
          continue;
        }
        if (!isPlainObject(spec)) {
          problem(key, `expected an object such as { "limit": 300 }, got ${describe(spec)}`);
          continue;
        }
        const clean: Partial<ChannelSpec> = {};
        let limitReported = false;
        for (const [field, value] of Object.entries(spec)) {
          if (field === 'limit' || field === 'subjectLimit') {
            const limit = checkLimit(value, `${key}.${field}`, problem);
            if (limit !== undefined) clean[field] = limit;
            else if (field === 'limit') limitReported = true;
          } else if (field === 'label') {
            if (typeof value === 'string' && value.trim()) clean.label = value.trim();
            else problem(`${key}.label`, `expected a non-empty string, got ${describe(value)}`);
          } else {
            problem(`${key}.${field}`, 'unknown key; known keys are label, limit, subjectLimit');
          }
        }
        if (!BUILT_IN_CHANNELS[id] && clean.limit === undefined) {
          // One message per mistake: a wrong limit was reported already; the channel is left out.
          if (!limitReported) problem(`${key}.limit`, 'a new channel needs a "limit" (a number, or null for no limit)');
          continue;
        }
        channels[id] = clean;
      }
      input.channels = channels;
    }
  }

  if (raw.defaultChannel !== undefined) {
    if (typeof raw.defaultChannel === 'string' && raw.defaultChannel.trim()) input.defaultChannel = raw.defaultChannel.trim();
    else problem('defaultChannel', `expected a channel id such as "linkedin-connect", got ${describe(raw.defaultChannel)}`);
  }

  if (raw.plan !== undefined) {
    if (raw.plan === 'free' || raw.plan === 'premium') input.plan = raw.plan;
    else problem('plan', `expected "free" (200-character notes) or "premium" (300), got ${describe(raw.plan)}`);
  }

  return { input, problems };
}

function checkPhrase(value: unknown, key: string, problem: (key: string, message: string) => void): string | undefined {
  if (typeof value !== 'string' || !value.trim()) {
    problem(key, `expected a non-empty phrase, got ${describe(value)}`);
    return undefined;
  }
  if (value.length > MAX_USER_PHRASE_LENGTH) {
    problem(key, `a phrase is at most ${MAX_USER_PHRASE_LENGTH} characters; this one has ${value.length}`);
    return undefined;
  }
  if (!/[\p{L}\p{N}]/u.test(value)) {
    problem(key, `a phrase needs at least one letter or digit, got ${describe(value)}`);
    return undefined;
  }
  return value.trim();
}

function validatePhraseList(value: unknown, key: string, problem: (key: string, message: string) => void): string[] {
  if (!Array.isArray(value)) {
    problem(key, `expected an array of phrases, got ${describe(value)}`);
    return [];
  }
  const phrases: string[] = [];
  value.forEach((item: unknown, index: number) => {
    const phrase = checkPhrase(item, `${key}[${index}]`, problem);
    if (phrase) phrases.push(phrase);
  });
  return phrases;
}

/** Returns the limit, null for "no limit", or undefined after reporting a problem. */
export function checkLimit(value: unknown, key: string, problem: (key: string, message: string) => void): number | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    problem(key, `expected a whole number of characters (or null for no limit), got ${describe(value)}`);
    return undefined;
  }
  if (value <= 0 || value > MAX_LIMIT) {
    problem(key, `expected a limit between 1 and ${MAX_LIMIT.toLocaleString('en-US')}, got ${value}`);
    return undefined;
  }
  return value;
}

export function defaultRuleSettings(defaults: Record<RuleId, Severity>): Record<RuleId, RuleSetting> {
  return { ...defaults };
}

/**
 * Folds validated layers over the built-in defaults, later layers winning per key. Lists add up
 * (allowed and extra phrases from every layer apply). Returns problems for cross-key mistakes such as
 * a default channel that no layer defines.
 */
export function resolveConfig(
  defaultSeverities: Record<RuleId, Severity>,
  layers: readonly ConfigInput[],
  sources: readonly (string | undefined)[] = [],
): { config: OutreachConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: OutreachConfig = {
    rules: defaultRuleSettings(defaultSeverities),
    allowedPhrases: [],
    extraPhrases: [],
    channels: Object.fromEntries(Object.entries(BUILT_IN_CHANNELS).map(([id, spec]) => [id, { ...spec }])),
    defaultChannel: DEFAULT_CHANNEL,
    plan: 'premium',
    planSetsConnectLimit: true,
  };
  let connectLimitSet = false;
  let defaultChannelSource: string | undefined;
  for (const [index, layer] of layers.entries()) {
    if (layer.rules) Object.assign(config.rules, layer.rules);
    if (layer.allowedPhrases) config.allowedPhrases.push(...layer.allowedPhrases);
    if (layer.extraPhrases) config.extraPhrases.push(...layer.extraPhrases);
    if (layer.plan) config.plan = layer.plan;
    if (layer.channels) {
      for (const [id, spec] of Object.entries(layer.channels)) {
        const base = config.channels[id] ?? { label: id, limit: null };
        config.channels[id] = { ...base, ...spec };
        if (id === 'linkedin-connect' && spec.limit !== undefined) connectLimitSet = true;
      }
    }
    if (layer.defaultChannel) {
      config.defaultChannel = layer.defaultChannel;
      defaultChannelSource = sources[index];
    }
  }
  // The plan picks the connection-note limit unless a layer set that limit explicitly.
  const connect = config.channels['linkedin-connect'];
  if (connect && !connectLimitSet) connect.limit = LINKEDIN_CONNECT_LIMITS[config.plan];
  config.planSetsConnectLimit = !connectLimitSet;
  if (!config.channels[config.defaultChannel]) {
    problems.push({
      key: 'defaultChannel',
      message: `unknown channel "${config.defaultChannel}"; known channels are ${Object.keys(config.channels).join(', ')}`,
      ...(defaultChannelSource ? { source: defaultChannelSource } : {}),
    });
    config.defaultChannel = DEFAULT_CHANNEL;
  }
  return { config, problems };
}
