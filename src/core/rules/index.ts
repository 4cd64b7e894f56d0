/** Every rule the checker runs. */
import type { QuoteRule, Rule } from '../check/context.ts';
import { misattributedQuote } from './misattributedQuote.ts';
import { misquote } from './misquote.ts';
import { sourceStatus } from './sourceStatus.ts';
import { unattributedQuote } from './unattributedQuote.ts';
import { unclosedQuote } from './unclosedQuote.ts';
import { unopenedQuote } from './unopenedQuote.ts';
import { unverifiedQuote } from './unverifiedQuote.ts';

/** Rules over the whole draft, run after the quote rules. */
export const RULES: readonly Rule[] = [sourceStatus, unclosedQuote, unopenedQuote];

/** Rules run for each quote, in this order. */
export const QUOTE_RULES: readonly QuoteRule[] = [misquote, misattributedQuote, unverifiedQuote, unattributedQuote];
