// Expected findings for fixtures/blame-shifting/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('blame-shifting', {
  'account-access-verification-code-lockout.txt': [
    {
      line: 5,
      column: 1,
      text: "You failed to",
      message: "\"You failed to\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
  'banking-transfer-delay-not-our-fault.txt': [
    {
      line: 5,
      column: 131,
      text: "This is not our fault",
      message: "\"This is not our fault\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
    {
      line: 5,
      column: 193,
      text: "beyond our control",
      message: "\"beyond our control\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'delay-on-the-processors-end.txt': [
    {
      line: 3,
      column: 52,
      text: "is on Stripe's end",
      message: "\"is on Stripe's end\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'e-commerce-boots-parcel-courier-fault.txt': [
    {
      line: 5,
      column: 84,
      text: "That's the courier's fault",
      message: "\"That's the courier's fault\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'furniture-desk-delivery-fedex-end.txt': [
    {
      line: 5,
      column: 51,
      text: "delay is on FedEx's end",
      message: "\"delay is on FedEx's end\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'hardware-mesh-wifi-setup-guide.txt': [
    {
      line: 5,
      column: 1,
      text: "Didn't you read",
      message: "\"Didn't you read\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
  'kitchen-blender-motor-read-instructions.txt': [
    {
      line: 5,
      column: 1,
      text: "If you had read",
      message: "\"If you had read\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
  'laptop-repair-lost-documents-backup.txt': [
    {
      line: 5,
      column: 167,
      text: "You should have backed",
      message: "\"You should have backed\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
  'online-course-certificate-docs-stated.txt': [
    {
      line: 5,
      column: 1,
      text: "As clearly stated in our",
      message: "\"As clearly stated in our\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
  'provider-some-technical-difficulties.txt': [
    {
      line: 3,
      column: 43,
      text: "our payment provider experienced some technical difficulties",
      message: "\"our payment provider experienced some technical difficulties\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'saas-billing-duplicate-renewal-payment-provider.txt': [
    {
      line: 5,
      column: 115,
      text: "Our payment provider had issues",
      message: "\"Our payment provider had issues\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'smart-thermostat-schedule-user-error.txt': [
    {
      line: 5,
      column: 59,
      text: "user error",
      message: "\"user error\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
  'stated-in-our-terms.txt': [
    {
      line: 3,
      column: 48,
      text: "this is clearly stated in our terms",
      message: "\"this is clearly stated in our terms\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
  'travel-seat-selection-third-party-outage.txt': [
    {
      line: 5,
      column: 83,
      text: "due to a third-party outage",
      message: "\"due to a third-party outage\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'website-hosting-outage-provider-trouble.txt': [
    {
      line: 5,
      column: 1,
      text: "Our hosting provider is having trouble",
      message: "\"Our hosting provider is having trouble\" shifts the blame to someone else: the customer chose you, so own the problem and say what you are doing about it.",
      suggestions: ["This is our fault, and we're working with our partners to fix it.","That's on us, and I'm sorry."],
      rewrite: "Rewrite the sentence: This is our fault, and we're working with our partners to fix it.",
    },
  ],
  'you-should-have-cleared-cache.txt': [
    {
      line: 3,
      column: 38,
      text: "issue was most likely on your side",
      message: "\"issue was most likely on your side\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
    {
      line: 3,
      column: 74,
      text: "you should have cleared",
      message: "\"you should have cleared\" blames the customer: help them past the problem instead of pointing out their mistake.",
      suggestions: ["Let me walk you through the steps so this doesn't happen again.","Here's how to put it right."],
      rewrite: "Rewrite the sentence: Let me walk you through the steps so this doesn't happen again.",
    },
  ],
});
