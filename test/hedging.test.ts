// Expected findings for fixtures/hedging/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('hedging', {
  'account-2fa-it-seems-and-hopefully-this-helps.txt': [
    {
      line: 3,
      column: 66,
      text: "It seems",
      message: "\"It seems\" hedges about something you did or checked: say it with certainty.",
      suggestions: [""],
      rewrite: "Remove \"It seems\": The codes were going to your old phone number, which was still on your account from 2021.",
    },
    {
      line: 11,
      column: 1,
      text: "Hopefully this helps",
      message: "\"Hopefully this helps\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["Let me know if anything still isn't right","This sorts it out, and I'm here if anything is still off"],
      rewrite: "Replace \"Hopefully this helps\" with \"Let me know if anything still isn't right\": Let me know if anything still isn't right.",
    },
  ],
  'backups-it-looks-like-and-should-now-work.txt': [
    {
      line: 3,
      column: 114,
      text: "it looks like",
      message: "\"it looks like\" hedges about something you did or checked: say it with certainty.",
      suggestions: [""],
      rewrite: "Remove \"it looks like\": I checked the backup logs for your server, and the nightly job stopped on June 2, when we moved your site to a new storage cluster.",
    },
    {
      line: 5,
      column: 189,
      text: "should now work",
      message: "\"should now work\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["now works"],
      rewrite: "Replace \"should now work\" with \"now works\": Tonight's backup now works on its own as well.",
    },
  ],
  'bank-card-it-seems-declined-curly.txt': [
    {
      line: 3,
      column: 116,
      text: "it seems",
      message: "\"it seems\" hedges about something you did or checked: say it with certainty.",
      suggestions: [""],
      rewrite: "Remove \"it seems\": I’ve gone through the transactions on your card, and your card was declined because the hotel’s €600 hold pushed you over your daily limit.",
    },
  ],
  'billing-double-charge-might-have-been.txt': [
    {
      line: 3,
      column: 51,
      text: "might have been",
      message: "\"might have been\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["was","is"],
      rewrite: "Replace \"might have been\" with \"was\": Your card was charged twice because our checkout timed out while the first payment was going through, and the retry created a second charge.",
    },
  ],
  'crm-import-it-looks-like-failed.txt': [
    {
      line: 3,
      column: 37,
      text: "It looks like",
      message: "\"It looks like\" hedges about something you did or checked: say it with certainty.",
      suggestions: [""],
      rewrite: "Remove \"It looks like\": The import failed because the file uses semicolons between columns, and our importer only reads commas.",
    },
  ],
  'ecommerce-replacement-hopefully-comma-curly.txt': [
    {
      line: 5,
      column: 101,
      text: "Hopefully,",
      message: "\"Hopefully,\" hedges about something you did or checked: say it with certainty.",
      suggestions: [""],
      rewrite: "Remove \"Hopefully,\": It will reach you by Friday.",
    },
  ],
  'hosting-dns-i-think-the-problem-is.txt': [
    {
      line: 3,
      column: 64,
      text: "I think",
      message: "\"I think\" hedges about something you did or checked: say it with certainty.",
      suggestions: [""],
      rewrite: "Remove \"I think\": The problem is the DNS record for www.alicia-ceramics.com: it still points to the IP address of your old server, which we retired last week during the migration.",
    },
  ],
  'i-think-i-have-fixed-it.txt': [
    {
      line: 3,
      column: 29,
      text: "I think I've fixed",
      message: "\"I think I've fixed\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["I have fixed"],
      rewrite: "Replace \"I think I've fixed\" with \"I have fixed\": I have fixed the duplicate invoices on our side: the March one is gone from your billing page now.",
    },
    {
      line: 3,
      column: 134,
      text: "It's probably the",
      message: "\"It's probably the\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["It's the"],
      rewrite: "Replace \"It's probably the\" with \"It's the\": It's the retry job that created it.",
    },
  ],
  'laptop-fan-probably-caused.txt': [
    {
      line: 3,
      column: 60,
      text: "was probably caused",
      message: "\"was probably caused\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["was caused"],
      rewrite: "Replace \"was probably caused\" with \"was caused\": The noise was caused by the firmware update from March 12, which ran the fan at full speed even when the laptop was idle.",
    },
  ],
  'login-loop-should-now-work.txt': [
    {
      line: 3,
      column: 293,
      text: "should now work",
      message: "\"should now work\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["now works"],
      rewrite: "Replace \"should now work\" with \"now works\": I've cleared the flag and added the laptop to your trusted devices, so your login now works in any browser.",
    },
  ],
  'notes-app-sync-should-be-working-again.txt': [
    {
      line: 5,
      column: 50,
      text: "should be working",
      message: "\"should be working\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["is working"],
      rewrite: "Replace \"should be working\" with \"is working\": We rolled back the update this morning, and sync is working again on both devices.",
    },
  ],
  'password-reset-should-be-able-to-log-in.txt': [
    {
      line: 5,
      column: 110,
      text: "should be able to",
      message: "\"should be able to\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["can"],
      rewrite: "Replace \"should be able to\" with \"can\": You can log in with it straight away, and the app will ask you to choose a new password.",
    },
  ],
  'shipping-address-should-be-fixed-now.txt': [
    {
      line: 5,
      column: 27,
      text: "should be fixed",
      message: "\"should be fixed\" hedges about something you did or checked: say it with certainty.",
      suggestions: ["is fixed"],
      rewrite: "Replace \"should be fixed\" with \"is fixed\": The address on your order is fixed now, and the parcel leaves our warehouse this afternoon.",
    },
  ],
  'travel-double-booking-i-believe-resolved-curly.txt': [
    {
      line: 5,
      column: 200,
      text: "I believe",
      message: "\"I believe\" hedges about something you did or checked: say it with certainty.",
      suggestions: [""],
      rewrite: "Remove \"I believe\": This is resolved now, and your confirmation number is RM-40921.",
    },
  ],
});
