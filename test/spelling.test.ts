// Expected findings for fixtures/spelling/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('spelling', {
  'account-access-definately-locked.txt': [
    {
      line: 3,
      column: 73,
      text: "definately",
      message: "\"definately\" looks misspelt: did you mean \"definitely\"?",
      suggestions: ["definitely"],
      rewrite: "Replace \"definately\" with \"definitely\"",
    },
  ],
  'account-neccessary-with-curly-apostrophes.txt': [
    {
      line: 3,
      column: 126,
      text: "neccessary",
      message: "\"neccessary\" looks misspelt: did you mean \"necessary\"?",
      suggestions: ["necessary"],
      rewrite: "Replace \"neccessary\" with \"necessary\"",
    },
  ],
  'account-pasword-run-together.txt': [
    {
      line: 3,
      column: 110,
      text: "pasword",
      message: "\"pasword\" looks misspelt: did you mean \"password\"?",
      suggestions: ["password"],
      rewrite: "Replace \"pasword\" with \"password\"",
    },
  ],
  'banking-adress-update.txt': [
    {
      line: 3,
      column: 76,
      text: "adress",
      message: "\"adress\" looks misspelt: did you mean \"address\"?",
      suggestions: ["address"],
      rewrite: "Replace \"adress\" with \"address\"",
    },
  ],
  'ecommerce-recieve-tracking.txt': [
    {
      line: 5,
      column: 56,
      text: "recieve",
      message: "\"recieve\" looks misspelt: did you mean \"receive\"?",
      suggestions: ["receive"],
      rewrite: "Replace \"recieve\" with \"receive\"",
    },
  ],
  'ecommerce-recieved-and-seperately.txt': [
    {
      line: 3,
      column: 47,
      text: "recieved",
      message: "\"recieved\" looks misspelt: did you mean \"received\"?",
      suggestions: ["received"],
      rewrite: "Replace \"recieved\" with \"received\"",
    },
    {
      line: 5,
      column: 63,
      text: "seperately",
      message: "\"seperately\" looks misspelt: did you mean \"separately\"?",
      suggestions: ["separately"],
      rewrite: "Replace \"seperately\" with \"separately\"",
    },
  ],
  'ecommerce-woudl-swapped-letters.txt': [
    {
      line: 5,
      column: 3,
      text: "woudl",
      message: "\"woudl\" looks misspelt: did you mean \"would\"?",
      suggestions: ["would"],
      rewrite: "Replace \"woudl\" with \"would\"",
    },
  ],
  'food-delivery-tommorow-credit.txt': [
    {
      line: 5,
      column: 123,
      text: "tommorow",
      message: "\"tommorow\" looks misspelt: did you mean \"tomorrow\"?",
      suggestions: ["tomorrow"],
      rewrite: "Replace \"tommorow\" with \"tomorrow\"",
    },
  ],
  'hardware-folow-up-hyphenated.txt': [
    {
      line: 5,
      column: 54,
      text: "folow-up",
      message: "\"folow-up\" looks misspelt: did you mean \"follow-up\"?",
      suggestions: ["follow-up"],
      rewrite: "Replace \"folow-up\" with \"follow-up\"",
    },
  ],
  'hardware-garantee-on-replacement.txt': [
    {
      line: 5,
      column: 121,
      text: "garantee",
      message: "\"garantee\" looks misspelt: did you mean \"guarantee\"?",
      suggestions: ["guarantee"],
      rewrite: "Replace \"garantee\" with \"guarantee\"",
    },
  ],
  'hardware-untill-in-numbered-step.txt': [
    {
      line: 6,
      column: 36,
      text: "untill",
      message: "\"untill\" looks misspelt: did you mean \"until\"?",
      suggestions: ["until"],
      rewrite: "Replace \"untill\" with \"until\"",
    },
  ],
  'hosting-occured-and-untill.txt': [
    {
      line: 3,
      column: 71,
      text: "occured",
      message: "\"occured\" looks misspelt: did you mean \"occurred\"?",
      suggestions: ["occurred"],
      rewrite: "Replace \"occured\" with \"occurred\"",
    },
    {
      line: 7,
      column: 62,
      text: "Untill",
      message: "\"Untill\" looks misspelt: did you mean \"Until\"?",
      suggestions: ["Until"],
      rewrite: "Replace \"Untill\" with \"Until\"",
    },
  ],
  'mobile-app-wich-version.txt': [
    {
      line: 3,
      column: 124,
      text: "wich",
      message: "\"wich\" looks misspelt: did you mean \"which\"?",
      suggestions: ["which"],
      rewrite: "Replace \"wich\" with \"which\"",
    },
  ],
  'saas-runing-doubled-letter.txt': [
    {
      line: 3,
      column: 71,
      text: "runing",
      message: "\"runing\" looks misspelt: did you mean \"running\"?",
      suggestions: ["running"],
      rewrite: "Replace \"runing\" with \"running\"",
    },
  ],
  'saas-seperate-invoices.txt': [
    {
      line: 3,
      column: 150,
      text: "seperate",
      message: "\"seperate\" looks misspelt: did you mean \"separate\"?",
      suggestions: ["separate"],
      rewrite: "Replace \"seperate\" with \"separate\"",
    },
  ],
  'saas-untill-at-sentence-start.txt': [
    {
      line: 5,
      column: 1,
      text: "Untill",
      message: "\"Untill\" looks misspelt: did you mean \"Until\"?",
      suggestions: ["Until"],
      rewrite: "Replace \"Untill\" with \"Until\"",
    },
  ],
  'telecom-witout-dropped-letter.txt': [
    {
      line: 3,
      column: 88,
      text: "witout",
      message: "\"witout\" looks misspelt: did you mean \"without\"?",
      suggestions: ["without"],
      rewrite: "Replace \"witout\" with \"without\"",
    },
  ],
  'travel-accomodate-family-room.txt': [
    {
      line: 3,
      column: 129,
      text: "accomodate",
      message: "\"accomodate\" looks misspelt: did you mean \"accommodate\"?",
      suggestions: ["accommodate"],
      rewrite: "Replace \"accomodate\" with \"accommodate\"",
    },
  ],
  'travel-occured-near-brand-names.txt': [
    {
      line: 3,
      column: 96,
      text: "occured",
      message: "\"occured\" looks misspelt: did you mean \"occurred\"?",
      suggestions: ["occurred"],
      rewrite: "Replace \"occured\" with \"occurred\"",
    },
  ],
});
