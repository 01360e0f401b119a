// Lints one draft: parse it once into a reply document, then run the enabled rules over it.
import { parseReply } from './document/reply.js';
import { runRules, type EnabledRule } from './engine/lint.js';
import { resolveRules, type LintConfig } from './config.js';
import type { FileResult, Finding } from './types.js';
import type { Platform } from './inputs/unit.js';

export interface LintTextOptions extends LintConfig {
  filePath?: string;
  /** The customer's message, when it is not quoted in the draft. */
  original?: string;
  /** The customer's name, when the container knows it (an e-mail's From header). */
  customerName?: string;
  /** The helpdesk whose placeholders the reply uses. */
  platform?: Platform;
  /** Rules already resolved (the CLI resolves once for many files). */
  enabled?: readonly EnabledRule[];
}

export function lintText(text: string, options: LintTextOptions = {}): FileResult {
  const filePath = options.filePath ?? '<text>';
  if (text.trim() === '') return { filePath, source: text, findings: [emptyDraft()] };
  const doc = parseReply(text, { original: options.original, customerName: options.customerName, platform: options.platform });
  const enabled = options.enabled ?? resolveRules(options);
  return { filePath, source: text, findings: runRules(doc, enabled) };
}

function emptyDraft(): Finding {
  return {
    ruleId: null,
    severity: 'warning',
    message: 'The draft is empty: there is nothing to lint.',
    span: { start: 0, end: 0 },
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    suggestions: [],
  };
}
