// Expected findings for fixtures/empty-words/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('empty-words', {
  'account-lockout-we-care-about-your-business.txt': [
    {
      line: 3,
      column: 99,
      text: "We care about your business",
      message: "\"We care about your business\" is a stock phrase that says nothing: say what you are doing for the customer.",
      suggestions: ["We're glad you're with us","We want to get this right for you"],
      rewrite: "Replace \"We care about your business\" with \"We're glad you're with us\": We're glad you're with us, and I know how stressful that timing was.",
    },
  ],
  'app-crash-feedback-sentence-start.txt': [
    {
      line: 3,
      column: 192,
      text: "Feedback",
      message: "\"Feedback\" is an empty word: call it what the customer gave you (thoughts, ideas, a bug report).",
      suggestions: ["Input","Ideas"],
      rewrite: "Replace \"Feedback\" with \"Input\": Input like yours is how we catch bugs that only show up on certain phones.",
    },
  ],
  'bank-card-your-call-is-important.txt': [
    {
      line: 3,
      column: 102,
      text: "Your call is important to us",
      message: "\"Your call is important to us\" is a stock phrase that nobody believes: show it by answering.",
      suggestions: ["I'm on it","I've read your message carefully"],
      rewrite: "Replace \"Your call is important to us\" with \"I'm on it\": I'm on it, and that wait was far too long.",
    },
  ],
  'billing-credit-for-inconvenience.txt': [
    {
      line: 5,
      column: 178,
      text: "inconvenience",
      message: "\"inconvenience\" is an empty word: name the actual trouble (a late parcel, a double charge).",
      suggestions: ["trouble","hassle","frustration"],
      rewrite: "Replace \"inconvenience\" with \"trouble\": I've also added a $20 credit to your account for the trouble, and it will apply to your April invoice automatically.",
    },
  ],
  'ecommerce-sizing-chart-feedback-and-valued-customer.txt': [
    {
      line: 3,
      column: 199,
      text: "feedback",
      message: "\"feedback\" is an empty word: call it what the customer gave you (thoughts, ideas, a bug report).",
      suggestions: ["thoughts","ideas"],
      rewrite: "Replace \"feedback\" with \"thoughts\": We appreciate the thoughts.",
    },
    {
      line: 5,
      column: 133,
      text: "valued customer",
      message: "\"valued customer\" is a form-letter phrase: talk to the person, not to a category.",
      suggestions: ["customer"],
      rewrite: "Replace \"valued customer\" with \"customer\": I've corrected the chart on the product page, and I've emailed you a prepaid return label so you can swap the size M for an S. As a customer, you also get free express shipping on the exchange, so the new dress will reach you within two days of us receiving the return.",
    },
  ],
  'food-delivery-cold-order-email-important.txt': [
    {
      line: 3,
      column: 166,
      text: "your email is important to us",
      message: "\"your email is important to us\" is a stock phrase that nobody believes: show it by answering.",
      suggestions: ["I'm on it","I've read your message carefully"],
      rewrite: "Replace \"your email is important to us\" with \"I'm on it\": I looked into it first thing this morning, as I'm on it.",
    },
  ],
  'hardware-router-adapter-inconvenienced-curly.txt': [
    {
      line: 5,
      column: 13,
      text: "inconvenienced",
      message: "\"inconvenienced\" is an empty word: say what happened to the customer.",
      suggestions: ["put out","let down"],
      rewrite: "Replace \"inconvenienced\" with \"put out\": You’ve been put out enough by this, so I’ve skipped the usual return process.",
    },
  ],
  'hosting-storage-valued-customer.txt': [
    {
      line: 3,
      column: 133,
      text: "valued customer",
      message: "\"valued customer\" is a form-letter phrase: talk to the person, not to a category.",
      suggestions: ["customer"],
      rewrite: "Replace \"valued customer\" with \"customer\": You've been with us on the Business plan since 2018, and as a customer I want your sites to have room to grow.",
    },
  ],
  'saas-calendar-sync-inconveniences-plural.txt': [
    {
      line: 7,
      column: 7,
      text: "inconveniences",
      message: "\"inconveniences\" is an empty word: name the actual trouble (a late parcel, a double charge).",
      suggestions: ["problems","hassles"],
      rewrite: "Replace \"inconveniences\" with \"problems\": These problems hit right in the middle of your planning week.",
    },
  ],
  'shipping-thanks-for-feedback-opening.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for your feedback",
      message: "\"Thanks for your feedback\" thanks the customer for \"feedback\", an empty word: thank them for what they actually shared.",
      suggestions: ["Thanks for sharing your thoughts","Thanks for taking the time to tell us this"],
      rewrite: "Replace \"Thanks for your feedback\" with \"Thanks for sharing your thoughts\": Thanks for sharing your thoughts about the delivery window on order #58213.",
    },
  ],
  'subscription-renewal-feedback-and-inconvenience.txt': [
    {
      line: 3,
      column: 54,
      text: "feedback",
      message: "\"feedback\" is an empty word: call it what the customer gave you (thoughts, ideas, a bug report).",
      suggestions: ["input","ideas"],
      rewrite: "Replace \"feedback\" with \"input\": Your input is spot on: we sent the reminder two days before the charge instead of the 14 days our terms promise, and that's our mistake.",
    },
    {
      line: 7,
      column: 20,
      text: "inconvenience",
      message: "\"inconvenience\" is an empty word: name the actual trouble (a late parcel, a double charge).",
      suggestions: ["trouble","hassle","frustration"],
      rewrite: "Replace \"inconvenience\" with \"trouble\": To make up for the trouble, your next month is free.",
    },
  ],
  'travel-flight-change-message-important-curly.txt': [
    {
      line: 3,
      column: 108,
      text: "Your message is important to us",
      message: "\"Your message is important to us\" is a stock phrase that nobody believes: show it by answering.",
      suggestions: ["I'm on it","I've read your message carefully"],
      rewrite: "Replace \"Your message is important to us\" with \"I'm on it\": I'm on it, and three days is far too long to leave you waiting.",
    },
  ],
});
