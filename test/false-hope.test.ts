// Expected findings for fixtures/false-hope/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('false-hope', {
  'banking-cheque-deposit-ended-noted-for-product-team.txt': [
    {
      line: 7,
      column: 1,
      text: "I've noted your request",
      message: "\"I've noted your request\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'ecommerce-discontinued-colour-well-keep-it-in-mind.txt': [
    {
      line: 7,
      column: 1,
      text: "We'll keep it in mind",
      message: "\"We'll keep it in mind\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'ecommerce-free-returns-ended-recorded-your-request.txt': [
    {
      line: 7,
      column: 1,
      text: "I've recorded your request",
      message: "\"I've recorded your request\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'food-delivery-cash-payments-ended-keep-in-mind-for-future.txt': [
    {
      line: 7,
      column: 1,
      text: "We'll keep cash payments in mind",
      message: "\"We'll keep cash payments in mind\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'hardware-discontinued-model-firmware-added-name-to-list.txt': [
    {
      line: 7,
      column: 1,
      text: "I've added your name to the list",
      message: "\"I've added your name to the list\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'hosting-ftp-switched-off-logged-a-vote-for-ftp.txt': [
    {
      line: 11,
      column: 1,
      text: "I've logged a vote",
      message: "\"I've logged a vote\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
    {
      line: 11,
      column: 54,
      text: "the more votes it gets, the better",
      message: "\"the more votes it gets, the better\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'mobile-home-widget-removed-more-people-ask-better-chances.txt': [
    {
      line: 7,
      column: 1,
      text: "I've put in a request",
      message: "\"I've put in a request\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
    {
      line: 7,
      column: 49,
      text: "The more people ask for it, the better",
      message: "\"The more people ask for it, the better\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'mobile-offline-mode-removed-let-team-know-you-want-it-back.txt': [
    {
      line: 7,
      column: 1,
      text: "I'll let the team know",
      message: "\"I'll let the team know\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'saas-classic-editor-removed-passed-request-to-team.txt': [
    {
      line: 11,
      column: 1,
      text: "I've passed your request on to the team",
      message: "\"I've passed your request on to the team\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'saas-free-plan-ended-pass-comments-to-management.txt': [
    {
      line: 7,
      column: 1,
      text: "I'll pass your comments along to management",
      message: "\"I'll pass your comments along to management\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'saas-legacy-api-shut-down-added-vote-and-keep-in-mind.txt': [
    {
      line: 12,
      column: 1,
      text: "I've added your vote",
      message: "\"I've added your vote\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
    {
      line: 12,
      column: 46,
      text: "we'll keep it in mind",
      message: "\"we'll keep it in mind\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'saas-old-dashboard-gone-added-your-vote.txt': [
    {
      line: 7,
      column: 1,
      text: "I've added your vote",
      message: "\"I've added your vote\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'stationery-paper-catalogue-discontinued-feedback-to-marketing.txt': [
    {
      line: 7,
      column: 1,
      text: "I'll pass your feedback on to our marketing team",
      message: "\"I'll pass your feedback on to our marketing team\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
  'travel-free-seat-selection-ended-shared-with-pricing-team.txt': [
    {
      line: 7,
      column: 1,
      text: "I've shared your request for free seats with our pricing team",
      message: "\"I've shared your request for free seats with our pricing team\" promises nothing and hints at a change that may never come: if the decision is made, say so and lead the customer to what they can do.",
      suggestions: ["This change is here to stay, but here's what you can do instead: …"],
      rewrite: "Rewrite the sentence: This change is here to stay, but here's what you can do instead: …",
    },
  ],
});
