/**
 * Stage 4, a cue-less fallback: a later clause of the quote's sentence with a
 * pronoun for its subject, that runs up to the quote, speaks it ("Cruz has
 * pledged to visit every county and he has long used that fact to fault his
 * rivals for not campaigning “…”": he; "Perez wins applause as he keeps
 * talking about the “…”"). Its speaker is the pronoun; the resolution stage
 * reads whom it stands for.
 */

/**
 * "and", "as", "when" or "while", an optional short phrase and its comma, a
 * subject pronoun, a finite verb, then the rest of the clause (no sentence
 * end, no other quote, no other such clause) up to the quote. (Not "because",
 * "after" …: "Roe blamed Li because he is “…”" reports why, not who speaks.)
 */
const PRONOUN_CLAUSE = /(?<![\p{L}])(?:and|as|when|while)\s+(?:[^,.!?;"“”«»#\n]{1,30},\s+)?(he|she|they|we|I)\s+(?:(?:also|then|later|still|often|never|always|[a-z]+ly)\s+)?(?:[a-z]{2,}(?:s|ed)|is|are|was|were|has|had|have|will|would|could|did|does|made|said|told|gave|took|went|came|saw|thought|kept|put|wrote|spoke|brought|began|sent)\b((?:(?!\b(?:and|as|when|while)\s+(?:he|she|they|we|I)\s)[^.!?;"“”«»#\n]){0,120})$/du;

/** The pronoun subject of the clause that runs up to the end of `before` (the text before a quote), and where it is. */
export function clausePronoun(before: string): { text: string; at: number } | undefined {
  const m = PRONOUN_CLAUSE.exec(before);
  return m?.indices?.[1] ? { text: m[1], at: m.indices[1][0] } : undefined;
}
