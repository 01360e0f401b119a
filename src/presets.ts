// Presets: named starting points for which rules run and how loudly.
//   recommended  the default: each rule at its meta severity (false-hope stays off)
//   strict       every rule on, the off-by-default ones as info
//   macros       canned responses: no customer message, placeholders stand for names
//   chat         chat and social replies: no greeting or sign-off expected
import type { Rule } from './types.js';
import type { RuleSetting } from './config.js';

export const PRESETS = ['recommended', 'strict', 'macros', 'chat'] as const;
export type PresetName = (typeof PRESETS)[number];

/** Rules that read the customer's message: a macro library has none. */
const NEEDS_A_CONVERSATION = new Set(['unanswered-points', 'missing-empathy']);
/** Rules about the e-mail envelope, which chat messages do not have. */
const ENVELOPE = new Set(['greeting', 'sign-off']);

export function presetSetting(preset: PresetName, rule: Rule): RuleSetting {
  const { id, severity } = rule.meta;
  switch (preset) {
    case 'strict':
      return severity === 'off' ? 'info' : severity;
    case 'macros':
      return NEEDS_A_CONVERSATION.has(id) ? 'off' : severity;
    case 'chat':
      if (ENVELOPE.has(id)) return 'off';
      if (id === 'missing-thanks') return [severity, { position: 'anywhere' }];
      return severity;
    default:
      return severity;
  }
}
