/**
 * Stage 4, cues: whether a cue word is the verb of the phrase before it. A
 * verb agrees with its subject; a word of saying that does not is a noun
 * ("his supporters notes" is no clause, "Republican claims of “…”" a plural
 * noun after an adjective of party or nation), and that phrase speaks nothing.
 */

/** A plural noun in -s heading a lower-case phrase ("his supporters", "the party's officials"), not -ss, -us, -is ("the boss", "the status", "the analysis"). */
const PLURAL_HEAD = /(?:^|\s)(?:[\p{Ll}'’-]+\s+)*\p{Ll}{2,}(?<![sui])s$/u;

/** A count with no noun after it ("a dozen", "a few", "two hundred"): what follows is its plural noun ("a dozen states held"), no verb in -s. */
const COUNT = /(?:^|\s)(?:dozen|dozens|hundred|hundreds|thousand|thousands|million|millions|few|couple|handful|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** Lower-case words in -s that are no plurals, or plurals that take a singular verb. */
const NOT_PLURAL = /(?:^|\s)(?:news|politics|economics|series|species|means|headquarters|its|his|this|thus|perhaps|always|sometimes|whereas|nevertheless)$/;

/**
 * An adjective of party or nation closing the phrase with no determiner
 * before it: alone ("Republican", "Democratic", "Chinese") or after a
 * lower-case word ("32% of Republican", "to disprove Canadian"); in -ian only
 * after one (a bare "Adrian" is a name).
 */
const ADJECTIVE_ONLY = /(?:^|(?:^|\s)(?!(?:a|an|the|one|another|every|each|any|no|this|that)\s)\p{Ll}+\s+)\p{Lu}\p{Ll}+(?:ican|atic|ese|ish)$|(?:^|\s)(?!(?:a|an|the|one|another|every|each|any|no|this|that)\s)\p{Ll}+\s+\p{Lu}\p{Ll}+ian$/u;

/** A cue in the third person singular of the present: "notes", "claims", "says". */
const SINGULAR_CUE = /^[a-z]+s$/;

/** Whether `cue` can be the verb of `speaker` (the phrase as written before it). */
export function cueAgrees(speaker: string, cue: string): boolean {
  if (!SINGULAR_CUE.test(cue)) return true;
  if (ADJECTIVE_ONLY.test(speaker) || COUNT.test(speaker)) return false;
  return !(/^\p{Ll}/u.test(speaker.replace(/^(?:the|a|an|his|her|their|its|our|my)\s+/i, '')) && PLURAL_HEAD.test(speaker) && !NOT_PLURAL.test(speaker));
}
