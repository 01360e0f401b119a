// Macro exports in YAML (GitHub's .github/replies.yml and YAML lists of macros), seen through
// exports.ts's tree interface. A module of its own so a JSON export never loads the yaml package.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Scalar } from 'yaml';
import { UsageError } from '../engine/errors.js';
import type { ParsedExport, Tree } from './exports.js';
import { alignMap } from './offsets.js';

export function yamlExport(path: string, source: string): ParsedExport<YamlNode> {
  return { syntax: 'yaml', tree: yamlTree(source), root: parseYamlExport(path, source) };
}

function yamlTree(source: string): Tree<YamlNode> {
  return {
    kind: (n) => (isMap(n) ? 'object' : isSeq(n) ? 'array' : isScalar(n) && typeof n.value === 'string' ? 'string' : 'other'),
    get: (n, key) => (isMap(n) ? (n.get(key, true) as YamlNode | undefined) : undefined),
    items: (n) => (isSeq(n) ? (n.items as YamlNode[]) : []),
    entries: (n) => (isMap(n) ? n.items.flatMap((p) => (isScalar(p.key) && p.value ? [[String(p.key.value), p.value as YamlNode] as [string, YamlNode]] : [])) : []),
    text: (n) => (isScalar(n) ? String(n.value) : ''),
    string: (n) => {
      if (!isScalar(n) || typeof n.value !== 'string' || !n.range) return undefined;
      const value = n.value;
      const [start, end] = n.range;
      // Block scalars start with their "|" or ">" header line; the value starts on the next line.
      const scalar = n as Scalar;
      const from = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED' ? source.indexOf('\n', start) + 1 : start;
      const encode = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'PLAIN' ? (s: string) => s : undefined;
      return { text: value, map: alignMap(value, source, from, end), encode };
    },
  };
}

function parseYamlExport(path: string, source: string): YamlNode {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    throw new UsageError(`${path}: invalid YAML at line ${pos.line}, column ${pos.col} (${error.message.split('\n')[0]}); fix the file or export it again`);
  }
  if (!doc.contents) throw new UsageError(`${path}: the YAML file is empty; give a file with replies in it`);
  return doc.contents as YamlNode;
}
