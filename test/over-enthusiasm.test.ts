// Expected findings for fixtures/over-enthusiasm/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('over-enthusiasm', {
  'account-unlocked-great-news-caps.txt': [
    {
      line: 5,
      column: 1,
      text: "GREAT NEWS, YOUR ACCOUNT IS UNLOCKED",
      message: "\"GREAT NEWS, YOUR ACCOUNT IS UNLOCKED\" in capitals reads as shouting: write it in lower case.",
      suggestions: ["great news, your account is unlocked"],
      rewrite: "Write \"great news, your account is unlocked\"",
    },
  ],
  'broadband-router-so-so-happy.txt': [
    {
      line: 3,
      column: 60,
      text: "so so happy",
      message: "\"so so happy\" gushes: a calm, warm tone reads as more sincere.",
      suggestions: [""],
      rewrite: "Remove \"so so happy\": I'm it got to you before the weekend.",
    },
  ],
  'ecommerce-preorder-woohoo-double-exclamation.txt': [
    {
      line: 3,
      column: 52,
      text: "Woohoo",
      message: "\"Woohoo\" gushes: a calm, warm tone reads as more sincere.",
      suggestions: [""],
      rewrite: "Remove \"Woohoo\": !!",
    },
    {
      line: 3,
      column: 58,
      text: "!!",
      message: "\"!!\" is one exclamation mark too many: one is plenty.",
      suggestions: ["!"],
      rewrite: "Replace \"!!\" with \"!\"",
    },
  ],
  'ecommerce-refund-on-its-way-triple-exclamation.txt': [
    {
      line: 5,
      column: 133,
      text: "!!!",
      message: "\"!!!\" is one exclamation mark too many: one is plenty.",
      suggestions: ["!"],
      rewrite: "Replace \"!!!\" with \"!\"",
    },
  ],
  'ecommerce-shipped-whole-sentence-in-caps.txt': [
    {
      line: 5,
      column: 1,
      text: "YOUR ORDER HAS SHIPPED AND WILL ARRIVE TOMORROW BEFORE NOON",
      message: "\"YOUR ORDER HAS SHIPPED AND WILL ARRIVE TOMORROW BEFORE NOON\" in capitals reads as shouting: write it in lower case.",
      suggestions: ["your order has shipped and will arrive tomorrow before noon"],
      rewrite: "Write \"your order has shipped and will arrive tomorrow before noon\"",
    },
  ],
  'food-delivery-review-youve-made-my-day.txt': [
    {
      line: 3,
      column: 64,
      text: "You've made my day",
      message: "\"You've made my day\" gushes: a calm, warm tone reads as more sincere.",
      suggestions: [""],
      rewrite: "Remove \"You've made my day\": And I've shared your message with him and his team lead.",
    },
  ],
  'greeting-with-three-exclamation-marks.txt': [
    {
      line: 1,
      column: 11,
      text: "!!!",
      message: "\"!!!\" is one exclamation mark too many: one is plenty.",
      suggestions: ["!"],
      rewrite: "Replace \"!!!\" with \"!\"",
    },
    {
      line: 3,
      column: 76,
      text: "!!",
      message: "\"!!\" is one exclamation mark too many: one is plenty.",
      suggestions: ["!"],
      rewrite: "Replace \"!!\" with \"!\"",
    },
  ],
  'hosting-migration-oh-my-god.txt': [
    {
      line: 3,
      column: 1,
      text: "Oh my god",
      message: "\"Oh my god\" gushes: a calm, warm tone reads as more sincere.",
      suggestions: [""],
      rewrite: "Remove \"Oh my god\": Thank you for your patience with this migration.",
    },
  ],
  'mobile-app-sync-shouting-this-is-fixed.txt': [
    {
      line: 5,
      column: 1,
      text: "THIS IS FIXED",
      message: "\"THIS IS FIXED\" in capitals reads as shouting: write it in lower case.",
      suggestions: ["this is fixed"],
      rewrite: "Write \"this is fixed\"",
    },
  ],
  'pet-food-subscription-you-made-my-day.txt': [
    {
      line: 3,
      column: 60,
      text: "You made my day",
      message: "\"You made my day\" gushes: a calm, warm tone reads as more sincere.",
      suggestions: [""],
      rewrite: "Remove \"You made my day\": With that one.",
    },
  ],
  'photo-printing-omg-opening.txt': [
    {
      line: 3,
      column: 1,
      text: "OMG",
      message: "\"OMG\" gushes: a calm, warm tone reads as more sincere.",
      suggestions: [""],
      rewrite: "Remove \"OMG\": Thank you for sending the photos of your wedding album.",
    },
  ],
  'saas-invoice-thanks-double-exclamation.txt': [
    {
      line: 3,
      column: 36,
      text: "!!",
      message: "\"!!\" is one exclamation mark too many: one is plenty.",
      suggestions: ["!"],
      rewrite: "Replace \"!!\" with \"!\"",
    },
  ],
  'saas-trial-so-comma-so-happy.txt': [
    {
      line: 3,
      column: 66,
      text: "so, so happy",
      message: "\"so, so happy\" gushes: a calm, warm tone reads as more sincere.",
      suggestions: [""],
      rewrite: "Remove \"so, so happy\": I'm the templates saved you time this week.",
    },
  ],
  'smart-watch-pairing-short-mostly-exclamation.txt': [
    {
      line: 3,
      column: 71,
      text: "Open the Pulse app on the new phone and tap Add device!",
      message: "3 of 5 sentences end with \"!\": keep one for the sign-off and let the rest end calmly.",
      suggestions: ["Open the Pulse app on the new phone and tap Add device."],
      rewrite: "End it with a full stop: Open the Pulse app on the new phone and tap Add device.",
    },
  ],
  'travel-hotel-upgrade-most-sentences-exclamation.txt': [
    {
      line: 3,
      column: 54,
      text: "I've upgraded your room to a sea-view suite at no extra cost!",
      message: "5 of 8 sentences end with \"!\": keep one for the sign-off and let the rest end calmly.",
      suggestions: ["I've upgraded your room to a sea-view suite at no extra cost."],
      rewrite: "End it with a full stop: I've upgraded your room to a sea-view suite at no extra cost.",
    },
  ],
});
