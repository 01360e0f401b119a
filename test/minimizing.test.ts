// Expected findings for fixtures/minimizing/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('minimizing', {
  'banking-statement-just-a-minor-issue.txt': [
    {
      line: 5,
      column: 10,
      text: "just a minor issue",
      message: "\"just a minor issue\" plays the problem down: for this customer it was not small.",
      suggestions: ["a problem","a mistake on our side"],
      rewrite: "Replace \"just a minor issue\" with \"a problem\": This was a problem with the PDF, and your balance in the app was always correct.",
    },
  ],
  'crm-sync-minor-glitch-and-only-a-few.txt': [
    {
      line: 3,
      column: 69,
      text: "A minor glitch",
      message: "\"A minor glitch\" plays the problem down: for this customer it was not small.",
      suggestions: ["A problem","A mistake on our side"],
      rewrite: "Replace \"A minor glitch\" with \"A problem\": A problem in Tuesday's Gmail sync removed contacts whose names had accents, like Muñoz and Gonçalves.",
    },
    {
      line: 5,
      column: 1,
      text: "Only a few customers",
      message: "\"Only a few customers\" plays the problem down: for this customer it was not small.",
      suggestions: ["Some customers","A number of customers"],
      rewrite: "Replace \"Only a few customers\" with \"Some customers\": Some customers were hit, and I'm sorry your account was one of them.",
    },
  ],
  'ecommerce-minor-glitch-double-charge.txt': [
    {
      line: 3,
      column: 59,
      text: "A minor glitch",
      message: "\"A minor glitch\" plays the problem down: for this customer it was not small.",
      suggestions: ["A problem","A mistake on our side"],
      rewrite: "Replace \"A minor glitch\" with \"A problem\": A problem in our checkout charged your card twice for order #90215, once for $84.20 and again a minute later.",
    },
  ],
  'email-outage-most-customers-didnt-notice.txt': [
    {
      line: 5,
      column: 1,
      text: "Most customers didn't even notice",
      message: "\"Most customers didn't even notice\" plays the problem down: for this customer it was not small.",
      suggestions: ["I'm sorry it hit you"],
      rewrite: "Rewrite the sentence: I'm sorry it hit you",
    },
  ],
  'food-delivery-small-hiccup.txt': [
    {
      line: 3,
      column: 46,
      text: "A small hiccup",
      message: "\"A small hiccup\" plays the problem down: for this customer it was not small.",
      suggestions: ["A problem","A mistake on our side"],
      rewrite: "Replace \"A small hiccup\" with \"A problem\": A problem in our kitchen tablets meant your order sat unconfirmed for 55 minutes before the restaurant saw it.",
    },
  ],
  'hosting-downtime-not-a-big-deal.txt': [
    {
      line: 5,
      column: 6,
      text: "not a big deal",
      message: "\"not a big deal\" plays the problem down: for this customer it was not small.",
      suggestions: ["a real problem, and we are on it"],
      rewrite: "Replace \"not a big deal\" with \"a real problem, and we are on it\": It's a real problem, and we are on it, since the site was back before your shop opened.",
    },
  ],
  'listing-app-photo-uploads-not-a-big-deal-curly.txt': [
    {
      line: 5,
      column: 13,
      text: "not a big deal",
      message: "\"not a big deal\" plays the problem down: for this customer it was not small.",
      suggestions: ["a real problem, and we are on it"],
      rewrite: "Replace \"not a big deal\" with \"a real problem, and we are on it\": I know it’s a real problem, and we are on it to lose a day of uploads, but I’m sorry it happened.",
    },
  ],
  'notes-app-tiny-bug-lost-drafts.txt': [
    {
      line: 3,
      column: 42,
      text: "A tiny bug",
      message: "\"A tiny bug\" plays the problem down: for this customer it was not small.",
      suggestions: ["A problem","A mistake on our side"],
      rewrite: "Replace \"A tiny bug\" with \"A problem\": A problem in version 3.2 of the app deleted unsaved drafts when the phone switched between Wi-Fi and mobile data.",
    },
  ],
  'outage-only-affected-a-handful.txt': [
    {
      line: 3,
      column: 48,
      text: "only affected a handful of accounts",
      message: "\"only affected a handful of accounts\" plays the problem down: for this customer it was not small.",
      suggestions: ["affected a handful of accounts"],
      rewrite: "Replace \"only affected a handful of accounts\" with \"affected a handful of accounts\": Yesterday's outage affected a handful of accounts in your region, and everything has been running normally since 6pm.",
    },
  ],
  'payroll-small-number-of-accounts.txt': [
    {
      line: 3,
      column: 121,
      text: "a small number of accounts",
      message: "\"a small number of accounts\" plays the problem down: for this customer it was not small.",
      suggestions: ["some accounts"],
      rewrite: "Replace \"a small number of accounts\" with \"some accounts\": A fault in our bank connection held back Friday's salary payments for some accounts, including your company.",
    },
  ],
  'saas-outage-only-a-few-customers.txt': [
    {
      line: 5,
      column: 1,
      text: "Only a few customers",
      message: "\"Only a few customers\" plays the problem down: for this customer it was not small.",
      suggestions: ["Some customers","A number of customers"],
      rewrite: "Replace \"Only a few customers\" with \"Some customers\": Some customers were affected, and your account was one of them.",
    },
  ],
  'shipping-slight-delay-three-days.txt': [
    {
      line: 3,
      column: 56,
      text: "a slight delay",
      message: "\"a slight delay\" plays the problem down: for this customer it was not small.",
      suggestions: ["a problem","a mistake on our side"],
      rewrite: "Replace \"a slight delay\" with \"a problem\": There's a problem with order #61402: it now arrives on Friday instead of Tuesday.",
    },
  ],
  'thermostat-only-a-handful.txt': [
    {
      line: 3,
      column: 136,
      text: "only a handful of thermostats",
      message: "\"only a handful of thermostats\" plays the problem down: for this customer it was not small.",
      suggestions: ["some thermostats","a number of thermostats"],
      rewrite: "Replace \"only a handful of thermostats\" with \"some thermostats\": An update we sent overnight reset heating schedules to factory settings, and some thermostats got it before we stopped it.",
    },
  ],
  'travel-seats-brief-blip.txt': [
    {
      line: 3,
      column: 67,
      text: "A brief blip",
      message: "\"A brief blip\" plays the problem down: for this customer it was not small.",
      suggestions: ["A problem","A mistake on our side"],
      rewrite: "Replace \"A brief blip\" with \"A problem\": A problem in our booking system on Sunday dropped the seat choices on 300 bookings, so those passengers were given random seats.",
    },
  ],
});
