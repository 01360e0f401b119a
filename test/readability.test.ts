// Expected findings for fixtures/readability/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('readability', {
  'account-access-long-sentence-with-url.txt': [
    {
      line: 5,
      column: 1,
      text: "To set up two-factor sign-in on your new phone, follow the guide with screenshots at https://help.example.com/articles/set-up-two-factor-on-a-new-phone and choose the authenticator app option when it asks how you want to receive codes, because text messages can be delayed when you travel abroad.",
      message: "This sentence has 40 words: split it so each step or fact stands on its own.",
      suggestions: ["To set up two-factor sign-in on your new phone, follow the guide with screenshots at https://help.example.com/articles/set-up-two-factor-on-a-new-phone and choose the authenticator app option when it asks how you want to receive codes. Because text messages can be delayed when you travel abroad."],
      rewrite: "Split it: To set up two-factor sign-in on your new phone, follow the guide with screenshots at https://help.example.com/articles/set-up-two-factor-on-a-new-phone and choose the authenticator app option when it asks how you want to receive codes. Because text messages can be delayed when you travel abroad.",
    },
  ],
  'banking-card-wall-of-text.txt': [
    {
      line: 3,
      column: 1,
      text: "Thank you for calling us about the payment at the airport, and for following up by email so quickly.",
      message: "This paragraph has 11 sentences and 219 words: break it into short paragraphs or a numbered list.",
      suggestions: [""],
      rewrite: "Start a new paragraph at each new point, and put steps in a numbered list (1. … 2. …).",
    },
  ],
  'banking-long-question-sentence.txt': [
    {
      line: 5,
      column: 1,
      text: "Before we book the valuation, would you prefer that our valuer visits the flat on a weekday morning while you are at home, or would a Saturday visit with the estate agent letting them in suit you and the current owners better?",
      message: "This sentence has 42 words: split it so each step or fact stands on its own.",
      suggestions: [],
      rewrite: undefined,
    },
  ],
  'ecommerce-sofa-paragraph-over-100-words.txt': [
    {
      line: 5,
      column: 1,
      text: "I've checked your order, and the cushions we sent came from an older fabric batch, which is a shade lighter than the sofa frame you received in April.",
      message: "This paragraph has 5 sentences and 112 words: break it into short paragraphs or a numbered list.",
      suggestions: [""],
      rewrite: "Start a new paragraph at each new point, and put steps in a numbered list (1. … 2. …).",
    },
  ],
  'food-delivery-semicolon-run-on.txt': [
    {
      line: 3,
      column: 52,
      text: "The driver left your bag at the wrong building; our map pin for your street was out of date; I’ve corrected it, so the next driver will see the right entrance; and I’ve refunded the full €32.80 to your card.",
      message: "This sentence has 40 words: split it so each step or fact stands on its own.",
      suggestions: ["The driver left your bag at the wrong building; our map pin for your street was out of date; I’ve corrected it. So the next driver will see the right entrance; and I’ve refunded the full €32.80 to your card."],
      rewrite: "Split it: The driver left your bag at the wrong building; our map pin for your street was out of date; I’ve corrected it. So the next driver will see the right entrance; and I’ve refunded the full €32.80 to your card.",
    },
  ],
  'hardware-printer-seven-sentence-paragraph.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for sending the test page from your printer.",
      message: "This paragraph has 7 sentences and 54 words: break it into short paragraphs or a numbered list.",
      suggestions: [""],
      rewrite: "Start a new paragraph at each new point, and put steps in a numbered list (1. … 2. …).",
    },
  ],
  'hardware-router-long-numbered-step.txt': [
    {
      line: 7,
      column: 4,
      text: "Open the app on your phone, tap Add device, choose your router from the list that appears after a few seconds, and then enter the network name and password that are printed on the sticker underneath it.",
      message: "This sentence has 37 words: split it so each step or fact stands on its own.",
      suggestions: ["Open the app on your phone, tap Add device, choose your router from the list that appears after a few seconds. And then enter the network name and password that are printed on the sticker underneath it."],
      rewrite: "Split it: Open the app on your phone, tap Add device, choose your router from the list that appears after a few seconds. And then enter the network name and password that are printed on the sticker underneath it.",
    },
  ],
  'hosting-migration-31-word-sentence.txt': [
    {
      line: 3,
      column: 42,
      text: "Your site moved to the new server overnight, and I checked the shop pages, the contact form and the checkout myself early on this Monday morning before I wrote to you.",
      message: "This sentence has 31 words: split it so each step or fact stands on its own.",
      suggestions: ["Your site moved to the new server overnight. And I checked the shop pages, the contact form and the checkout myself early on this Monday morning before I wrote to you."],
      rewrite: "Split it: Your site moved to the new server overnight. And I checked the shop pages, the contact form and the checkout myself early on this Monday morning before I wrote to you.",
    },
  ],
  'hotel-long-paragraph-both-limits.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for letting us know about the noise in your room on Saturday night.",
      message: "This paragraph has 8 sentences and 117 words: break it into short paragraphs or a numbered list.",
      suggestions: [""],
      rewrite: "Start a new paragraph at each new point, and put steps in a numbered list (1. … 2. …).",
    },
  ],
  'mobile-app-six-sentence-paragraph.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for sending the crash report from your phone.",
      message: "This paragraph has 6 sentences and 48 words: break it into short paragraphs or a numbered list.",
      suggestions: [""],
      rewrite: "Start a new paragraph at each new point, and put steps in a numbered list (1. … 2. …).",
    },
  ],
  'saas-api-two-long-sentences.txt': [
    {
      line: 3,
      column: 60,
      text: "Your requests were rejected between 14:00 and 15:10 UTC yesterday because a configuration change we made to our gateway counted every retry as a new request, which pushed your account over its hourly limit even though your real traffic was well below it.",
      message: "This sentence has 43 words: split it so each step or fact stands on its own.",
      suggestions: ["Your requests were rejected between 14:00 and 15:10 UTC yesterday because a configuration change we made to our gateway counted every retry as a new request. Pushed your account over its hourly limit even though your real traffic was well below it."],
      rewrite: "Split it: Your requests were rejected between 14:00 and 15:10 UTC yesterday because a configuration change we made to our gateway counted every retry as a new request. Pushed your account over its hourly limit even though your real traffic was well below it.",
    },
    {
      line: 7,
      column: 1,
      text: "I've also raised your hourly limit from 5,000 to 8,000 requests for the rest of the month, so your nightly sync has plenty of room while you check that nothing was left half done, and I can send you a list of the request IDs that failed during that window if that would help your team replay them.",
      message: "This sentence has 60 words: split it so each step or fact stands on its own.",
      suggestions: ["I've also raised your hourly limit from 5,000 to 8,000 requests for the rest of the month, so your nightly sync has plenty of room while you check that nothing was left half done. And I can send you a list of the request IDs that failed during that window if that would help your team replay them."],
      rewrite: "Split it: I've also raised your hourly limit from 5,000 to 8,000 requests for the rest of the month, so your nightly sync has plenty of room while you check that nothing was left half done. And I can send you a list of the request IDs that failed during that window if that would help your team replay them.",
    },
  ],
  'saas-billing-one-run-on-sentence.txt': [
    {
      line: 3,
      column: 49,
      text: "I've refunded the $240 renewal charge to your Visa card ending in 4471, and because you had already moved your team to the monthly plan in March, I've also set your account to bill $24 on the 1st of each month from now on, starting in June.",
      message: "This sentence has 47 words: split it so each step or fact stands on its own.",
      suggestions: ["I've refunded the $240 renewal charge to your Visa card ending in 4471. And because you had already moved your team to the monthly plan in March, I've also set your account to bill $24 on the 1st of each month from now on, starting in June."],
      rewrite: "Split it: I've refunded the $240 renewal charge to your Visa card ending in 4471. And because you had already moved your team to the monthly plan in March, I've also set your account to bill $24 on the 1st of each month from now on, starting in June.",
    },
  ],
  'travel-refund-no-blank-lines-anywhere.txt': [
    {
      line: 2,
      column: 1,
      text: "Thanks for your patience while I sorted out the refund for your cancelled\ntrain tickets to Vienna.",
      message: "This paragraph has 13 sentences and 237 words: break it into short paragraphs or a numbered list.",
      suggestions: [""],
      rewrite: "Start a new paragraph at each new point, and put steps in a numbered list (1. … 2. …).",
    },
  ],
  'travel-seat-change-comma-list-instead-of-steps.txt': [
    {
      line: 5,
      column: 1,
      text: "To change your seat, open the app, tap My trips, choose your Lisbon flight, tap Seats, pick any seat marked green, confirm the price shown at the bottom, and then tap Save, after which a new boarding pass arrives by email.",
      message: "This sentence has 41 words: split it so each step or fact stands on its own.",
      suggestions: ["To change your seat, open the app, tap My trips, choose your Lisbon flight, tap Seats, pick any seat marked green, confirm the price shown at the bottom. And then tap Save, after which a new boarding pass arrives by email."],
      rewrite: "Split it: To change your seat, open the app, tap My trips, choose your Lisbon flight, tap Seats, pick any seat marked green, confirm the price shown at the bottom. And then tap Save, after which a new boarding pass arrives by email.",
    },
  ],
});
