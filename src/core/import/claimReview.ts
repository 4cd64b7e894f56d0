/**
 * ClaimReview (schema.org JSON-LD, as fact-checkers publish it: one object, a
 * list, or a `@graph`) as registry entries: the claim as a statement by its
 * author, labelled with the rating (ratings.ts) by the fact-checker, and the
 * review itself as a source by the fact-checker.
 */
import type { JsonInput, PlacedValue } from './jsonInput.ts';
import { entry, EntryCollector, excerpt, isoDate, stableId, type ImportResult } from './model.ts';
import { statusOfRating, type Rating } from './ratings.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const hasType = (v: Json, type: string): boolean => (Array.isArray(v['@type']) ? v['@type'].includes(type) : v['@type'] === type);

/** Converts the ClaimReviews of a JSON file into registry entries. */
export function convertClaimReviews(input: JsonInput): ImportResult {
  const out = new EntryCollector();
  const nodes = new Map<string, Json>(); // `@graph` nodes by `@id`, for references such as "author": {"@id": "#org"}
  for (const item of input.items) if (isObject(item.value) && typeof item.value['@id'] === 'string') nodes.set(item.value['@id'], item.value);
  const resolve = (v: unknown): Json | undefined => {
    const o = first(v);
    if (!isObject(o)) return undefined;
    return typeof o['@id'] === 'string' && Object.keys(o).length === 1 ? nodes.get(o['@id']) ?? o : o;
  };
  let reviews = 0;
  for (const item of input.items) {
    if (!isObject(item.value) || !hasType(item.value, 'ClaimReview')) continue; // the publisher's WebPage, Organization … nodes
    reviews++;
    convertOne(item, item.value, resolve, out);
  }
  if (!reviews) out.warn(input.root.line, input.root.column, 'no ClaimReview found; expected an object (or a list or `@graph` of objects) with "@type": "ClaimReview"');
  return out.result();
}

function convertOne(at: PlacedValue, review: Json, resolve: (v: unknown) => Json | undefined, out: EntryCollector): void {
  out.at(at.line, at.column);
  const url = text(review.url);
  const claim = text(review.claimReviewed);
  const name = `the ClaimReview${url ? ` ${url}` : ''}`;
  const skip = (why: string) => out.warn(at.line, at.column, `skipped ${name}: ${why}`);
  if (!claim) return skip('it has no `claimReviewed`; expected the words of the claim');
  const checker = resolve(review.author) ?? resolve(review.publisher);
  const checkerName = checker && text(checker.name);
  if (!checkerName) return skip('it has no `author` with a `name`; expected the fact-checker');
  const checkerId = out.speaker(checkerName, checker && hasType(checker, 'Person') ? 'person' : 'organization', text(checker?.url));

  const item = resolve(review.itemReviewed) ?? {};
  const claimant = resolve(item.author);
  const claimantName = claimant && text(claimant.name);
  const speaker = claimantName ? out.speaker(claimantName, hasType(claimant, 'Organization') ? 'organization' : 'person') : undefined;
  const appearance = resolve(item.appearance) ?? resolve(item.firstAppearance);
  const appearanceUrl = text(appearance?.url) ?? text(item.url);
  const claimDate = isoDate(item.datePublished) ?? isoDate(appearance?.datePublished);
  const reviewDate = isoDate(review.datePublished);

  const reviewId = stableId(`${checkerName} ${claim}`, `review:${url ?? `${checkerName}|${claim}`}`, 'review');
  out.add(entry(reviewId, 'article', {
    title: text(review.name) ?? text(review.headline) ?? `${checkerName} fact-check: “${excerpt(claim)}”`,
    speaker: checkerId,
    date: reviewDate,
    url,
  }));

  const rating = (resolve(review.reviewRating) ?? {}) as Rating;
  const ratingName = text(rating.alternateName) ?? (rating.ratingValue !== undefined ? `${String(rating.ratingValue)} of ${String(rating.bestRating ?? 5)}` : undefined);
  const status = statusOfRating(rating);
  if (!status) {
    out.warn(at.line, at.column, `${name}: rating ${ratingName ? `“${ratingName}”` : '(none)'} is not in the rating table; the claim is imported as unverified (expected a rating name such as True, Misleading or False, or a ratingValue between worstRating and bestRating)`);
  }
  out.add(entry(stableId(claim, `claim:${claim.replace(/\s+/g, ' ').toLowerCase()}|${claimantName ?? ''}`, 'claim'), 'statement', {
    speaker,
    date: claimDate,
    url: appearanceUrl,
    text: claim,
    status: status ?? 'unverified',
    statusNote: ratingName ? `Rated “${ratingName}” by ${checkerName}` : undefined,
    statusBy: checkerId,
    statusDate: reviewDate,
    statusSource: reviewId,
  }));
}
