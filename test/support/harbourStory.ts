/** The invented harbour story the suppression tests share: a registry whose one statement is retracted, and a draft sentence quoting it. */

/** Registry YAML: the harbour authority and its retracted dredging notice. */
export const HARBOUR_REGISTRY = `
- id: harbour-authority
  type: organization
  name: Kestrel Harbour Authority
- id: dredging-notice
  type: statement
  title: The dredging notice
  speaker: harbour-authority
  text: Dredging of the north channel will begin in March and finish before the summer season.
  status: retracted
`;

/** The notice's words as a draft quotes them. */
export const HARBOUR_WORDS = '"Dredging of the north channel will begin in March and finish before the summer season."';

/** A draft sentence quoting the retracted notice, attributed to the authority. */
export const HARBOUR_QUOTE = `The Kestrel Harbour Authority said: ${HARBOUR_WORDS}`;
