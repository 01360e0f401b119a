// Expected findings for fixtures/non-apology/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('non-apology', {
  'apologies-for-any-confusion-mobile-app-subscription-price.txt': [
    {
      line: 3,
      column: 197,
      text: "Apologies for any confusion",
      message: "\"Apologies for any confusion\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'apologise-for-any-trouble-may-have-caused-food-delivery-late.txt': [
    {
      line: 3,
      column: 200,
      text: "apologise for any trouble this may have caused",
      message: "\"apologise for any trouble this may have caused\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'apologize-for-any-inconvenience-caused-hosting-mailbox.txt': [
    {
      line: 3,
      column: 182,
      text: "apologize for any inconvenience caused",
      message: "\"apologize for any inconvenience caused\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'please-accept-our-apologies-for-any-inconvenience-car-insurance.txt': [
    {
      line: 3,
      column: 178,
      text: "apologies for any inconvenience",
      message: "\"apologies for any inconvenience\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'regret-any-delay-furniture-sofa-delivery.txt': [
    {
      line: 3,
      column: 196,
      text: "We regret any",
      message: "\"We regret any\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'regret-any-disruption-travel-ferry-timetable.txt': [
    {
      line: 3,
      column: 167,
      text: "We regret any",
      message: "\"We regret any\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'sorry-for-any-inconvenience-backordered-desk-chair.txt': [
    {
      line: 3,
      column: 167,
      text: "Sorry for any inconvenience",
      message: "\"Sorry for any inconvenience\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'sorry-for-any-inconvenience-curly-apostrophes-headphones.txt': [
    {
      line: 3,
      column: 212,
      text: "sorry for any inconvenience",
      message: "\"sorry for any inconvenience\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'sorry-if-this-caused-any-frustration-account-lockout.txt': [
    {
      line: 3,
      column: 127,
      text: "sorry if this caused",
      message: "\"sorry if this caused\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'sorry-if-you-felt-agent-rude-mobile-network.txt': [
    {
      line: 3,
      column: 60,
      text: "sorry if you felt",
      message: "\"sorry if you felt\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'sorry-if-you-were-upset-banking-fraud-call.txt': [
    {
      line: 3,
      column: 80,
      text: "Sorry if you were upset",
      message: "\"Sorry if you were upset\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'sorry-you-feel-that-way-bare-saas-price-change.txt': [
    {
      line: 3,
      column: 58,
      text: "sorry you feel that way",
      message: "\"sorry you feel that way\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
  'two-instances-streaming-double-charge.txt': [
    {
      line: 3,
      column: 157,
      text: "Sorry for any trouble this caused",
      message: "\"Sorry for any trouble this caused\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
    {
      line: 5,
      column: 172,
      text: "We regret any",
      message: "\"We regret any\" apologises for nothing in particular: name what went wrong and own it.",
      suggestions: ["I'm so sorry about this. That's on us.","I'm really sorry we let you down here."],
      rewrite: "Rewrite the sentence: I'm so sorry about this. That's on us.",
    },
  ],
});
