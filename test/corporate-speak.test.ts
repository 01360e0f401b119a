// Expected findings for fixtures/corporate-speak/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('corporate-speak', {
  'account-security-reset-at-your-earliest-convenience.txt': [
    {
      line: 5,
      column: 30,
      text: "at your earliest convenience",
      message: "\"at your earliest convenience\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["when you have a moment","whenever suits you"],
      rewrite: "Replace \"at your earliest convenience\" with \"when you have a moment\": Please choose a new password when you have a moment.",
    },
  ],
  'bank-card-retained-rest-assured.txt': [
    {
      line: 5,
      column: 1,
      text: "Rest assured",
      message: "\"Rest assured\" sounds like a form letter: write it the way you would say it.",
      suggestions: [""],
      rewrite: "Remove \"Rest assured\": Your money is safe.",
    },
  ],
  'coworking-cancellation-pursuant-to-terms.txt': [
    {
      line: 5,
      column: 1,
      text: "Pursuant to",
      message: "\"Pursuant to\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["Under","In line with"],
      rewrite: "Replace \"Pursuant to\" with \"Under\": Under section 4 of your membership agreement, cancellations take effect at the end of the following month.",
    },
  ],
  'ecommerce-backorder-aforementioned-items.txt': [
    {
      line: 5,
      column: 73,
      text: "The aforementioned",
      message: "\"The aforementioned\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["These","The"],
      rewrite: "Replace \"The aforementioned\" with \"These\": These pillowcases are out of stock until 22 April, and I'm sorry they didn't ship together.",
    },
  ],
  'ecommerce-lamp-please-be-advised-dispatch.txt': [
    {
      line: 5,
      column: 1,
      text: "Please be advised that",
      message: "\"Please be advised that\" sounds like a form letter: write it the way you would say it.",
      suggestions: [""],
      rewrite: "Remove \"Please be advised that\": Your lamp will be dispatched on Thursday, once the new stock arrives from our workshop.",
    },
  ],
  'ferry-sailing-cancelled-we-regret-to-inform-you.txt': [
    {
      line: 5,
      column: 1,
      text: "We regret to inform you that",
      message: "\"We regret to inform you that\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["I'm sorry, but","Unfortunately"],
      rewrite: "Replace \"We regret to inform you that\" with \"I'm sorry, but\": I'm sorry, but the 6:15 pm sailing on Friday is cancelled because of the storm warning.",
    },
  ],
  'food-delivery-missing-drink-dont-hesitate.txt': [
    {
      line: 7,
      column: 1,
      text: "Don't hesitate to message me",
      message: "\"Don't hesitate to message me\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["Just reply to this email","Reply here anytime"],
      rewrite: "Replace \"Don't hesitate to message me\" with \"Just reply to this email\": Just reply to this email if anything else is missing next time.",
    },
  ],
  'gym-membership-as-per-your-request-freeze.txt': [
    {
      line: 5,
      column: 1,
      text: "As per your request",
      message: "\"As per your request\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["As you asked"],
      rewrite: "Replace \"As per your request\" with \"As you asked\": As you asked, I've frozen your membership from 1 March to 31 May.",
    },
  ],
  'hardware-replacement-router-please-be-advised-return.txt': [
    {
      line: 5,
      column: 69,
      text: "Please be advised that",
      message: "\"Please be advised that\" sounds like a form letter: write it the way you would say it.",
      suggestions: [""],
      rewrite: "Remove \"Please be advised that\": The faulty unit must be returned within 30 days of receiving the new one.",
    },
  ],
  'hosting-ssl-renewed-do-not-hesitate-to-contact-us.txt': [
    {
      line: 7,
      column: 1,
      text: "Please do not hesitate to contact us",
      message: "\"Please do not hesitate to contact us\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["Just reply to this email","Reply here anytime"],
      rewrite: "Replace \"Please do not hesitate to contact us\" with \"Just reply to this email\": Just reply to this email if you notice anything else.",
    },
  ],
  'insurance-claim-as-per-policy-and-rest-assured.txt': [
    {
      line: 5,
      column: 1,
      text: "As per our",
      message: "\"As per our\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["Under our","In line with our"],
      rewrite: "Replace \"As per our\" with \"Under our\": Under our policy, the repair needs to happen at one of our partner garages.",
    },
    {
      line: 5,
      column: 179,
      text: "Rest assured",
      message: "\"Rest assured\" sounds like a form letter: write it the way you would say it.",
      suggestions: [""],
      rewrite: "Remove \"Rest assured\": The courtesy car is included.",
    },
  ],
  'mobile-app-sync-kindly-and-as-per.txt': [
    {
      line: 5,
      column: 11,
      text: "kindly",
      message: "\"kindly\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["please",""],
      rewrite: "Replace \"kindly\" with \"please\": Could you please tell me which version of the app your tablet has?",
    },
    {
      line: 5,
      column: 107,
      text: "As per our",
      message: "\"As per our\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["Following our","In line with our"],
      rewrite: "Replace \"As per our\" with \"Following our\": Following our call yesterday, your phone is on version 6.2, and that's where the list is saving correctly.",
    },
  ],
  'saas-workspace-kindly-confirm.txt': [
    {
      line: 5,
      column: 1,
      text: "Kindly",
      message: "\"Kindly\" sounds like a form letter: write it the way you would say it.",
      suggestions: ["Please",""],
      rewrite: "Replace \"Kindly\" with \"Please\": Please confirm that you'd like the old workspace deleted once the move is done.",
    },
  ],
});
