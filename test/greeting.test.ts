// Expected findings for fixtures/greeting/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('greeting', {
  'dear-customer-capitalised-name-in-original-pet-insurance.txt': [
    {
      line: 1,
      column: 1,
      text: "Dear Customer,",
      message: "\"Dear Customer,\" is impersonal: greet the customer by name.",
      suggestions: ["Hi Siobhan,"],
      rewrite: "Write: Hi Siobhan,",
    },
  ],
  'dear-customer-ecommerce-lampshade-colour.txt': [
    {
      line: 1,
      column: 1,
      text: "Dear customer,",
      message: "\"Dear customer,\" is impersonal: greet the customer by name.",
      suggestions: ["Hi there,"],
      rewrite: "Write: Hi there,",
    },
  ],
  'dear-sir-madam-banking-standing-order.txt': [
    {
      line: 1,
      column: 1,
      text: "Dear Sir/Madam,",
      message: "\"Dear Sir/Madam,\" is impersonal: greet the customer by name.",
      suggestions: ["Hi there,"],
      rewrite: "Write: Hi there,",
    },
  ],
  'dear-sir-or-madam-travel-rail-pass-dates.txt': [
    {
      line: 1,
      column: 1,
      text: "Dear Sir or Madam,",
      message: "\"Dear Sir or Madam,\" is impersonal: greet the customer by name.",
      suggestions: ["Hi there,"],
      rewrite: "Write: Hi there,",
    },
  ],
  'dear-valued-customer-food-delivery-missing-drink.txt': [
    {
      line: 1,
      column: 1,
      text: "Dear valued customer,",
      message: "\"Dear valued customer,\" is impersonal: greet the customer by name.",
      suggestions: ["Hi there,"],
      rewrite: "Write: Hi there,",
    },
  ],
  'hello-alone-name-in-original-signoff-gym-freeze.txt': [
    {
      line: 1,
      column: 1,
      text: "Hello,",
      message: "\"Hello,\" leaves out the customer's name: \"Hi Rasmus,\" reads warmer.",
      suggestions: ["Hi Rasmus,"],
      rewrite: "Write: Hi Rasmus,",
    },
  ],
  'hello-alone-name-in-quoted-attribution-notes-sync.txt': [
    {
      line: 1,
      column: 1,
      text: "Hello,",
      message: "\"Hello,\" leaves out the customer's name: \"Hi Hannah,\" reads warmer.",
      suggestions: ["Hi Hannah,"],
      rewrite: "Write: Hi Hannah,",
    },
  ],
  'hi-alone-name-in-original-signoff-payroll-export.txt': [
    {
      line: 1,
      column: 1,
      text: "Hi,",
      message: "\"Hi,\" leaves out the customer's name: \"Hi Olumide,\" reads warmer.",
      suggestions: ["Hi Olumide,"],
      rewrite: "Write: Hi Olumide,",
    },
  ],
  'hi-there-name-in-original-signoff-bike-rental.txt': [
    {
      line: 1,
      column: 1,
      text: "Hi there,",
      message: "\"Hi there,\" leaves out the customer's name: \"Hi Chiara,\" reads warmer.",
      suggestions: ["Hi Chiara,"],
      rewrite: "Write: Hi Chiara,",
    },
  ],
  'hi-there-name-in-outlook-from-header-router-firmware.txt': [
    {
      line: 1,
      column: 1,
      text: "Hi there,",
      message: "\"Hi there,\" leaves out the customer's name: \"Hi Daniel,\" reads warmer.",
      suggestions: ["Hi Daniel,"],
      rewrite: "Write: Hi Daniel,",
    },
  ],
  'hi-there-name-in-quoted-attribution-photo-storage.txt': [
    {
      line: 1,
      column: 1,
      text: "Hi there,",
      message: "\"Hi there,\" leaves out the customer's name: \"Hi Tobias,\" reads warmer.",
      suggestions: ["Hi Tobias,"],
      rewrite: "Write: Hi Tobias,",
    },
  ],
  'no-greeting-great-news-opener-visa-letter.txt': [
    {
      line: 1,
      column: 1,
      text: "Great news!",
      message: "The reply starts without a greeting: open with the customer's name.",
      suggestions: ["Hi there,\n\n"],
      rewrite: "Open with: Hi there,",
    },
  ],
  'no-greeting-hosting-ssl-renewed-steps.txt': [
    {
      line: 1,
      column: 1,
      text: "Thank you for flagging the security warning on bakery-lund.se.",
      message: "The reply starts without a greeting: open with the customer's name.",
      suggestions: ["Hi there,\n\n"],
      rewrite: "Open with: Hi there,",
    },
  ],
  'no-greeting-name-in-quoted-attribution-course-refund.txt': [
    {
      line: 1,
      column: 1,
      text: "Thanks for telling us the Spanish course wasn't a good fit for you.",
      message: "The reply starts without a greeting: open with the customer's name.",
      suggestions: ["Hi Marcus,\n\n"],
      rewrite: "Open with: Hi Marcus,",
    },
  ],
  'no-greeting-saas-vat-number-invoices.txt': [
    {
      line: 1,
      column: 1,
      text: "Thanks for asking about the VAT number on your invoices.",
      message: "The reply starts without a greeting: open with the customer's name.",
      suggestions: ["Hi there,\n\n"],
      rewrite: "Open with: Hi there,",
    },
  ],
  'to-whom-it-may-concern-hardware-3d-printer-nozzle.txt': [
    {
      line: 1,
      column: 1,
      text: "To whom it may concern,",
      message: "\"To whom it may concern,\" is impersonal: greet the customer by name.",
      suggestions: ["Hi there,"],
      rewrite: "Write: Hi there,",
    },
  ],
});
