/**
 * The rules about files the server and the CLI share: which files are
 * registry files, and how large a draft or a registry file may be. Pure, for
 * the browser build too.
 */

/** Registry files are YAML or JSON. */
export const REGISTRY_FILE = /\.(ya?ml|json)$/i;
/** Drafts larger than this are not checked, by the CLI or the server (a clear message instead; README "Limits"). */
export const MAX_DRAFT_BYTES = 5 * 1024 * 1024;

/** Why a draft of `bytes` UTF-8 bytes is not checked, or undefined when it is within the limit. */
export function draftSizeProblem(bytes: number, maxBytes = MAX_DRAFT_BYTES): string | undefined {
  if (bytes <= maxBytes) return undefined;
  return `this draft is ${(bytes / 1048576).toFixed(1)} MB; drafts over ${maxBytes / 1048576} MB are not checked (split it into smaller drafts to check it)`;
}

/** CSV files in a registry folder are listed too: one in an import format is reported (the registry reads only its first line). */
export const REGISTRY_CSV_FILE = /\.csv$/i;

/** Registry files over this size are refused with a registry-error at the file's start. */
export const MAX_REGISTRY_BYTES = 64 * 1024 * 1024;

/** The number of bytes a text takes in UTF-8 (without encoding it). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: two UTF-16 units, four bytes
      i++;
    } else bytes += 2;
  }
  return bytes;
}
