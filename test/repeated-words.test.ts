// Expected findings for fixtures/repeated-words/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('repeated-words', {
  'account-i-i-reset.txt': [
    {
      line: 3,
      column: 56,
      text: "I I",
      message: "\"I I\" repeats a word: remove one \"I\".",
      suggestions: ["I"],
      rewrite: "Write \"I\" once",
    },
  ],
  'account-to-to-hard-wrapped-line-break.txt': [
    {
      line: 5,
      column: 71,
      text: "to\nto",
      message: "\"to to\" repeats a word: remove one \"to\".",
      suggestions: ["to"],
      rewrite: "Write \"to\" once",
    },
  ],
  'banking-the-the-at-sentence-start.txt': [
    {
      line: 5,
      column: 1,
      text: "The the",
      message: "\"The the\" repeats a word: remove one \"The\".",
      suggestions: ["The"],
      rewrite: "Write \"The\" once",
    },
  ],
  'ecommerce-the-the-tracking.txt': [
    {
      line: 3,
      column: 88,
      text: "the the",
      message: "\"the the\" repeats a word: remove one \"the\".",
      suggestions: ["the"],
      rewrite: "Write \"the\" once",
    },
  ],
  'ecommerce-we-we-and-it-it.txt': [
    {
      line: 3,
      column: 37,
      text: "We we",
      message: "\"We we\" repeats a word: remove one \"We\".",
      suggestions: ["We"],
      rewrite: "Write \"We\" once",
    },
    {
      line: 5,
      column: 56,
      text: "It it",
      message: "\"It it\" repeats a word: remove one \"It\".",
      suggestions: ["It"],
      rewrite: "Write \"It\" once",
    },
  ],
  'food-delivery-and-and-refund.txt': [
    {
      line: 3,
      column: 106,
      text: "and and",
      message: "\"and and\" repeats a word: remove one \"and\".",
      suggestions: ["and"],
      rewrite: "Write \"and\" once",
    },
  ],
  'hardware-a-a-replacement.txt': [
    {
      line: 3,
      column: 73,
      text: "a a",
      message: "\"a a\" repeats a word: remove one \"a\".",
      suggestions: ["a"],
      rewrite: "Write \"a\" once",
    },
  ],
  'hosting-is-is-renewed.txt': [
    {
      line: 3,
      column: 58,
      text: "is is",
      message: "\"is is\" repeats a word: remove one \"is\".",
      suggestions: ["is"],
      rewrite: "Write \"is\" once",
    },
  ],
  'hosting-of-of-in-numbered-step.txt': [
    {
      line: 6,
      column: 32,
      text: "of of",
      message: "\"of of\" repeats a word: remove one \"of\".",
      suggestions: ["of"],
      rewrite: "Write \"of\" once",
    },
  ],
  'mobile-app-you-you-across-line-break.txt': [
    {
      line: 4,
      column: 82,
      text: "you\nyou",
      message: "\"you you\" repeats a word: remove one \"you\".",
      suggestions: ["you"],
      rewrite: "Write \"you\" once",
    },
  ],
  'saas-for-for-curly-apostrophes.txt': [
    {
      line: 3,
      column: 88,
      text: "for for",
      message: "\"for for\" repeats a word: remove one \"for\".",
      suggestions: ["for"],
      rewrite: "Write \"for\" once",
    },
  ],
  'saas-to-to-export.txt': [
    {
      line: 5,
      column: 36,
      text: "to to",
      message: "\"to to\" repeats a word: remove one \"to\".",
      suggestions: ["to"],
      rewrite: "Write \"to\" once",
    },
  ],
  'travel-your-your-booking.txt': [
    {
      line: 3,
      column: 62,
      text: "your your",
      message: "\"your your\" repeats a word: remove one \"your\".",
      suggestions: ["your"],
      rewrite: "Write \"your\" once",
    },
  ],
});
