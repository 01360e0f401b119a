// Expected findings for fixtures/passing-around/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('passing-around', {
  'bank-unknown-card-payment-phone-fraud-team.txt': [
    {
      line: 5,
      column: 58,
      text: "please phone them on",
      message: "\"please phone them on\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'broadband-sport-addon-have-to-transfer-you.txt': [
    {
      line: 5,
      column: 162,
      text: "I'll have to transfer you",
      message: "\"I'll have to transfer you\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'contact-the-airline-directly.txt': [
    {
      line: 3,
      column: 95,
      text: "please contact the airline directly",
      message: "\"please contact the airline directly\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'ecommerce-grinder-get-in-touch-with-courier.txt': [
    {
      line: 5,
      column: 48,
      text: "you'll need to get in touch with",
      message: "\"you'll need to get in touch with\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'ecommerce-sandals-email-returns-instead.txt': [
    {
      line: 5,
      column: 79,
      text: "handled by a separate team",
      message: "\"handled by a separate team\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
    {
      line: 5,
      column: 110,
      text: "please email returns@solestreet.example",
      message: "\"please email returns@solestreet.example\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'food-delivery-cold-pad-thai-restaurant-and-new-ticket.txt': [
    {
      line: 5,
      column: 84,
      text: "you'll need to reach out to",
      message: "\"you'll need to reach out to\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'hosting-packet-loss-open-new-ticket-network-team.txt': [
    {
      line: 5,
      column: 166,
      text: "Please open a new ticket",
      message: "\"Please open a new ticket\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'insurance-duplicate-premium-call-billing-team.txt': [
    {
      line: 5,
      column: 32,
      text: "you need to call",
      message: "\"you need to call\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'mobile-app-android-crash-forward-log-to-android-team.txt': [
    {
      line: 5,
      column: 24,
      text: "handled by a separate team",
      message: "\"handled by a separate team\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
    {
      line: 5,
      column: 55,
      text: "please forward the log and your phone model to android-support@snapnote.example",
      message: "\"please forward the log and your phone model to android-support@snapnote.example\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'printer-roller-warranty-drop-mateo-a-line.txt': [
    {
      line: 5,
      column: 60,
      text: "drop him a line",
      message: "\"drop him a line\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'saas-billing-contact-sales-department-seats.txt': [
    {
      line: 5,
      column: 146,
      text: "please contact our sales department",
      message: "\"please contact our sales department\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'saas-data-access-request-send-to-privacy-team.txt': [
    {
      line: 5,
      column: 54,
      text: "please send your request to privacy@formwise.example",
      message: "\"please send your request to privacy@formwise.example\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'saas-enterprise-seat-reduction-speak-to-account-manager.txt': [
    {
      line: 5,
      column: 50,
      text: "please speak to your account manager",
      message: "\"please speak to your account manager\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
  'travel-team-offsite-reach-out-to-group-desk.txt': [
    {
      line: 5,
      column: 79,
      text: "you'll need to reach out to",
      message: "\"you'll need to reach out to\" sends the customer elsewhere: take it on and bring the right people into this conversation.",
      suggestions: ["I've asked the right team to reply to you here directly.","I've looped in a colleague who handles this, and they'll reply on this thread."],
      rewrite: "Rewrite the sentence: I've asked the right team to reply to you here directly.",
    },
  ],
});
