/**
 * Hard limits on what a registry file may hold, and the id pattern. Past a
 * limit a registry-error is reported at the place and the value is left out;
 * the rest of the entry is kept. Documented in the README.
 */

/** Characters of an id, a name, each alias and each speaker or source reference. */
export const MAX_NAME_CHARS = 300;
/** Characters of `title`, `url` and `statusNote`. */
export const MAX_FIELD_CHARS = 10_000;
/** Characters of a source's `text` (a long hearing transcript fits). */
export const MAX_TEXT_CHARS = 1_000_000;
/** Items of one list field (`aliases`, `seenBy`) of one entry. */
export const MAX_LIST_ITEMS = 1_000;
/** YAML aliases (`*name`) in one file. */
export const MAX_YAML_ALIASES = 100;
/** Values YAML aliases may stand for in one file, all together. */
export const MAX_ALIASED_VALUES = 10_000;
/** Characters of one registry file (the host refuses files over 64 MB before reading them). */
export const MAX_FILE_CHARS = 64 * 1024 * 1024;

/** An id: lowercase letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit, with at least one letter. */
export const ID_PATTERN = '^(?=[a-z0-9._-]*[a-z])[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$';

const ID = new RegExp(ID_PATTERN);

/** True when `id` is a valid registry id. */
export function isValidId(id: string): boolean {
  return id.length <= MAX_NAME_CHARS && ID.test(id);
}

/** A valid id made from what was written (`Mark Milley` → `mark-milley`), or undefined when none suggests itself. */
export function suggestId(written: string): string | undefined {
  const slug = written
    .slice(0, MAX_NAME_CHARS)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
  return slug && slug !== written && isValidId(slug) ? slug : undefined;
}

/** The character limit of a field. */
export function maxCharsOf(field: string): number {
  if (field === 'text') return MAX_TEXT_CHARS;
  if (field === 'title' || field === 'url' || field === 'statusNote') return MAX_FIELD_CHARS;
  return MAX_NAME_CHARS;
}

/** A count as written in messages: 100000 → "100,000". */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A value for a message: at most `max` characters, then `…` and its length. */
export function shorten(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}… (${count(value.length)} characters)` : value;
}
