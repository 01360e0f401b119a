// Template variables of each helpdesk, from their public documentation: what a placeholder may
// name on each platform, and how a first-name placeholder takes a fallback.
import type { Platform } from '../inputs/unit.js';

export interface PlaceholderSyntax {
  /** The variable inside the delimiters, without filters or fallbacks. */
  variable: string;
  /** "{{" or "{%". */
  open: '{{' | '{%';
  /** A Liquid tag ({% if … %}) rather than a variable. */
  tag: boolean;
  fallback?: string;
}

const LIQUID_TAGS = /^(?:if|elsif|else|endif|unless|endunless|for|endfor|case|when|endcase|assign|capture|endcapture|comment|endcomment|raw|endraw|break|continue)\b/;

export function readPlaceholder(text: string): PlaceholderSyntax | undefined {
  const m = /^(\{\{|\{%)\s*([\s\S]*?)\s*(?:\}\}|%\})$/.exec(text);
  if (!m) return undefined;
  const open = m[1] as '{{' | '{%';
  const inner = m[2];
  if (open === '{%' && LIQUID_TAGS.test(inner)) return { variable: inner, open, tag: true };
  // Intercom: {{first_name | fallback: "there"}}; Help Scout: {%customer.firstName,fallback=there%}
  const intercom = /^([^|]+?)\s*\|\s*fallback:\s*"([^"]*)"/.exec(inner);
  if (intercom) return { variable: intercom[1].trim(), open, tag: false, fallback: intercom[2] };
  const helpscout = /^([^,]+?)\s*,\s*fallback=([^%]*)$/.exec(inner);
  if (helpscout) return { variable: helpscout[1].trim(), open, tag: false, fallback: helpscout[2].trim() };
  return { variable: inner.split('|')[0].trim(), open, tag: false };
}

/** Which delimiters each platform uses for variables. */
export const OPENER: Partial<Record<Platform, '{{' | '{%'>> = {
  zendesk: '{{', helpscout: '{%', freshdesk: '{{', intercom: '{{', front: '{{', gorgias: '{{',
};

const VARIABLES: Partial<Record<Platform, RegExp[]>> = {
  zendesk: [
    /^ticket\.(?:id|title|description|url|link|status|priority|ticket_type|type|via|due_date|tags|score|external_id|encoded_id|cc_names|account|in_business_hours|created_at\w*|updated_at\w*|latest_comment\w*|latest_public_comment\w*|comments_formatted|public_comments_formatted)$/,
    /^ticket\.(?:requester|assignee|organization|group|brand|submitter|ticket_form|current_holiday_name)(?:\.(?:id|name|first_name|last_name|email|phone|language|details|notes|external_id|organization\.name|custom_fields\.\w+|url|signature|time_zone))?$/,
    /^ticket\.ticket_field_\w+$/, /^ticket\.ticket_field_option_title_\w+$/,
    /^current_user\.(?:id|name|first_name|last_name|email|phone|language|details|notes|signature|organization\.name|external_id|custom_fields\.\w+)$/,
    /^(?:satisfaction\.(?:current_rating|current_comment|rating_section|rating_url|positive_rating_url|negative_rating_url))$/,
    /^dc\.[\w.-]+$/, /^current_time$/, /^account$/,
  ],
  helpscout: [
    /^customer\.(?:firstName|lastName|fullName|email|company|phone|jobTitle)$/,
    /^user\.(?:firstName|lastName|fullName|email|phone|jobTitle)$/,
    /^mailbox\.(?:email|name|fromName)$/,
    /^conversation\.(?:number|subject|status|id|url)$/,
  ],
  freshdesk: [
    /^ticket\.(?:id|subject|description|description_text|url|portal_url|public_url|status|priority|source|type|due_by_time|tags|latest_public_comment|satisfaction_survey|group\.name|company\.name|cf_\w+)$/,
    /^ticket\.(?:requester|agent)\.(?:name|firstname|lastname|email|phone|mobile|address|company_name|signature)$/,
    /^helpdesk_name$/, /^ticket\.portal_name$/,
  ],
  intercom: [
    /^(?:first_name|last_name|name|email|phone|user_id|company\.name|company\.id|custom_attribute\.\w+|\w+\.custom_attribute\.\w+)$/,
    /^(?:teammate|admin)\.(?:first_name|name|email)$/,
  ],
  front: [
    /^recipient\.(?:first_name|last_name|name|email|handle|custom_fields\.\w+)$/,
    /^user\.(?:first_name|last_name|name|email|username)$/,
    /^conversation\.(?:subject|id|link)$/, /^(?:date|time)$/,
  ],
  gorgias: [
    /^ticket\.customer\.(?:firstname|lastname|name|email|phone|id|data\.\w+)$/,
    /^ticket\.(?:id|subject|channel|status|tags)$/,
    /^current_user\.(?:firstname|lastname|name|email)$/,
    /^ticket\.customer\.integrations\.[\w.]+$/,
  ],
};

/** All variables a platform documents, for "did you mean" suggestions. */
export const EXAMPLES: Partial<Record<Platform, string[]>> = {
  zendesk: ['ticket.id', 'ticket.title', 'ticket.url', 'ticket.requester.first_name', 'ticket.requester.name', 'ticket.requester.email', 'ticket.assignee.first_name', 'ticket.assignee.name', 'current_user.first_name', 'current_user.name', 'current_user.signature'],
  helpscout: ['customer.firstName', 'customer.lastName', 'customer.fullName', 'customer.email', 'user.firstName', 'user.fullName', 'mailbox.email', 'conversation.number'],
  freshdesk: ['ticket.id', 'ticket.subject', 'ticket.url', 'ticket.requester.firstname', 'ticket.requester.name', 'ticket.requester.email', 'ticket.agent.name'],
  intercom: ['first_name', 'last_name', 'name', 'email', 'company.name'],
  front: ['recipient.first_name', 'recipient.name', 'recipient.email', 'user.first_name', 'user.name', 'conversation.subject'],
  gorgias: ['ticket.customer.firstname', 'ticket.customer.name', 'ticket.customer.email', 'current_user.firstname', 'ticket.id'],
};

export function isKnownVariable(platform: Platform, variable: string): boolean | undefined {
  const known = VARIABLES[platform];
  if (!known) return undefined;
  return known.some((re) => re.test(variable));
}

/** First-name placeholders of the platforms that offer a fallback, and how to write one. */
export const FIRST_NAME: Partial<Record<Platform, { variable: string; withFallback: (fallback: string) => string }>> = {
  intercom: { variable: 'first_name', withFallback: (f) => `{{first_name | fallback: "${f}"}}` },
  helpscout: { variable: 'customer.firstName', withFallback: (f) => `{%customer.firstName,fallback=${f}%}` },
};
