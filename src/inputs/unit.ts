// A lint unit: one reply to lint, taken from a file (the whole file, one macro of an export, the
// visible text of an HTML page, the newest message of an e-mail), with a map back into the file.
import type { OffsetMap } from './offsets.js';

export type Platform = 'zendesk' | 'helpscout' | 'freshdesk' | 'gorgias' | 'intercom' | 'front' | 'github' | 'generic';
export const PLATFORMS: readonly Platform[] = ['zendesk', 'helpscout', 'freshdesk', 'gorgias', 'intercom', 'front', 'github', 'generic'];

export interface LintUnit {
  /** How findings name it: the path, or path#macro-title for a macro in an export. */
  name: string;
  /** The reply text to lint. */
  text: string;
  /** "html" text is reduced to its visible text before linting. */
  format: 'text' | 'html';
  /** Unit offset → file offset. */
  map: OffsetMap;
  /** Encodes a replacement for the container (JSON escaping); without it fixes are not offered. */
  encode?: (text: string) => string;
  platform?: Platform;
  /** The customer's message and name, when the container carries them (an e-mail thread). */
  original?: string;
  customerName?: string;
}

/** Generic shapes take their platform from their placeholders when those say it. */
export function refinePlatform(platform: Platform, text: string): Platform {
  if (platform !== 'generic' && platform !== 'helpscout') return platform;
  // Every clue below is a placeholder: most drafts have none (one scan instead of six).
  if (!text.includes('{')) return platform;
  if (/\{%\s*(?:customer|user|mailbox|conversation)\./.test(text)) return 'helpscout';
  if (/\{\{\s*recipient\./.test(text)) return 'front';
  if (/\{\{\s*(?:first_name|last_name|email|name|company\.)/.test(text)) return 'intercom';
  if (/\{\{\s*ticket\.customer\./.test(text)) return 'gorgias';
  if (/\{\{\s*ticket\.requester\.(?:firstname|name\b)/.test(text)) return 'freshdesk';
  if (/\{\{\s*(?:ticket|current_user|dc)\./.test(text)) return 'zendesk';
  return platform;
}
