// Expected findings for fixtures/sign-off/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('sign-off', {
  'bare-regards-with-name.txt': [
    {
      line: 9,
      column: 1,
      text: "Regards,",
      message: "\"Regards,\" on its own is a stock sign-off: end with a line that offers more help.",
      suggestions: ["Let me know if you need help with anything else. Have a great day!"],
      rewrite: "Close with: Let me know if you need help with anything else. Have a great day!",
    },
  ],
  'best-regards-with-first-name.txt': [
    {
      line: 9,
      column: 1,
      text: "Best regards,",
      message: "\"Best regards,\" on its own is a stock sign-off: end with a line that offers more help.",
      suggestions: ["Let me know if you need help with anything else. Have a great day!"],
      rewrite: "Close with: Let me know if you need help with anything else. Have a great day!",
    },
  ],
  'heading-line-above-last-paragraph-no-closing.txt': [
    {
      line: 7,
      column: 104,
      text: "Nothing else is needed from you.",
      message: "The reply stops without a closing or a name: end with an offer of more help and sign it.",
      suggestions: ["\n\nLet me know if you need help with anything else. Have a great day!\n<your name>"],
      rewrite: "Add: Let me know if you need help with anything else. Have a great day! <your name>",
    },
  ],
  'kind-regards-alone-no-name.txt': [
    {
      line: 9,
      column: 1,
      text: "Kind regards",
      message: "\"Kind regards\" on its own is a stock sign-off with no name under it: offer more help and sign with your name.",
      suggestions: ["Let me know if you need help with anything else. Have a great day!\n<your name>"],
      rewrite: "Close with: Let me know if you need help with anything else. Have a great day! / <your name>",
    },
  ],
  'no-closing-card-fraud-block.txt': [
    {
      line: 7,
      column: 85,
      text: "Your direct debits move over to the new card automatically, so your bills stay paid.",
      message: "The reply stops without a closing or a name: end with an offer of more help and sign it.",
      suggestions: ["\n\nLet me know if you need help with anything else. Have a great day!\n<your name>"],
      rewrite: "Add: Let me know if you need help with anything else. Have a great day! <your name>",
    },
  ],
  'no-closing-ends-after-numbered-steps.txt': [
    {
      line: 11,
      column: 1,
      text: "Your refund of $118 goes back to your original payment method as soon as the parcel reaches our warehouse.",
      message: "The reply stops without a closing or a name: end with an offer of more help and sign it.",
      suggestions: ["\n\nLet me know if you need help with anything else. Have a great day!\n<your name>"],
      rewrite: "Add: Let me know if you need help with anything else. Have a great day! <your name>",
    },
  ],
  'no-closing-password-sync-fix.txt': [
    {
      line: 7,
      column: 103,
      text: "I checked your vault on our side, and all 12 new entries are safely stored.",
      message: "The reply stops without a closing or a name: end with an offer of more help and sign it.",
      suggestions: ["\n\nLet me know if you need help with anything else. Have a great day!\n<your name>"],
      rewrite: "Add: Let me know if you need help with anything else. Have a great day! <your name>",
    },
  ],
  'sincerely-the-billing-team.txt': [
    {
      line: 9,
      column: 1,
      text: "Sincerely,",
      message: "\"Sincerely,\" on its own is a stock sign-off: end with a line that offers more help.",
      suggestions: ["Let me know if you need help with anything else. Have a great day!"],
      rewrite: "Close with: Let me know if you need help with anything else. Have a great day!",
    },
    {
      line: 10,
      column: 1,
      text: "The Billing Team",
      message: "The reply is signed \"The Billing Team\", a team, not a person: sign with your own name.",
      suggestions: ["<your name>, The Billing Team"],
      rewrite: "Sign as a person: <your name>, The Billing Team",
    },
  ],
  'team-only-signature-acme-customer-care.txt': [
    {
      line: 15,
      column: 1,
      text: "Acme Customer Care",
      message: "The reply is signed \"Acme Customer Care\", a team, not a person: sign with your own name.",
      suggestions: ["<your name>, Acme Customer Care"],
      rewrite: "Sign as a person: <your name>, Acme Customer Care",
    },
  ],
  'team-only-signature-customer-service.txt': [
    {
      line: 9,
      column: 1,
      text: "Customer Service",
      message: "The reply is signed \"Customer Service\", a team, not a person: sign with your own name.",
      suggestions: ["<your name>, Customer Service"],
      rewrite: "Sign as a person: <your name>, Customer Service",
    },
  ],
  'team-only-signature-support-team.txt': [
    {
      line: 9,
      column: 1,
      text: "Support Team",
      message: "The reply is signed \"Support Team\", a team, not a person: sign with your own name.",
      suggestions: ["<your name>, Support Team"],
      rewrite: "Sign as a person: <your name>, Support Team",
    },
  ],
  'team-only-signature-the-acme-team.txt': [
    {
      line: 12,
      column: 1,
      text: "The Acme Team",
      message: "The reply is signed \"The Acme Team\", a team, not a person: sign with your own name.",
      suggestions: ["<your name>, The Acme Team"],
      rewrite: "Sign as a person: <your name>, The Acme Team",
    },
  ],
  'yours-faithfully-with-full-name.txt': [
    {
      line: 9,
      column: 1,
      text: "Yours faithfully,",
      message: "\"Yours faithfully,\" on its own is a stock sign-off: end with a line that offers more help.",
      suggestions: ["Let me know if you need help with anything else. Have a great day!"],
      rewrite: "Close with: Let me know if you need help with anything else. Have a great day!",
    },
  ],
});
