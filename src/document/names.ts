// The customer's first name, for greetings: from the attribution or From header of a quoted
// thread, or from how the customer signed their own message.
import type { CustomerMessage } from '../types.js';
import { isSignatureLike, isTeamLine, matchClosing } from './envelope.js';
import { letters } from '../engine/letters.js';

const NAME_LIKE = letters`/^\p{Lu}[\p{Ll}'-]{1,20}$/u`;

const NOT_NAMES = new Set(['thanks', 'thank', 'regards', 'cheers', 'best', 'sent', 'hi', 'hello', 'from', 'get', 'the', 'my', 'order']);

/** "Priya Shah" → "Priya"; "dr. anna" → undefined (not how people sign). */
function firstName(full: string): string | undefined {
  const first = full.trim().replace(/^[-–—~^.\s]+/, '').split(/[\s,]+/)[0];
  if (!first || !NAME_LIKE.test(first) || NOT_NAMES.has(first.toLowerCase())) return undefined;
  return first;
}

export function customerFirstName(customer: CustomerMessage | undefined): string | undefined {
  if (!customer) return undefined;
  if (customer.name) return firstName(customer.name);
  // The customer's own sign-off: the last short name-like line of their message.
  const lines = customer.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  for (const line of lines.slice(-2).reverse()) {
    const closing = matchClosing(line);
    if (closing?.name) return firstName(closing.name);
    if (closing) continue;
    if (isSignatureLike(line) && !isTeamLine(line) && line.split(/\s+/).length <= 3) return firstName(line);
  }
  return undefined;
}
