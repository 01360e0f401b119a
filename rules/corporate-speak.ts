// corporate-speak: robotic phrases nobody says out loud ("please be advised", "kindly", "as per").
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

/** Words after "as per our" that name a conversation: "following our call", not "under our call". */
const CONVERSATION = new Set(['call', 'conversation', 'chat', 'email', 'e-mail', 'discussion', 'meeting', 'phone', 'message', 'messages', 'emails', 'talk', 'exchange', 'agreement', 'previous', 'last', 'earlier', 'recent']);

/** "as per our policy" → "under our policy"; "as per our call" → "following our call". */
function asPer(m: PhraseMatch): string {
  const rest = m.norms.slice(2).join(' ');
  const next = m.sentence.terms[m.last]?.norm;
  return `${next !== undefined && CONVERSATION.has(next) ? 'following' : 'under'} ${rest}`.trim();
}

const message = (match: PhraseMatch) => `"${match.text}" sounds like a form letter: write it the way you would say it.`;

export default definePhraseRule(
  {
    id: 'corporate-speak',
    severity: 'warning',
    summary: 'Robotic phrases like "please be advised", "kindly", "as per" and "do not hesitate to contact us".',
    description:
      'Customers can hear a template. Phrases from legal letters and old business correspondence make a reply sound like it came from a machine, not a person who read their message. Write like you talk. The rule flags "please be advised", "kindly", "as per", "do not hesitate to contact us", "at your earliest convenience", "rest assured", "we regret to inform you", "aforementioned", "pursuant to", "please find attached", "should you require further assistance" and similar, and offers the spoken version. Words in quotation marks are left alone.',
    seed: '003 §13 "Write like you talk", §14',
  },
  [
    { patterns: ['please be advised (that)?', 'be advised (that)?'], message, rewrites: [''] },
    { patterns: ['kindly'], message, rewrites: ['please', ''] },
    // "As per your request" → "As you asked"; "as per our policy" → "under our policy".
    { patterns: ['as per your (request|instructions|email|message)'], message, rewrites: ['as you asked'] },
    { patterns: ['as per (our|the|my)?'], message, rewrites: [asPer, (m) => `in line with ${m.norms.slice(2).join(' ')}`.trim()] },
    {
      patterns: ['(please)? (do not|never) hesitate to (contact|reach out to|get in touch with|call|email|ask|message|text|write to|reply|let (us|me) know) (us|me)?'],
      message,
      rewrites: ['just reply to this email', 'reply here anytime'],
    },
    { patterns: ['at your (earliest)? convenience'], message, rewrites: ['when you have a moment', 'whenever suits you'] },
    { patterns: ['rest assured (that)?'], message, rewrites: [''] },
    { patterns: ['(we|i) regret to (inform|tell|advise) you (that)?'], message, rewrites: ["I'm sorry, but", 'unfortunately'] },
    { patterns: ['(the|these|those) (aforementioned|aforesaid)'], message, rewrites: ['these', 'the'] },
    { patterns: ['aforementioned', 'aforesaid'], message, rewrites: ['this', 'that'] },
    { patterns: ['pursuant to', 'in accordance with'], message, rewrites: ['under', 'in line with'] },
    { patterns: ['(please)? find attached', 'attached please find', 'enclosed please find'], message, rewrites: ["I've attached", 'here is'] },
    {
      patterns: ['should you (require|need) (any)? (further|additional|more)? (assistance|help|information|support)'],
      message,
      rewrites: ['if you need anything else'],
    },
    { patterns: ['(we|i) (are|am) in receipt of', 'in receipt of'], message, rewrites: ["we've received", "I've received"] },
    { patterns: ['hereby', 'herewith', 'henceforth', 'heretofore'], message, rewrites: ['', 'from now on'] },
    { patterns: ['for your (perusal|reference|records)'], message, rewrites: [''] },
    { patterns: ['(we|i) (would like to|wish to) (inform|advise|notify) you (that)?'], message, rewrites: [''] },
    { patterns: ['the undersigned'], message, rewrites: ['I', 'me'] },
  ],
);
