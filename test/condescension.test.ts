// Expected findings for fixtures/condescension/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('condescension', {
  'account-password-reset-its-easy.txt': [
    {
      line: 3,
      column: 63,
      text: "It's easy",
      message: "\"It's easy\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: ["Let me walk you through it"],
      rewrite: "Replace \"It's easy\" with \"Let me walk you through it\": Let me walk you through it: go to the sign-in page, click \"Forgot password\", and enter kwame.asante@example.com.",
    },
  ],
  'bank-card-obviously-activate.txt': [
    {
      line: 5,
      column: 1,
      text: "Obviously",
      message: "\"Obviously\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: [""],
      rewrite: "Remove \"Obviously\": A new card has to be activated before its first payment.",
    },
  ],
  'crm-export-simply-click.txt': [
    {
      line: 5,
      column: 1,
      text: "Simply",
      message: "\"Simply\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: [""],
      rewrite: "Remove \"Simply\": Click Export in the top right corner of the Contacts page, choose CSV, and the file downloads to your computer.",
    },
  ],
  'ecommerce-return-label-as-i-said.txt': [
    {
      line: 5,
      column: 1,
      text: "As I said",
      message: "\"As I said\" tells the customer they should have listened: say it again, kindly.",
      suggestions: [""],
      rewrite: "Remove \"As I said\": In my last email, the prepaid return label is attached to your order confirmation.",
    },
  ],
  'fitness-app-just-drag-curly.txt': [
    {
      line: 3,
      column: 104,
      text: "just drag",
      message: "\"just drag\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: ["drag"],
      rewrite: "Replace \"just drag\" with \"drag\": To move a workout to another day, drag it onto the new date in the week view.",
    },
  ],
  'food-delivery-promo-code-just-enter.txt': [
    {
      line: 5,
      column: 109,
      text: "just enter",
      message: "\"just enter\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: ["enter"],
      rewrite: "Replace \"just enter\" with \"enter\": To use it, enter the code in the Promo box at checkout.",
    },
  ],
  'hosting-upload-limit-clearly-says.txt': [
    {
      line: 3,
      column: 68,
      text: "clearly",
      message: "\"clearly\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: [""],
      rewrite: "Remove \"clearly\": The message says the video is over the 50 MB limit for a single file.",
    },
  ],
  'mobile-game-just-tap-restore-purchases.txt': [
    {
      line: 5,
      column: 80,
      text: "Just tap",
      message: "\"Just tap\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: ["Tap"],
      rewrite: "Replace \"Just tap\" with \"Tap\": Tap Restore Purchases at the bottom of the Shop screen, and the pack appears within seconds.",
    },
  ],
  'printer-wifi-simply-and-obviously.txt': [
    {
      line: 7,
      column: 4,
      text: "Simply",
      message: "\"Simply\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: [""],
      rewrite: "Remove \"Simply\": Hold the Wi-Fi button on the printer for five seconds, until the light blinks blue.",
    },
    {
      line: 11,
      column: 1,
      text: "Obviously",
      message: "\"Obviously\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: [""],
      rewrite: "Remove \"Obviously\": The laptop has to be on the same network as the printer for this to work.",
    },
  ],
  'saas-invoices-as-i-mentioned-earlier.txt': [
    {
      line: 3,
      column: 29,
      text: "As I mentioned earlier",
      message: "\"As I mentioned earlier\" tells the customer they should have listened: say it again, kindly.",
      suggestions: [""],
      rewrite: "Remove \"As I mentioned earlier\": All your invoices are under Settings > Billing > Invoice history, and each one has a PDF download button.",
    },
  ],
  'smart-home-sensor-its-very-simple.txt': [
    {
      line: 3,
      column: 62,
      text: "It's very simple",
      message: "\"It's very simple\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: ["Let me walk you through it"],
      rewrite: "Replace \"It's very simple\" with \"Let me walk you through it\": Let me walk you through it to pair them with your hub:",
    },
  ],
  'streaming-clearly-allows-four-screens.txt': [
    {
      line: 3,
      column: 95,
      text: "clearly",
      message: "\"clearly\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: [""],
      rewrite: "Remove \"clearly\": Your Family plan allows four screens at once, so both devices can play together.",
    },
  ],
  'travel-baggage-as-previously-mentioned.txt': [
    {
      line: 3,
      column: 52,
      text: "As previously mentioned",
      message: "\"As previously mentioned\" tells the customer they should have listened: say it again, kindly.",
      suggestions: [""],
      rewrite: "Remove \"As previously mentioned\": Your fare includes one checked bag of up to 23 kg, plus a cabin bag and one personal item.",
    },
  ],
  'you-simply-need-to.txt': [
    {
      line: 3,
      column: 25,
      text: "simply",
      message: "\"simply\" can read as talking down: what is easy for you may not be for the customer.",
      suggestions: [""],
      rewrite: "Remove \"simply\": To add a colleague, you need to go to Settings > Users and press \"Invite\".",
    },
  ],
});
