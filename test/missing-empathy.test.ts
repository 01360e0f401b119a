// Expected findings for fixtures/missing-empathy/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('missing-empathy', {
  'account-locked-out-before-presentation-ridiculous.txt': [
    {
      line: 3,
      column: 1,
      text: "Thank you for the details about the lockout.",
      message: "The customer is upset (\"ridiculous\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'angry-face-still-waiting-for-refund.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for the order number.",
      message: "The customer is upset (\"still waiting\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'banking-card-declined-at-supermarket-embarrassed.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for writing in straight away.",
      message: "The customer is upset (\"never been so\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'ecommerce-late-birthday-parcel-unacceptable.txt': [
    {
      line: 3,
      column: 1,
      text: "Thank you for sending the order number.",
      message: "The customer is upset (\"unacceptable\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'ecommerce-wrong-trainers-size-again-sick-of-it.txt': [
    {
      line: 3,
      column: 1,
      text: "Thank you for the photo of the label.",
      message: "The customer is upset (\"sick of\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'email-concerning-is-not-empathy.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for your email concerning invoice INV-2207.",
      message: "The customer is upset (\"third time\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'food-delivery-cold-order-triple-exclamation.txt': [
    {
      line: 3,
      column: 1,
      text: "Thank you for letting us know about order #7731.",
      message: "The customer is upset (\"in the bin\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'fourth-outage-this-month.txt': [
    {
      line: 3,
      column: 1,
      text: "Your line is back up: we replaced a faulty card at the exchange at 14:10, and the speed test shows your full 150 Mbps again.",
      message: "The customer is upset (\"the fourth this month\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'hardware-router-drops-wifi-this-is-crap.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for telling us exactly when the drops happen.",
      message: "The customer is upset (\"crap\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'hosting-shop-down-on-launch-day-disaster.txt': [
    {
      line: 3,
      column: 1,
      text: "Thank you for raising this the moment it happened.",
      message: "The customer is upset (\"disaster\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'mobile-notes-missing-after-update-furious.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for writing in straight after the update.",
      message: "The customer is upset (\"furious\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'printer-ink-subscription-worst-service.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for your message about the ink subscription.",
      message: "The customer is upset (\"Worst\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'saas-charged-after-cancel-third-time.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for writing back, and for including the date of the charge.",
      message: "The customer is upset (\"third time\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'saas-price-increase-ridiculous.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for asking before making a decision.",
      message: "The customer is upset (\"ridiculous\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'stock-apology-to-an-angry-customer.txt': [
    {
      line: 3,
      column: 1,
      text: "We apologize for any inconvenience this may have caused.",
      message: "The customer is upset (\"I've been charged twice for March!!!\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'subscription-charged-twice-again-fed-up.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for sending the two receipts.",
      message: "The customer is upset (\"fed up\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
  'travel-flight-cancelled-before-wedding-so-frustrated.txt': [
    {
      line: 3,
      column: 1,
      text: "Thank you for getting in touch so quickly about the cancelled flight to Oslo.",
      message: "The customer is upset (\"frustrated\") and the reply never acknowledges it: name their frustration before the fix.",
      suggestions: ["I'm so sorry about this — I understand how frustrating it has been. "],
      rewrite: "Open with: I'm so sorry about this — I understand how frustrating it has been.",
    },
  ],
});
