// Macro exports in JSON (Zendesk, Help Scout, Freshdesk, Gorgias, Intercom, Front and generic
// lists), seen through exports.ts's tree interface. A module of its own so a YAML export never
// loads jsonc-parser.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { UsageError } from '../engine/errors.js';
import type { ParsedExport, Tree } from './exports.js';
import { decodeJsonString, encodeJsonString } from './offsets.js';

function jsonTree(source: string): Tree<JsonNode> {
  return {
    kind: (n) => (n.type === 'object' ? 'object' : n.type === 'array' ? 'array' : n.type === 'string' ? 'string' : 'other'),
    get: (n, key) => n.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1],
    items: (n) => (n.type === 'array' ? (n.children ?? []) : []),
    entries: (n) => (n.children ?? []).flatMap((p) => (p.children?.length === 2 ? [[String(p.children[0].value), p.children[1]] as [string, JsonNode]] : [])),
    text: (n) => (n.type === 'string' || n.type === 'number' ? String(n.value) : ''),
    string: (n) => {
      if (n.type !== 'string') return undefined;
      const { text, map } = decodeJsonString(source, n.offset, n.offset + n.length);
      return { text, map, encode: encodeJsonString };
    },
  };
}

function lineColumn(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

export function jsonExport(path: string, source: string): ParsedExport<JsonNode> {
  return { syntax: 'json', tree: jsonTree(source), root: parseJsonExport(path, source) };
}

function parseJsonExport(path: string, source: string): JsonNode {
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const error = errors[0];
    const where = error ? lineColumn(source, error.offset) : 'line 1, column 1';
    throw new UsageError(`${path}: invalid JSON at ${where} (${error ? printParseErrorCode(error.error) : 'empty file'}); fix the file or export it again`);
  }
  return root;
}
