// Expected findings for fixtures/refusal-without-alternative/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('refusal-without-alternative', {
  'cannot-extend-free-trial-saas-analytics.txt': [
    {
      line: 3,
      column: 87,
      text: "we cannot extend",
      message: "\"we cannot extend\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["Unfortunately, we cannot extend the free trial. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: Unfortunately, we cannot extend the free trial. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'cant-change-delivery-slot-unrelated-you-can-two-paragraphs-on.txt': [
    {
      line: 3,
      column: 49,
      text: "We can't change",
      message: "\"We can't change\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We can't change your delivery slot for tomorrow. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We can't change your delivery slot for tomorrow. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'cant-ship-canary-islands-ecommerce.txt': [
    {
      line: 3,
      column: 39,
      text: "We can't ship",
      message: "\"We can't ship\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We can't ship to the Canary Islands. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We can't ship to the Canary Islands. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'cant-unlock-account-over-email-curly.txt': [
    {
      line: 3,
      column: 50,
      text: "We can’t unlock",
      message: "\"We can’t unlock\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We can’t unlock the account over email. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We can’t unlock the account over email. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'dont-offer-phone-support-hosting.txt': [
    {
      line: 3,
      column: 58,
      text: "We don't offer",
      message: "\"We don't offer\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We don't offer phone support. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We don't offer phone support. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'dont-support-excel-export-saas-invoicing.txt': [
    {
      line: 3,
      column: 47,
      text: "We don't support",
      message: "\"We don't support\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We don't support exporting invoices to Excel. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We don't support exporting invoices to Excel. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'isnt-possible-close-fixed-deposit-early.txt': [
    {
      line: 3,
      column: 59,
      text: "It isn't possible",
      message: "\"It isn't possible\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["It isn't possible to close a fixed-term deposit before the end of its term. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: It isn't possible to close a fixed-term deposit before the end of its term. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'no-dont-support-sso-starter-plan.txt': [
    {
      line: 3,
      column: 65,
      text: "we don't support",
      message: "\"we don't support\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["No, we don't support single sign-on on the Starter plan. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: No, we don't support single sign-on on the Starter plan. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'not-able-to-repair-speaker-after-warranty.txt': [
    {
      line: 3,
      column: 53,
      text: "We're not able to repair",
      message: "\"We're not able to repair\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We're not able to repair the speaker once the warranty has ended. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We're not able to repair the speaker once the warranty has ended. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'not-possible-name-change-train-ticket.txt': [
    {
      line: 3,
      column: 62,
      text: "It's not possible",
      message: "\"It's not possible\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["It's not possible to change the name on a booked ticket. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: It's not possible to change the name on a booked ticket. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'not-possible-transfer-loyalty-points-airline.txt': [
    {
      line: 3,
      column: 52,
      text: "It's not possible",
      message: "\"It's not possible\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["It's not possible to transfer loyalty points to another member. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: It's not possible to transfer loyalty points to another member. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'two-refusals-hosting-backups-and-restore.txt': [
    {
      line: 5,
      column: 1,
      text: "We don't offer",
      message: "\"We don't offer\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We don't offer hourly backups on the Basic plan. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We don't offer hourly backups on the Basic plan. I'm sorry about that. Here's what we can do instead: …",
    },
    {
      line: 7,
      column: 1,
      text: "We can't restore",
      message: "\"We can't restore\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We can't restore a backup that's older than 30 days. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We can't restore a backup that's older than 30 days. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'unable-to-refund-food-order-cooking-started.txt': [
    {
      line: 3,
      column: 72,
      text: "We're unable to refund",
      message: "\"We're unable to refund\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We're unable to refund an order once the restaurant has started cooking it. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We're unable to refund an order once the restaurant has started cooking it. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'wont-add-dark-mode-desktop-app.txt': [
    {
      line: 3,
      column: 75,
      text: "We won't be adding",
      message: "\"We won't be adding\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We won't be adding a dark mode to the desktop app. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We won't be adding a dark mode to the desktop app. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
  'wont-reopen-packed-order-add-item.txt': [
    {
      line: 3,
      column: 33,
      text: "We won't reopen",
      message: "\"We won't reopen\" says no and stops there: add a sorry and what the customer can do instead.",
      suggestions: ["We won't reopen an order after it's been packed. I'm sorry about that. Here's what we can do instead: …"],
      rewrite: "Rewrite the sentence: We won't reopen an order after it's been packed. I'm sorry about that. Here's what we can do instead: …",
    },
  ],
});
