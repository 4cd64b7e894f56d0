/** Every rule the checker runs, in reporting order. */
import type { Rule } from '../check/context.ts';
import { misattributedQuote } from './misattributedQuote.ts';
import { misquote } from './misquote.ts';
import { sourceStatus } from './sourceStatus.ts';
import { unattributedQuote } from './unattributedQuote.ts';
import { unverifiedQuote } from './unverifiedQuote.ts';

/** The rules, run in this order for each draft. */
export const RULES: readonly Rule[] = [sourceStatus, misquote, misattributedQuote, unverifiedQuote, unattributedQuote];
