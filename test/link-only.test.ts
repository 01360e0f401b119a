// Expected findings for fixtures/link-only/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('link-only', {
  'account-password-reset-here-you-go-bare-link.txt': [
    {
      line: 3,
      column: 50,
      text: "Here you go: https://help.brightdesk.com/reset-password",
      message: "\"Here you go: https://help.brightdesk.com/reset-password\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Here you go: https://help.brightdesk.com/reset-password"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Here you go: https://help.brightdesk.com/reset-password",
    },
  ],
  'account-security-platitude-then-see-article.txt': [
    {
      line: 3,
      column: 49,
      text: "Please see this article for the steps to lock down your account: https://help.mailbeam.com/secure-account",
      message: "\"Please see this article for the steps to lock down your account: https://help.mailbeam.com/secure-account\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Please see this article for the steps to lock down your account: https://help.mailbeam.com/secure-account"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Please see this article for the steps to lock down your account: https://help.mailbeam.com/secure-account",
    },
  ],
  'account-two-step-new-phone-docs-cover-this.txt': [
    {
      line: 3,
      column: 69,
      text: "Moving it to your new phone is covered in detail in our docs: https://docs.vaultly.com/two-step/new-phone",
      message: "\"Moving it to your new phone is covered in detail in our docs: https://docs.vaultly.com/two-step/new-phone\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Moving it to your new phone is covered in detail in our docs: https://docs.vaultly.com/two-step/new-phone"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Moving it to your new phone is covered in detail in our docs: https://docs.vaultly.com/two-step/new-phone",
    },
  ],
  'banking-standing-order-search-help-centre-article-id.txt': [
    {
      line: 3,
      column: 70,
      text: "Search for article KB-2041 in our help centre, which covers it.",
      message: "\"Search for article KB-2041 in our help centre, which covers it.\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Search for article KB-2041 in our help centre, which covers it."],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Search for article KB-2041 in our help centre, which covers it.",
    },
  ],
  'ecommerce-address-and-gift-wrap-two-links-only.txt': [
    {
      line: 5,
      column: 1,
      text: "For changing the delivery address, please refer to our FAQ at https://lumehome.com/faq.",
      message: "\"For changing the delivery address, please refer to our FAQ at https://lumehome.com/faq.\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … For changing the delivery address, please refer to our FAQ at https://lumehome.com/faq."],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … For changing the delivery address, please refer to our FAQ at https://lumehome.com/faq.",
    },
    {
      line: 5,
      column: 89,
      text: "Gift wrapping is explained on our gift services page: https://lumehome.com/gifts",
      message: "\"Gift wrapping is explained on our gift services page: https://lumehome.com/gifts\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Gift wrapping is explained on our gift services page: https://lumehome.com/gifts"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Gift wrapping is explained on our gift services page: https://lumehome.com/gifts",
    },
  ],
  'ecommerce-return-jacket-help-center-link-only.txt': [
    {
      line: 3,
      column: 69,
      text: "You'll find everything about sending it back in our help center: https://help.northtrail.com/returns",
      message: "\"You'll find everything about sending it back in our help center: https://help.northtrail.com/returns\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … You'll find everything about sending it back in our help center: https://help.northtrail.com/returns"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … You'll find everything about sending it back in our help center: https://help.northtrail.com/returns",
    },
  ],
  'food-delivery-peanut-question-allergen-page-link.txt': [
    {
      line: 3,
      column: 59,
      text: "All our allergen details are listed on our website: https://noodlebox.co.uk/allergens",
      message: "\"All our allergen details are listed on our website: https://noodlebox.co.uk/allergens\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … All our allergen details are listed on our website: https://noodlebox.co.uk/allergens"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … All our allergen details are listed on our website: https://noodlebox.co.uk/allergens",
    },
  ],
  'hardware-camera-firmware-steps-in-user-guide-section.txt': [
    {
      line: 3,
      column: 82,
      text: "The steps for installing the new firmware are in section 6 of the user guide that came in the box.",
      message: "\"The steps for installing the new firmware are in section 6 of the user guide that came in the box.\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … The steps for installing the new firmware are in section 6 of the user guide that came in the box."],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … The steps for installing the new firmware are in section 6 of the user guide that came in the box.",
    },
  ],
  'hosting-connect-domain-video-tutorial-only.txt': [
    {
      line: 3,
      column: 46,
      text: "Our video tutorial walks through pointing your domain at your new site: https://cloudnest.io/videos/connect-domain",
      message: "\"Our video tutorial walks through pointing your domain at your new site: https://cloudnest.io/videos/connect-domain\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Our video tutorial walks through pointing your domain at your new site: https://cloudnest.io/videos/connect-domain"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Our video tutorial walks through pointing your domain at your new site: https://cloudnest.io/videos/connect-domain",
    },
  ],
  'hosting-mailbox-on-phone-refer-to-knowledge-base-no-url.txt': [
    {
      line: 5,
      column: 1,
      text: "To set up your new mailbox on your phone, please refer to our knowledge base.",
      message: "\"To set up your new mailbox on your phone, please refer to our knowledge base.\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … To set up your new mailbox on your phone, please refer to our knowledge base."],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … To set up your new mailbox on your phone, please refer to our knowledge base.",
    },
  ],
  'mobile-app-export-history-check-out-documentation.txt': [
    {
      line: 3,
      column: 79,
      text: "Check out our documentation for how to do that: https://docs.stridelog.app/export",
      message: "\"Check out our documentation for how to do that: https://docs.stridelog.app/export\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Check out our documentation for how to do that: https://docs.stridelog.app/export"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Check out our documentation for how to do that: https://docs.stridelog.app/export",
    },
  ],
  'saas-api-key-rotate-this-article-has-the-answer.txt': [
    {
      line: 3,
      column: 60,
      text: "This article has the answer: https://help.pipewell.dev/api-keys",
      message: "\"This article has the answer: https://help.pipewell.dev/api-keys\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … This article has the answer: https://help.pipewell.dev/api-keys"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … This article has the answer: https://help.pipewell.dev/api-keys",
    },
  ],
  'saas-billing-change-card-please-refer-to-faq-url.txt': [
    {
      line: 3,
      column: 72,
      text: "Please refer to our FAQ for how to change it: https://ledgerly.com/faq#payment-methods",
      message: "\"Please refer to our FAQ for how to change it: https://ledgerly.com/faq#payment-methods\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Please refer to our FAQ for how to change it: https://ledgerly.com/faq#payment-methods"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Please refer to our FAQ for how to change it: https://ledgerly.com/faq#payment-methods",
    },
  ],
  'saas-guests-answered-recurring-tasks-see-documentation.txt': [
    {
      line: 7,
      column: 1,
      text: "Recurring tasks: for setting those up, please see our documentation at https://docs.taskforge.io/recurring-tasks.",
      message: "\"Recurring tasks: for setting those up, please see our documentation at https://docs.taskforge.io/recurring-tasks.\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … Recurring tasks: for setting those up, please see our documentation at https://docs.taskforge.io/recurring-tasks."],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … Recurring tasks: for setting those up, please see our documentation at https://docs.taskforge.io/recurring-tasks.",
    },
  ],
  'thanks-and-a-bare-help-link.txt': [
    {
      line: 3,
      column: 1,
      text: "Thanks for reaching out!\n\nhttps://help.example.com/articles/reset-2fa",
      message: "The reply is little more than a link: give the answer or the steps here, and keep the link for detail.",
      suggestions: ["Here's how: 1. … 2. … There's more detail here: "],
      rewrite: "Answer first: \"Here's how: 1. … 2. … There's more detail here: <link>\"",
    },
  ],
  'travel-cabin-baggage-have-a-read-of-faq.txt': [
    {
      line: 3,
      column: 55,
      text: "For what you can bring in the cabin, have a read of our baggage FAQ: https://fly-azura.com/faq/baggage",
      message: "\"For what you can bring in the cabin, have a read of our baggage FAQ: https://fly-azura.com/faq/baggage\" sends the customer off to read: give the answer or the steps here, and keep the link for more detail.",
      suggestions: ["Here's how: 1. … 2. … For what you can bring in the cabin, have a read of our baggage FAQ: https://fly-azura.com/faq/baggage"],
      rewrite: "Answer first, then link: Here's how: 1. … 2. … For what you can bring in the cabin, have a read of our baggage FAQ: https://fly-azura.com/faq/baggage",
    },
  ],
});
