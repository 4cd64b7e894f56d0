/**
 * Units of work the core counts where a hostile draft or registry once made
 * it quadratic or worse, so that tests can assert linear growth without a
 * clock (speed itself is measured by `npm run bench`, group 8). Each is one
 * module-level integer, incremented per unit of work; they only ever grow.
 */
export const workCounts = {
  /** Chunks read as one plain paragraph because remark would take minutes over their markup (segment.ts). */
  markupFloods: 0,
  /** Characters of the chunks remark parsed (segment.ts): the rest were read directly as plain prose or as floods. */
  remarkChars: 0,
  /** Characters read beside mentions of who labelled a source, looking for the label (acknowledgement.ts). */
  labelWindowChars: 0,
  /** Entries walked past (and shifted) inserting named speakers into their sorted list (resolution.ts). */
  sortedInsertSteps: 0,
  /** Marks looked at after an opening for a nested quote's closing (quotes.ts). */
  nestingMarks: 0,
  /** Steps of the name dictionary's walks over draft tokens (nameDictionary.ts). */
  dictionarySteps: 0,
  /** Suppression scopes looked at, or probed by binary search, per finding (suppress.ts). */
  suppressionProbes: 0,
  /** Candidate statements aligned word by word with a quote (quoteIndex.ts). */
  alignments: 0,
  /** Postings (statement numbers under a quote word) read ranking a speaker's statements as candidates (speakerWords.ts). */
  speakerPostings: 0,
  /** Characters of a registry file parsed for a language feature at an offset (registryFeatures/locate.ts). */
  registryFeatureChars: 0,
  /** Characters of a registry line read by completion's patterns (registryFeatures/completion.ts). */
  completionChars: 0,
  /** Lines read and entry starts passed while locating entries in registry files (quickLocate.ts). */
  locateSteps: 0,
};

/** Which work is counted. */
export type WorkCount = keyof typeof workCounts;
