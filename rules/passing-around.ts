// passing-around: sending the customer elsewhere instead of taking the problem on.
import { definePhraseRule } from '../src/engine/rule.js';
import type { PhraseMatch } from '../src/engine/phrases.js';

const TEAM =
  '(sales|billing|technical|tech|support|returns|accounts|account|shipping|customer service|customer care|payments|finance|legal|security|fraud|warranty|repair|repairs|claims|helpdesk|help desk|it|hr|partnerships|enterprise)';
const UNIT = '(department|team|desk|line|people|folks|group|office|specialists|colleagues|hotline|manager|account manager|representative|rep)';
const CONTACT = '(contact|call|email|e-mail|phone|ring|message|reach out to|get in touch with|write to|speak to|talk to|speak with|talk with)';

/** Other companies a reply may send the customer to ("please contact the airline directly"). */
const OTHERS =
  '(seller|vendor|merchant|airline|hotel|manufacturer|maker|retailer|store|shop|bank|card issuer|issuer|carrier|courier|provider|operator|developer|publisher|landlord|insurer|insurance company|restaurant|venue|organizer|organiser|marketplace|app store|network operator)';

const message = (match: PhraseMatch) =>
  `"${match.text}" sends the customer elsewhere: take it on and bring the right people into this conversation.`;

export default definePhraseRule(
  {
    id: 'passing-around',
    severity: 'error',
    summary: 'Sending the customer to another team, address or ticket instead of taking it on.',
    description:
      'Every hand-off makes the customer start again: find the address, explain the problem a second time, wait in another queue. Take it on and bring the right colleague into the conversation ("I\'ve asked our billing team to reply to you here directly"). The rule flags "please contact our sales department", "you\'ll need to reach out to…", "open a new ticket with…", "I\'ll have to transfer you" and similar. It leaves alone sentences where the agent has already looped the team in ("I\'ve asked…", "I\'ve forwarded this to… and they will reply here").',
    seed: '003 §1 "passing users around is a huge no-no", §15.3, §15.7',
  },
  [
    {
      patterns: [
        `(please)? ${CONTACT} (our|the|your) ${TEAM}? ${UNIT}`,
        `(please)? ${CONTACT} ${TEAM} (at|on|via|directly)`,
        `(please)? ${CONTACT} (the|your) ${OTHERS} (directly|instead|yourself)`,
        `(please)? ${CONTACT} (the|your) ${OTHERS} (at|on|via|for|about|to|regarding)`,
        '(handled|dealt with|managed|covered) by (another|a different|a separate|the other) (department|team|company|provider)',
        `you (will|would|may|might)? (need|have|want) to ${CONTACT}`,
        `you (should|must|can) ${CONTACT} (our|the) ${TEAM}? ${UNIT}`,
        '(please)? (open|submit|file|create|raise|start) a (new|separate|different) (ticket|request|case|support request|conversation)',
        'i (will|would) (have|need) to (transfer|forward|pass) you',
        'i am (transferring|forwarding|passing) you',
        '(this|that) is (not|outside) (our|my) (department|area|team)',
        'not something (we|i) (handle|deal with|can help with|cover)',
        `(please)? ${CONTACT} * instead`,
        '(please)? (email|e-mail|contact|write to|message|phone|call|ring) <opaque>',
        '(please)? (phone|call|ring|email|e-mail|contact|message) (them|him|her) (on|at|via|directly)',
        'please (forward|send|email) (*|* *|* * *|* * * *|* * * * *|* * * * * *|* * * * * * *) to <opaque>',
        'drop (him|her|them|us) a (line|note|message|email)',
      ],
      message,
      rewrites: ["I've asked the right team to reply to you here directly.", "I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewriteSentence: true,
      skip: {
        conditionals: true,
        sentence: [
          'i have (asked|looped|forwarded|passed|copied|cc\'d|added|brought|escalated)', 'i (will|can) (ask|loop|forward|escalate)',
          'will (reply|respond|get back) to you (here|directly|on this)', 'on this (thread|email|ticket)',
          '(we|i) (will|can|would|am going to|are going to) (make|look|help|get|sort|fix|take|investigate|check)', '(email|message|dm|contact|call|write to) (us|me)',
          'suspicious', 'phishing', 'spam', 'scam', '(we|i) (will|have|can|am going to|are going to) (get in touch with|contact|reach out to|call|email|ask|speak to|talk to)',
          // Moving the conversation to "us" in another channel is not a hand-off: "Mind sending us a DM <link>".
          '(send|sending|drop|dropping|shoot|shooting) (us|me) (a|an)', '(via|through|in|by) (a)? (direct|private) message', 'have you (had a chance to)? (spoken|speak|contacted|called|reached|talked)',
        ],
        // Reporting a fake message or abuse to the right address is the answer, not a hand-off.
        reply: ['phishing', 'not (a)? legitimate', 'fake (text|email|e-mail|message|alert|website|site|call|page)', 'spoofed', 'report (abuse|spam)'],
      },
    },
  ],
);
