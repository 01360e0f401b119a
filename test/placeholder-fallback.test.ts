// Expected findings for fixtures/placeholder-fallback/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('placeholder-fallback', {
  'helpscout-banking-conversation-number-and-first-name.md': [
    {
      line: 5,
      column: 4,
      text: "{%customer.firstName%}",
      message: "\"{%customer.firstName%}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{%customer.firstName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
  ],
  'helpscout-banking-empty-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{%customer.firstName,fallback=%}",
      message: "\"{%customer.firstName,fallback=%}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{%customer.firstName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
  ],
  'helpscout-hardware-warranty-no-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{%customer.firstName%}",
      message: "\"{%customer.firstName%}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{%customer.firstName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
  ],
  'helpscout-hosting-greeting-no-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{%customer.firstName%}",
      message: "\"{%customer.firstName%}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{%customer.firstName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
  ],
  'helpscout-saas-two-instances.md': [
    {
      line: 5,
      column: 4,
      text: "{%customer.firstName%}",
      message: "\"{%customer.firstName%}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{%customer.firstName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
    {
      line: 13,
      column: 6,
      text: "{%customer.firstName%}",
      message: "\"{%customer.firstName%}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{%customer.firstName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
  ],
  'helpscout-travel-body-mention-no-fallback.md': [
    {
      line: 11,
      column: 1,
      text: "{%customer.firstName%}",
      message: "\"{%customer.firstName%}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{%customer.firstName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
  ],
  'intercom-ecommerce-spaced-first-name-no-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{{ first_name }}",
      message: "\"{{ first_name }}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
  'intercom-food-delivery-greeting-and-closing-line.md': [
    {
      line: 5,
      column: 4,
      text: "{{first_name}}",
      message: "\"{{first_name}}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
    {
      line: 13,
      column: 23,
      text: "{{first_name}}",
      message: "\"{{first_name}}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
  'intercom-hosting-empty-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{{first_name | fallback: \"\"}}",
      message: "\"{{first_name | fallback: \"\"}}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
  'intercom-mobile-app-body-mention-no-fallback.md': [
    {
      line: 15,
      column: 15,
      text: "{{first_name}}",
      message: "\"{{first_name}}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
  'intercom-saas-company-name-and-first-name.md': [
    {
      line: 5,
      column: 4,
      text: "{{first_name}}",
      message: "\"{{first_name}}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
  'intercom-saas-refund-greeting-no-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{{first_name}}",
      message: "\"{{first_name}}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
  'intercom-travel-booking-no-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{{first_name}}",
      message: "\"{{first_name}}\" has no fallback: a customer with no first name on file reads \"Hi ,\". Add one.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
});
