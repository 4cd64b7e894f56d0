/** Types of the bench inputs core.ts uses (bench/inputs.mjs). */
/** Registry files (in memory) of `people` registered people with 2-3 aliases each, and the draft's quotes as statements. */
export function peopleRegistry(people: number, quotes: string[]): { path: string; text: string }[];
