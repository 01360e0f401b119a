// Expected findings for fixtures/missing-thanks/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('missing-thanks', {
  'account-access-two-factor-reset.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm sorry you've been locked out of your account since you switched phones.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'banking-card-blocked-abroad.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm really sorry your card was declined at your hotel in Kyoto last night.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'ecommerce-parcel-reshipped-express.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm really sorry your order #58120 hasn't arrived.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'ecommerce-wrong-shoe-size-exchange.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm sorry the trail shoes arrived in a size 10 instead of the 11 you ordered.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'email-with-steps-and-no-thanks.txt': [
    {
      line: 3,
      column: 1,
      text: "Clear the cache from Settings, then restart the app.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'greeting-and-answer-on-one-line.txt': [
    {
      line: 1,
      column: 8,
      text: "the fix is to clear the cache under Settings > Privacy and then restart the browser once so the old files are gone.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: [" Thanks for letting us know about this."," Thanks for your patience while we looked into this."],
      rewrite: "Add after the first sentence: Thanks for letting us know about this.",
    },
  ],
  'hardware-headphones-warranty-replacement.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm sorry your headphones stopped playing sound in the left ear cup three weeks after you bought them.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'hosting-expired-ssl-certificate.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm sorry your shop showed a security warning to visitors this morning.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'isp-faulty-router-replacement.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm sorry your internet has been dropping out every evening this week.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'mobile-app-crash-on-login-android.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm sorry the Tidy app keeps closing when you try to log in on your Pixel 7.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'mobile-app-reminders-stopped-after-update.txt': [
    {
      line: 3,
      column: 1,
      text: "You're right that reminders stopped arriving on your iPhone after the last update, and I'm sorry for the missed appointment it caused.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'reply-that-is-only-a-list.txt': [
    {
      line: 3,
      column: 3,
      text: "Open Settings, choose Privacy, then press \"Clear data\" for this site only and wait until the counter shows zero.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this.\n\n","Thanks for your patience while we looked into this.\n\n"],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'saas-billing-duplicate-renewal-charge.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm so sorry you were charged twice for the March renewal of your Pro plan.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'saas-excel-export-workaround.txt': [
    {
      line: 3,
      column: 1,
      text: "Exporting reports straight to Excel isn't something our planner can do yet, and I'm sorry about that.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'short-email-no-thanks.txt': [
    {
      line: 3,
      column: 1,
      text: "Your replacement charger left our warehouse this morning and arrives on Thursday.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'thanks-to-the-update-is-a-cause.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks to last week's update, the calendar sync now handles shared calendars, so your team's events will show up in the weekly view from now on.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
  'travel-flight-rebooked-after-schedule-change.txt': [
    {
      line: 3,
      column: 1,
      text: "I'm sorry about the schedule change to your Lisbon flight.",
      message: "The reply never thanks the customer: thank them for writing in, for the report or for waiting.",
      suggestions: ["Thanks for letting us know about this. ","Thanks for your patience while we looked into this. "],
      rewrite: "Open with: Thanks for letting us know about this.",
    },
  ],
});
