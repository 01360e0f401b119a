// The library API: the CLI is a thin layer over these.
export { lintText, lintText as lint, type LintTextOptions } from './lint-text.js';
export { lintFiles, type LintFilesOptions } from './api.js';
export { loadConfig, validateConfig, type FileConfig, type TeamPhrase } from './config-file.js';
export { PRESETS, type PresetName } from './presets.js';
export { parseReply, type ParseOptions } from './document/reply.js';
export { resolveRules, parseRuleFlags, rulesById, type LintConfig, type RuleSetting } from './config.js';
export { defineRule, definePhraseRule } from './engine/rule.js';
export type { PhraseEntry, PhraseMatch, PhraseSkip } from './engine/phrases.js';
export { getFormatter, FORMATS, type FormatName } from './formatters/index.js';
export { builtinRules } from '../rules/index.js';
export type * from './types.js';
