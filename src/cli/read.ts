// Reading drafts: bytes to text, refusing what is not a UTF-8 text file with one clear line.
import { readFileSync } from 'node:fs';
import { UsageError } from '../engine/errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeDraft(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new UsageError(`${name}: looks like a binary file, not a text draft; give replylint .txt or .md files`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UsageError(`${name}: is not valid UTF-8 text; save it as UTF-8 and run replylint again`);
  }
}

/** Bytes of a file, with one clear line for a missing, unreadable or folder path. */
export function readBytes(path: string): Buffer {
  let bytes: Buffer;
  try {
    // No stat first: reading a folder fails with EISDIR (a stat per file was ~2% of a batch).
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new UsageError(`${path}: is a folder; give a file here`);
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`${path}: cannot read the file (${why}); check the path`);
  }
  return bytes;
}

/** An e-mail may carry 8-bit text in any charset: postal-mime decodes it; lines are counted in latin1 then. */
export function decodeLenient(bytes: Uint8Array, name: string): string {
  try {
    return decodeDraft(bytes, name);
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}

export async function readStdinBytes(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
