// A question about a reply that several rules ask, answered once per reply. Rules run one after
// another over the same reply, so the last answer is all there is to keep: a WeakMap keyed by the
// reply kept every reply's answer (and, for lists, the reply) until a full collection.
import type { ReplyDocument } from '../types.js';

export function perReply<T>(answer: (doc: ReplyDocument) => T): (doc: ReplyDocument) => T {
  let last: { doc: ReplyDocument; value: T } | undefined;
  return (doc) => {
    if (last?.doc !== doc) last = { doc, value: answer(doc) };
    return last.value;
  };
}
