#!/usr/bin/env node
// Precision check on real replies: runs every rule over ../shared/corpus (replies.jsonl, and
// pairs.jsonl with the customer's message as the original) and prints, per rule, how many
// findings it raised and a fixed sample to judge by eye. Not a test: people read its output.
//   node scripts/corpus-report.mjs [--sample 30] [--rule id] [--family sumo] [--offset k]
import { readFileSync, existsSync } from 'node:fs';
import { lintText, resolveRules } from '../dist/index.js';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
};
const sampleSize = Number(flag('sample', '30'));
const onlyRule = flag('rule', undefined);
const family = flag('family', '');
// Another spread-out sample of the same findings: start at the k-th of each step (0 = the usual one).
const offset = Number(flag('offset', '0'));
const corpus = new URL('../../shared/corpus/', import.meta.url);
if (!existsSync(new URL('replies.jsonl', corpus))) {
  console.error('corpus-report: ../shared/corpus/replies.jsonl not found; run from a checkout next to shared/');
  process.exit(2);
}
const read = (name) => readFileSync(new URL(name, corpus), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const byRule = new Map();
const note = (id, source, finding, text, customer) => {
  if (onlyRule && id !== onlyRule) return;
  if (!byRule.has(id)) byRule.set(id, []);
  byRule.get(id).push({ source, finding, text, customer });
};

// Every rule (the strict preset); rules that read the customer's message run on the pairs.
const enabled = resolveRules({ preset: 'strict' });
const needsOriginal = new Set(enabled.filter((e) => e.rule.meta.needsOriginal).map((e) => e.rule.meta.id));
const replies = read('replies.jsonl').filter((r) => r.id.startsWith(family));
for (const r of replies) {
  for (const f of lintText(r.text, { filePath: r.id, enabled }).findings) {
    if (!needsOriginal.has(f.ruleId)) note(f.ruleId, r.id, f, r.text);
  }
}
const pairs = read('pairs.jsonl').filter((p) => p.id.startsWith(family));
let pairFindings = 0;
for (const p of pairs) {
  for (const f of lintText(p.reply, { filePath: p.id, original: p.customer, enabled }).findings) {
    if (needsOriginal.has(f.ruleId)) {
      pairFindings++;
      note(f.ruleId, p.id, f, p.reply, p.customer);
    }
  }
}

console.log(`${replies.length} replies, ${pairs.length} customer/reply pairs${family ? ` (family ${family})` : ''}`);
for (const [id, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
  const families = {};
  for (const { source } of list) families[source.split('-')[0]] = (families[source.split('-')[0]] ?? 0) + 1;
  console.log(`\n== ${id}: ${list.length} findings (${Object.entries(families).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  // Every k-th finding: a fixed, spread-out sample.
  const step = Math.max(1, Math.floor(list.length / sampleSize));
  for (let i = Math.min(offset, step - 1), n = 0; i < list.length && n < sampleSize; i += step, n++) {
    const { source, finding, text, customer } = list[i];
    const flagged = text.slice(finding.span.start, finding.span.end);
    console.log(`-- ${source} ${finding.line}:${finding.column} ${finding.message}`);
    const context = text.slice(Math.max(0, finding.span.start - 90), finding.span.end + 90).replace(/\s+/g, ' ');
    console.log(`   flagged: ${JSON.stringify(flagged).slice(0, 200)}  in: …${context}…`);
    if (customer) console.log(`   customer: ${JSON.stringify(customer).slice(0, 600)}`);
    if (customer || process.env.FULL) console.log(`   text: ${JSON.stringify(text).slice(0, 600)}`);
  }
}
