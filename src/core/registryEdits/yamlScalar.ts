/**
 * How a value is written into a YAML registry file: plain when YAML reads it
 * back as the same string, else double-quoted (JSON escapes are YAML ones).
 */
import { parse } from 'yaml';

/** Characters a plain scalar may not start with. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;

/** The value as a YAML scalar; `inFlow`: inside `[…]` or `{…}`, where commas and brackets end a plain scalar. */
export function yamlScalar(value: string, inFlow = false): string {
  const plain =
    value !== '' &&
    !INDICATOR.test(value) &&
    !/\s$/.test(value) &&
    !/[\n\r\t]/.test(value) &&
    !/: |:$| #/.test(value) &&
    !(inFlow && /[,[\]{}]/.test(value)) &&
    readsBackAs(value);
  return plain ? value : JSON.stringify(value);
}

function readsBackAs(value: string): boolean {
  try {
    return parse(value) === value;
  } catch {
    return false;
  }
}

/** A list as a YAML flow sequence: `[a, b]`. */
export function yamlFlowList(values: readonly string[]): string {
  return `[${values.map((v) => yamlScalar(v, true)).join(', ')}]`;
}

/** A value (string or list) as written after `key: ` (`inFlow`: inside a flow mapping). */
export function yamlValue(value: string | readonly string[], inFlow = false): string {
  return typeof value === 'string' ? yamlScalar(value, inFlow) : yamlFlowList(value);
}
