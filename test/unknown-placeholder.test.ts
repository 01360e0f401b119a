// Expected findings for fixtures/unknown-placeholder/invalid: rule id, line:column, flagged text, message, rewrites.
import { testRule } from './rule-tester.js';

testRule('unknown-placeholder', {
  'freshdesk-intercom-first-name.md': [
    {
      line: 5,
      column: 4,
      text: "{{first_name}}",
      message: "\"{{first_name}}\" is not a Freshdesk variable: the customer will see it as typed.",
      suggestions: [],
      rewrite: undefined,
    },
  ],
  'freshdesk-ticket-subject-typo.md': [
    {
      line: 7,
      column: 51,
      text: "{{ticket.subjct}}",
      message: "\"{{ticket.subjct}}\" is not a Freshdesk variable: the customer will see it as typed.",
      suggestions: ["{{ticket.subject}}"],
      rewrite: "Write {{ticket.subject}}",
    },
  ],
  'freshdesk-zendesk-style-first-name.md': [
    {
      line: 5,
      column: 4,
      text: "{{ticket.requester.first_name}}",
      message: "\"{{ticket.requester.first_name}}\" is not a Freshdesk variable: the customer will see it as typed.",
      suggestions: ["{{ticket.requester.firstname}}","{{ticket.requester.name}}"],
      rewrite: "Write {{ticket.requester.firstname}}",
    },
  ],
  'front-recipient-firstname-no-underscore.md': [
    {
      line: 5,
      column: 4,
      text: "{{recipient.firstname}}",
      message: "\"{{recipient.firstname}}\" is not a Front variable: the customer will see it as typed.",
      suggestions: ["{{recipient.first_name}}","{{recipient.name}}"],
      rewrite: "Write {{recipient.first_name}}",
    },
  ],
  'front-zendesk-requester-name.md': [
    {
      line: 5,
      column: 4,
      text: "{{ticket.requester.name}}",
      message: "\"{{ticket.requester.name}}\" is not a Front variable: the customer will see it as typed.",
      suggestions: [],
      rewrite: undefined,
    },
  ],
  'gorgias-first-name-with-underscore.md': [
    {
      line: 5,
      column: 4,
      text: "{{ticket.customer.first_name}}",
      message: "\"{{ticket.customer.first_name}}\" is not a Gorgias variable: the customer will see it as typed.",
      suggestions: ["{{ticket.customer.firstname}}","{{ticket.customer.name}}"],
      rewrite: "Write {{ticket.customer.firstname}}",
    },
  ],
  'gorgias-unknown-namespace-order.md': [
    {
      line: 9,
      column: 7,
      text: "{{order.id}}",
      message: "\"{{order.id}}\" is not a Gorgias variable: the customer will see it as typed.",
      suggestions: [],
      rewrite: undefined,
    },
  ],
  'helpscout-double-brace-syntax.md': [
    {
      line: 5,
      column: 4,
      text: "{{customer.firstName}}",
      message: "\"{{customer.firstName}}\" is another platform's placeholder syntax: Help Scout writes variables as {%…%} and will send this as typed.",
      suggestions: ["{%customer.firstName%}","{%customer.lastName%}"],
      rewrite: "Write {%customer.firstName%}",
    },
  ],
  'helpscout-frist-name-typo-with-fallback.md': [
    {
      line: 5,
      column: 4,
      text: "{%customer.fristName,fallback=there%}",
      message: "\"{%customer.fristName,fallback=there%}\" is not a Help Scout variable: the customer will see it as typed.",
      suggestions: ["{%customer.firstName,fallback=there%}","{%customer.lastName,fallback=there%}"],
      rewrite: "Write {%customer.firstName,fallback=there%}",
    },
  ],
  'intercom-company-name-underscore.md': [
    {
      line: 9,
      column: 22,
      text: "{{company_name}}",
      message: "\"{{company_name}}\" is not an Intercom variable: the customer will see it as typed.",
      suggestions: ["{{company.name}}"],
      rewrite: "Write {{company.name}}",
    },
  ],
  'intercom-firstname-no-underscore.md': [
    {
      line: 5,
      column: 4,
      text: "{{firstname | fallback: \"there\"}}",
      message: "\"{{firstname | fallback: \"there\"}}\" is not an Intercom variable: the customer will see it as typed.",
      suggestions: ["{{first_name | fallback: \"there\"}}"],
      rewrite: "Write {{first_name | fallback: \"there\"}}",
    },
  ],
  'zendesk-assignee-firstname-typo.md': [
    {
      line: 9,
      column: 17,
      text: "{{ticket.assignee.firstname}}",
      message: "\"{{ticket.assignee.firstname}}\" is not a Zendesk variable: the customer will see it as typed.",
      suggestions: ["{{ticket.assignee.first_name}}","{{ticket.assignee.name}}"],
      rewrite: "Write {{ticket.assignee.first_name}}",
    },
  ],
  'zendesk-frist-name-typo.md': [
    {
      line: 5,
      column: 4,
      text: "{{ticket.requester.frist_name}}",
      message: "\"{{ticket.requester.frist_name}}\" is not a Zendesk variable: the customer will see it as typed.",
      suggestions: ["{{ticket.requester.first_name}}","{{ticket.requester.name}}"],
      rewrite: "Write {{ticket.requester.first_name}}",
    },
  ],
  'zendesk-helpscout-syntax-first-name.md': [
    {
      line: 5,
      column: 4,
      text: "{%customer.firstName%}",
      message: "\"{%customer.firstName%}\" is another platform's placeholder syntax: Zendesk writes variables as {{…}} and will send this as typed.",
      suggestions: [],
      rewrite: undefined,
    },
  ],
  'zendesk-unknown-namespace-customer.md': [
    {
      line: 5,
      column: 4,
      text: "{{customer.first_name}}",
      message: "\"{{customer.first_name}}\" is not a Zendesk variable: the customer will see it as typed.",
      suggestions: [],
      rewrite: undefined,
    },
  ],
});
