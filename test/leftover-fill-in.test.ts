// Expected findings for fixtures/leftover-fill-in/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('leftover-fill-in', {
  'freshdesk-hardware-fill-in-order-id.md': [
    {
      line: 9,
      column: 71,
      text: "<Fill in order ID>",
      message: "\"<Fill in order ID>\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"<Fill in order ID>\" with the real value before sending",
    },
  ],
  'freshdesk-saas-price-fill-in.md': [
    {
      line: 9,
      column: 40,
      text: "[amount]",
      message: "\"[amount]\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"[amount]\" with the real value before sending",
    },
  ],
  'front-hosting-todo-status-link.md': [
    {
      line: 11,
      column: 1,
      text: "TODO:",
      message: "\"TODO:\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"TODO:\" with the real value before sending",
    },
  ],
  'front-saas-insert-link-lowercase.md': [
    {
      line: 15,
      column: 50,
      text: "[insert link]",
      message: "\"[insert link]\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"[insert link]\" with the real value before sending",
    },
  ],
  'gorgias-ecommerce-tracking-link-bracket.md': [
    {
      line: 9,
      column: 82,
      text: "[Tracking link]",
      message: "\"[Tracking link]\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"[Tracking link]\" with the real value before sending",
    },
  ],
  'gorgias-food-delivery-insert-date.md': [
    {
      line: 9,
      column: 63,
      text: "INSERT date here",
      message: "\"INSERT date here\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"INSERT date here\" with the real value before sending",
    },
  ],
  'helpscout-banking-card-ending-xxxx.md': [
    {
      line: 9,
      column: 68,
      text: "XXXX",
      message: "\"XXXX\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"XXXX\" with the real value before sending",
    },
  ],
  'helpscout-banking-underscore-blank.md': [
    {
      line: 9,
      column: 34,
      text: "___",
      message: "\"___\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"___\" with the real value before sending",
    },
  ],
  'helpscout-billing-refund-amount-xxx.md': [
    {
      line: 9,
      column: 16,
      text: "XXX",
      message: "\"XXX\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"XXX\" with the real value before sending",
    },
  ],
  'intercom-mobile-app-issue-number.md': [
    {
      line: 9,
      column: 90,
      text: "<ISSUE_NUMBER>",
      message: "\"<ISSUE_NUMBER>\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"<ISSUE_NUMBER>\" with the real value before sending",
    },
  ],
  'intercom-saas-name-bracket-signoff.md': [
    {
      line: 14,
      column: 1,
      text: "[NAME]",
      message: "\"[NAME]\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"[NAME]\" with the real value before sending",
    },
  ],
  'lowercase-angle-bracket-blanks.txt': [
    {
      line: 3,
      column: 24,
      text: "<order number>",
      message: "\"<order number>\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"<order number>\" with the real value before sending",
    },
    {
      line: 3,
      column: 86,
      text: "<date>",
      message: "\"<date>\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"<date>\" with the real value before sending",
    },
  ],
  'zendesk-ecommerce-order-number-bracket.md': [
    {
      line: 9,
      column: 7,
      text: "[Order number]",
      message: "\"[Order number]\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"[Order number]\" with the real value before sending",
    },
  ],
  'zendesk-travel-date-and-time-brackets.md': [
    {
      line: 9,
      column: 42,
      text: "[DATE]",
      message: "\"[DATE]\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"[DATE]\" with the real value before sending",
    },
    {
      line: 9,
      column: 52,
      text: "[TIME]",
      message: "\"[TIME]\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"[TIME]\" with the real value before sending",
    },
  ],
  'zendesk-travel-tbd-departure.md': [
    {
      line: 9,
      column: 59,
      text: "TBD",
      message: "\"TBD\" is a blank left to fill in: put the real value here, or a placeholder your helpdesk fills.",
      suggestions: ["…"],
      rewrite: "Replace \"TBD\" with the real value before sending",
    },
  ],
});
