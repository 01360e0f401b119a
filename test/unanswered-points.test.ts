// Expected findings for fixtures/unanswered-points/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('unanswered-points', {
  'account-access-login-email-missed-playlists-and-family.txt': [
    {
      line: 18,
      column: 147,
      text: "I'd also like to know whether my saved playlists will carry over.",
      message: "The customer asked \"I'd also like to know whether my saved playlists will carry over.\" and the reply does not answer it.",
      suggestions: ["About \"I'd also like to know whether my saved playlists will carry over\": …\n\n"],
      rewrite: "Add a sentence that answers it: About \"I'd also like to know whether my saved playlists will carry over\": …",
    },
    {
      line: 18,
      column: 213,
      text: "And please cancel the family add-on, we don't use it anymore.",
      message: "The customer asked for \"And please cancel the family add-on, we don't use it anymore.\" and the reply does not say what happens with it.",
      suggestions: ["About your request (\"please cancel the family add-on, we don't use it anymore\"): …\n\n"],
      rewrite: "Add a sentence that answers it: About your request (\"please cancel the family add-on, we don't use it anymore\"): …",
    },
  ],
  'banking-lost-debit-card-missed-statement.txt': [
    {
      line: 17,
      column: 126,
      text: "And I need the statement for February for my tax return.",
      message: "The customer asked for \"And I need the statement for February for my tax return.\" and the reply does not say what happens with it.",
      suggestions: ["About your request (\"I need the statement for February for my tax return\"): …\n\n"],
      rewrite: "Add a sentence that answers it: About your request (\"I need the statement for February for my tax return\"): …",
    },
  ],
  'demand-answered-card-removal-missed.txt': [
    {
      line: 3,
      column: 60,
      text: "I've refunded the extra March payment of €12.99 to your card today; it shows within three working days.",
      message: "The customer asked \"Also, can you remove my old Visa card from the account?\" and the reply does not answer it.",
      suggestions: ["\n\nAbout \"can you remove my old Visa card from the account?\": …"],
      rewrite: "Add a sentence that answers it: About \"can you remove my old Visa card from the account?\": …",
    },
  ],
  'e-commerce-cracked-vase-refund-missed-ireland.txt': [
    {
      line: 11,
      column: 34,
      text: "Have a lovely weekend!",
      message: "The customer asked \"Also, do you ship to Ireland?\" and the reply does not answer it.",
      suggestions: ["About \"do you ship to Ireland?\": …\n\n"],
      rewrite: "Add a sentence that answers it: About \"do you ship to Ireland?\": …",
    },
  ],
  'e-commerce-sweater-exchange-missed-invoice-and-unsubscribe.txt': [
    {
      line: 15,
      column: 146,
      text: "Please also unsubscribe me from the daily promo emails.",
      message: "The customer asked for \"Please also unsubscribe me from the daily promo emails.\" and the reply does not say what happens with it.",
      suggestions: ["About your request (\"Please also unsubscribe me from the daily promo emails\"): …\n\n"],
      rewrite: "Add a sentence that answers it: About your request (\"Please also unsubscribe me from the daily promo emails\"): …",
    },
    {
      line: 15,
      column: 202,
      text: "Could you resend the invoice as well?",
      message: "The customer asked \"Could you resend the invoice as well?\" and the reply does not answer it.",
      suggestions: ["About \"Could you resend the invoice as well?\": …\n\n"],
      rewrite: "Add a sentence that answers it: About \"Could you resend the invoice as well?\": …",
    },
  ],
  'hardware-headphones-warranty-missed-firmware.txt': [
    {
      line: 15,
      column: 116,
      text: "Also, the companion app keeps asking me to install a firmware update, but it fails at 60% every time.",
      message: "The customer reported \"Also, the companion app keeps asking me to install a firmware update, but it fails at 60%…\" and the reply does not acknowledge it.",
      suggestions: ["I'm sorry about the trouble with \"the companion app keeps asking me to install a firmware update, but it fails at 60%…\". …\n\n"],
      rewrite: "Add a sentence that answers it: I'm sorry about the trouble with \"the companion app keeps asking me to install a firmware update, but it fails at 60%…\". …",
    },
  ],
  'hosting-ssl-expired-missed-backup-question.txt': [
    {
      line: 9,
      column: 44,
      text: "Have a great afternoon!",
      message: "The customer asked \"I'd also like to know how often you take backups of our database.\" and the reply does not answer it.",
      suggestions: ["About \"I'd also like to know how often you take backups of our database\": …\n\n"],
      rewrite: "Add a sentence that answers it: About \"I'd also like to know how often you take backups of our database\": …",
    },
  ],
  'hotel-stay-receipt-missed-parking-charge.txt': [
    {
      line: 9,
      column: 41,
      text: "Have a wonderful week, Beatriz!",
      message: "The customer asked \"Also, I was charged €15 a night for parking, but the booking said parking was included. C…\" and the reply does not answer it.",
      suggestions: ["\n\nAbout \"I was charged €15 a night for parking, but the booking said parking was included. C…?\": …"],
      rewrite: "Add a sentence that answers it: About \"I was charged €15 a night for parking, but the booking said parking was included. C…?\": …",
    },
  ],
  'mobile-app-receipt-scanner-crash-missed-dark-mode.txt': [
    {
      line: 9,
      column: 60,
      text: "Have a great week!",
      message: "The customer asked \"Also, are you planning a dark mode?\" and the reply does not answer it.",
      suggestions: ["About \"are you planning a dark mode?\": …\n\n"],
      rewrite: "Add a sentence that answers it: About \"are you planning a dark mode?\": …",
    },
  ],
  'saas-api-rate-limit-missed-quote.txt': [
    {
      line: 15,
      column: 147,
      text: "We're also planning to double our traffic next month, so I need a quote for the Scale plan.",
      message: "The customer asked for \"We're also planning to double our traffic next month, so I need a quote for the Scale pla…\" and the reply does not say what happens with it.",
      suggestions: ["About your request (\"We're also planning to double our traffic next month, so I need a quote for the Scale pla…\"): …\n\n"],
      rewrite: "Add a sentence that answers it: About your request (\"We're also planning to double our traffic next month, so I need a quote for the Scale pla…\"): …",
    },
  ],
  'saas-cancel-team-plan-missed-export.txt': [
    {
      line: 17,
      column: 154,
      text: "Also, I need to export all our project boards before the workspace closes.",
      message: "The customer asked for \"Also, I need to export all our project boards before the workspace closes.\" and the reply does not say what happens with it.",
      suggestions: ["About your request (\"I need to export all our project boards before the workspace closes\"): …\n\n"],
      rewrite: "Add a sentence that answers it: About your request (\"I need to export all our project boards before the workspace closes\"): …",
    },
  ],
  'saas-double-charge-refund-missed-yearly-plan.txt': [
    {
      line: 9,
      column: 1,
      text: "Have a great rest of the week, Noah!",
      message: "The customer asked \"Do you offer a yearly subscription?\" and the reply does not answer it.",
      suggestions: ["About \"Do you offer a yearly subscription?\": …\n\n"],
      rewrite: "Add a sentence that answers it: About \"Do you offer a yearly subscription?\": …",
    },
  ],
  'saas-workspace-list-missed-weekly-summary.txt': [
    {
      line: 9,
      column: 38,
      text: "Have a great day!",
      message: "The customer reported \"The weekly summary email hasn't arrived since March 2\" and the reply does not acknowledge it.",
      suggestions: ["I'm sorry about the trouble with \"The weekly summary email hasn't arrived since March 2\". …\n\n"],
      rewrite: "Add a sentence that answers it: I'm sorry about the trouble with \"The weekly summary email hasn't arrived since March 2\". …",
    },
  ],
  'travel-flight-change-missed-stroller.txt': [
    {
      line: 9,
      column: 40,
      text: "Let me know if you'd like anything else arranged.",
      message: "The customer asked \"Also, is a stroller counted as checked baggage?\" and the reply does not answer it.",
      suggestions: ["About \"is a stroller counted as checked baggage?\": …\n\n"],
      rewrite: "Add a sentence that answers it: About \"is a stroller counted as checked baggage?\": …",
    },
  ],
});
