/**
 * The small grammar of attribution in news prose: cue words, titles, names,
 * pronouns and descriptions ("a campaign spokesman"), as regular-expression
 * sources combined by the attribution finder.
 */

/** Cues of French, German and Spanish copy: « … », a déclaré Ana Roe; „…“, sagte Jan Roe; "…", dijo Ana Roe. */
const CUE_VERBS_ELSEWHERE = [
  'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a expliqué', 'a souligné', 'a précisé', 'a estimé', 'déclare', 'affirme', 'ajoute', 'explique', 'souligne',
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'schrieb', 'warnte',
  'dijo', 'dice', 'afirmó', 'declaró', 'explicó', 'añadió', 'agregó', 'señaló', 'aseguró', 'escribió', 'advirtió',
];

/** Verbs and phrases that attribute words to a speaker. */
export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'argued', 'argues', 'tweeted', 'tweets',
  'asked', 'asks', 'explained', 'explains', 'insisted', 'insists', 'noted', 'notes', 'stated', 'states', 'declared',
  'declares', 'continued', 'continues', 'recalled', 'recalls', 'replied', 'replies', 'responded', 'responds', 'warned',
  'warns', 'claimed', 'claims', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'announced', 'announces',
  'remarked', 'observed', 'suggested', 'suggests', 'predicted', 'vowed', 'promised', 'joked', 'quipped', 'boasted',
  'complained', 'conceded', 'countered', 'cautioned', 'emphasized', 'stressed', 'posted', 'shouted', 'yelled',
  'testified', 'confirmed', 'reported', 'reports', 'read', 'showed', 'shows', 'concluded', 'proclaimed', 'insisted',
  'mused', 'pointed out', 'went on', 'put it', 'puts it', 'wrote in', 'told reporters', 'said in a statement', 'exclaimed',
  'echoed', 'reveals', 'revealed', 'reads', 'responded', 'observed', 'called', 'calls', 'described', 'describes',
  'labeled', 'labelled', 'dubbed', 'thanked', 'urged', 'urges', 'demanded', 'accused', 'praised', 'criticized',
  'criticised', 'blasted', 'slammed', 'charged', 'maintained', 'contended', 'asserted', 'alleged', 'speculated',
  'wondered', 'agreed', 'disagreed', 'denied', 'pledged', 'explained', 'recounted', 'predicted', 'texted', 'emailed',
  'goes on to say', 'went on to say', 'told the', 'according to', 'issued a statement', 'released a statement', 'chanted',
  'shot back', 'fired back', 'hit back', 'retorted', 'interjected', 'chimed in', 'snapped', 'scoffed', 'lamented',
  'laments', 'bragged', 'brags', 'boasts', 'sighed', 'chided', 'scolded', 'pleaded', 'implored', 'recounts',
  'elaborated', 'clarified', 'reiterated', 'reiterates', 'summed up', 'answered', 'answers', 'interrupted',
  'wonders', 'muses', 'jokes', 'quips', 'predicts', 'concludes', 'recalls', 'retaliated', 'mocked', 'added that',
  'commented', 'opined', 'concedes', 'contends', 'maintains', 'alleges', 'is quoted as saying', 'was quoted as saying',
  'remembered', 'remembers', 'exhorted', 'reacted', 'intoned', 'cracked', 'gushed', 'fumed', 'raged', 'marveled', 'conceded',
  'sniped', 'snipes', 'griped', 'gripes', 'groused', 'grumbled', 'grumbles', 'muttered', 'mutters', 'murmured', 'whispered', 'whispers', 'screamed', 'screams', 'bellowed', 'thundered', 'growled', 'hissed', 'sneered', 'jeered', 'taunted', 'teased', 'ranted', 'blurted', 'mumbled', 'barked', 'deadpanned', 'wisecracked', 'retweeted', 'retweets', 'Tweeted', 'Tweets',
  'stresses', 'emphasizes', 'counters', 'testifies', 'confirms', 'proclaims', 'exclaims', 'echoes', 'pleads', 'implores', 'scolds', 'chides', 'snaps', 'scoffs', 'retorts', 'interjects', 'elaborates', 'clarifies', 'interrupts', 'mocks', 'opines', 'exhorts', 'reacts', 'intones', 'gushes', 'fumes', 'marvels', 'yells', 'sighs', 'speculates', 'criticizes', 'criticises', 'slams', 'blasts', 'dubs', 'cautions', 'complains', 'observes', 'disagrees',
  ...CUE_VERBS_ELSEWHERE,
];

/**
 * Verbs that judge or hail what they take as object, the quoted words after
 * them: "Roe dismissed the plan as “…”". Cues before the words only: after a
 * quote they take an object of their own ("“…?” Her critics cited it").
 */
const JUDGING_VERBS = [
  'defended', 'defends', 'rejected', 'rejects', 'dismissed', 'dismisses', 'decried', 'decries', 'touted', 'touts', 'condemned',
  'condemns', 'hailed', 'hails', 'derided', 'derides', 'ridiculed', 'ridicules', 'lambasted', 'lambastes', 'berated', 'chastised',
  'assailed', 'assails', 'railed', 'rails', 'vows', 'pledges', 'asserts',
];

/** Base forms of cues that say nothing else after a modal: "could only quip", "would argue" (not "add", "insist", "claim": "would add layers", "will insist on"). */
const BASE_CUES = 'quip|joke|argue|warn|explain|reply|recall|predict|concede|admit|complain|boast|remark';

/** Gerunds of saying after "by": "began by saying". */
const BY_GERUNDS = 'saying|noting|asking|writing|tweeting|declaring|telling|adding|arguing|insisting|interjecting|quipping|joking|responding|replying|recalling|warning|explaining';

/** Cue phrases as pattern text: a modal before a base form ("could only quip"), an opening or answer by a gerund of saying ("began by saying"). */
const CUE_PHRASES = [
  `(?:could|would|will|can|may|might|should|must|did|does|do)\\s+(?:(?:only|also|later|then|just|simply)\\s+)?(?:${BASE_CUES})`,
  `(?:began|begins|begin|opened|opens|started|starts|ended|ends|closed|closes|finished|responded|responds|replied|replies|reacted|reacts|countered|counters|answered|followed\\s+(?:up|that|it))\\s+by\\s+(?:${BY_GERUNDS})`,
];

/** Titles that may precede a name. */
const TITLES = [
  'Brig\\.?\\s*Gen\\.', 'Brigadier General', 'Maj\\.?\\s*Gen\\.', 'Major General', 'Lt\\.?\\s*Gen\\.', 'Lieutenant General',
  'Gen\\.', 'General', 'Adm\\.', 'Admiral', 'Col\\.', 'Colonel', 'Lt\\.', 'Capt\\.', 'Sgt\\.', 'Sen\\.', 'Senator',
  'Rep\\.', 'Representative', 'Gov\\.', 'Governor', 'President', 'Vice President', 'Secretary', 'Mr\\.', 'Mrs\\.', 'Ms\\.',
  'Dr\\.', 'Prof\\.', 'Judge', 'Justice', 'Mayor', 'Speaker', 'Chairman', 'Attorney General', 'Prime Minister',
];

/** Nouns that make "the …"/"a …" a description of a speaker. */
const SPEAKER_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'newspaper', 'daily', 'paper',
  'agency', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'candidate', 'campaign', 'president', 'senator',
  'general', 'chairman', 'source', 'sources', 'analyst', 'expert', 'lawyer', 'attorney', 'minister', 'ministry',
  'department', 'pentagon', 'company', 'group', 'committee', 'statement', 'letter', 'report', 'memo', 'governor',
  'congressman', 'congresswoman', 'lawmaker', 'lawmakers', 'leader', 'leaders', 'secretary', 'director', 'commander',
  'military', 'government', 'white house', 'administration', 'network', 'magazine', 'website', 'post', 'tweet',
  'nominee', 'businessman', 'billionaire', 'mogul', 'democrat', 'republican', 'voter', 'voters', 'supporter',
  'supporters', 'critic', 'critics', 'manager', 'chair', 'founder', 'executive', 'ceo', 'professor', 'strategist',
  'pollster', 'organizer', 'activist', 'woman', 'man', 'people', 'rival', 'opponent', 'challenger', 'host', 'anchor',
  'friend', 'member', 'members', 'resident', 'residents', 'worker', 'workers', 'student', 'students', 'attendee',
  'protester', 'protesters', 'delegate', 'delegates', 'donor', 'donors', 'staffer', 'operative', 'consultant',
  'economist', 'economists', 'scientist', 'researcher', 'researchers', 'study', 'poll', 'survey', 'email', 'ad',
  'video', 'board', 'panel', 'moderator', 'reporter', 'reporters', 'journalist', 'columnist', 'editor', 'writer',
  'author', 'historian', 'veteran', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'insider', 'insiders',
  'observer', 'observers', 'backer', 'backers', 'advocate', 'advocates', 'officer', 'officers', 'police', 'court',
  'judge', 'prosecutor', 'prosecutors', 'investigator', 'investigators', 'lawsuit', 'filing', 'complaint', 'rally',
  'crowd', 'audience', 'organization', 'foundation', 'institute', 'center', 'party', 'union', 'coalition', 'council',
  'commission', 'agency', 'bureau', 'office', 'senate', 'house', 'congress', 'legislature', 'republican', 'republicans',
  'democrats', 'independent', 'conservative', 'conservatives', 'liberal', 'liberals', 'governor', 'mayor', 'chief',
  'director', 'spokesmen', 'representative', 'senators', 'candidates', 'nominee', 'voter', 'user', 'users',
  'editorial', 'diplomat', 'diplomats', 'ambassador', 'envoy', 'governor', 'lawyers', 'attorneys', 'physician', 'doctor', 'person',
];

/** A determiner before a description: "the", "a", "one", "another", "his" … */
export const DETERMINER = `(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)`;

/** Lower-case words that may precede a name: "former", "retired" … */
const NAME_MODIFIERS = `(?:(?:former|retired|then|late|current|incoming|outgoing|acting|fellow|presumptive|ex)-?\\s+)*`;

/** Capitalised words that start sentences but never names. */
const NOT_NAMES = [
  'From', 'In', 'On', 'At', 'But', 'And', 'Or', 'So', 'When', 'While', 'After', 'Before', 'As', 'If', 'Then', 'That',
  'This', 'These', 'Those', 'There', 'Here', 'It', 'We', 'They', 'He', 'She', 'I', 'A', 'An', 'The', 'Asked', 'According',
  'Still', 'Yet', 'However', 'Meanwhile', 'Later', 'Earlier', 'Today', 'Yesterday', 'Now', 'Also', 'Instead', 'What', 'Why', 'How',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Feb', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec',
  'Last', 'Next', 'Many', 'Some', 'Most',
  'Amid', 'Among', 'Despite', 'During', 'Unlike', 'Without', 'Though', 'Although', 'Because', 'Since', 'Until', 'Unless',
  'Of', 'For', 'To', 'With', 'By', 'Under', 'Over', 'Like', 'Given', 'Even', 'Each', 'Every', 'Another', 'Both', 'Either',
  'Neither', 'All', 'Several', 'Such', 'Other', 'Others', 'No', 'Not', 'Only', 'Just', 'Indeed', 'Specifically', 'Perhaps',
  'Maybe', 'Sometimes', 'Often', 'Finally', 'Again', 'Ask', 'Let', 'Our', 'Their', 'His', 'Her', 'Its', 'My', 'Your',
  'You', 'Whether', 'Where', 'Who', 'Which', 'Once', 'Tonight', 'Recently', 'Never', 'Thus', 'Similarly', 'Moreover',
  'Nonetheless', 'Nevertheless', 'Rather', 'Apparently', 'Clearly', 'Certainly', 'Actually', 'Overall', 'Together',
  'Much', 'More', 'Between', 'Likewise', 'Across', 'Along', 'Around', 'Besides', 'Beyond', 'Within', 'Throughout',
  'Toward', 'Towards', 'Against', 'Upon', 'Via', 'Per', 'Except', 'Regardless', 'Nor', 'Hence', 'Otherwise', 'Instead',
  'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Fifteen', 'Twenty', 'Thirty', 'Forty',
  'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety', 'Hundreds', 'Thousands', 'Dozens', 'Millions',
];

/** Words of NOT_NAMES that are also surnames ("Al From", "Dan Rather"): a name of their own when a cue follows ("From said", "Rather told"). */
const SURNAME_TOO = ['From', 'Rather', 'More'];

/** The commonest cues, right after a surname of SURNAME_TOO. */
const SURNAME_CUE = '(?:said|says|added|adds|told|tells|wrote|writes|noted|notes|argued|argues|explained|asked|replied|recalled|insisted|warned|tweeted)';

/** Ordinals that open a sentence as adverbs before a comma ("First, the council …"), and only then: "First Lady Ann Roe". */
const ORDINAL_ADVERBS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];

/** What may not start a name: a word of NOT_NAMES, unless a surname of SURNAME_TOO followed by a cue; an ordinal before a comma. */
const NOT_NAME_START = `(?!(?:${NOT_NAMES.filter((w) => !SURNAME_TOO.includes(w)).join('|')})\\b)(?!(?:${SURNAME_TOO.join('|')})\\b(?!\\s+${SURNAME_CUE}\\b))(?!(?:${ORDINAL_ADVERBS.join('|')}),)`;

/** Pronouns that stand for the last named speaker. */
export const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A capitalised name with optional titles and initialisms, never starting inside a word: "Brig. Gen. William H. Seely III", "Donald J. Trump", "U.S. District Judge Ana Ruiz". */
export const NAME = `(?<![\\p{L}.])${NAME_MODIFIERS}${NOT_NAME_START}(?:(?:${TITLES.join('|')})\\s+)*(?:[A-Z][\\p{L}'’\\-]+|(?:[A-Z]\\.){2,}(?=\\s)|[A-Z]\\.)(?:\\s+(?:(?:${TITLES.join('|')})|[A-Z][\\p{L}'’\\-]+|(?:[A-Z]\\.){2,}(?=\\s)|[A-Z]\\.|de|van|von|bin|al|la|le|da|del|III|II|IV|Jr\\.|Sr\\.))*(?:\\s*\\([A-Z][\\w.\\- ]{0,20}\\))?`;

/** Words that end a noun phrase before its noun: a preposition, conjunction, relative word or auxiliary ("their check by announcing that Trump’s statement" is no description). */
const NOT_IN_DESCRIPTION = '(?!(?:that|which|who|by|to|for|with|from|in|on|at|into|and|or|but|as|than|is|was|were|are|has|had|have|will|would)\\s)';

/** The noun a description ends in: a speaker noun, its first letter in either case ("spokesman", "Official"). */
export const DESCRIPTION_NOUN = `(?:${[...new Set(SPEAKER_NOUNS)].map((n) => `[${n[0]}${n[0].toUpperCase()}]${escape(n.slice(1))}`).join('|')})`;

/** What may not follow a count closing a description ("mother of three"): a plural noun it counts ("a study of three tenants"). */
const NOT_COUNTED_NOUN = `(?![\\s\\u00a0]+\\p{Ll}+s(?![\\p{L}]))`;

/** A description: "the newspaper", "a campaign spokesman", "the influential US daily", "the 34-year-old mother of three". */
export const DESCRIPTION = `(?<![\\p{L}\\p{N}])${DETERMINER}\\s+(?:${NOT_IN_DESCRIPTION}[\\p{L}\\p{N}\\-’'.]+\\s+){0,5}?${DESCRIPTION_NOUN}s?\\b(?:\\s+of\\s+(?:the\\s+)?(?:state|defense|staff|the\\s+\\p{L}+|(?:two|three|four|five|six|seven|eight|nine|ten)(?![\\p{L}\\p{N}])${NOT_COUNTED_NOUN}|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}))?`;

/** A description without a determiner, in the plural or after a possessive: "voters", "GOP officials", "Trump’s campaign" (no conjunction in it: "when voters" is "voters"). */
export const BARE_DESCRIPTION = `(?:(?:[\\p{L}\\-]+['’]s?\\s+)?(?:(?!(?:when|as|while|after|before|until|and|but|because|where|if|though|although|that)\\s)[\\p{L}\\-]+\\s+){0,2}?(?:${[...new Set(SPEAKER_NOUNS)].map((n) => escape(n)).join('|')})|(?:(?!(?:when|as|while|after|before|until|and|but|because|where|if|though|although|that)\\s)[\\p{L}\\-]+\\s+){0,2}?(?:${[...new Set(SPEAKER_NOUNS)].map((n) => escape(n)).join('|')})s)\\b`;

/** A phrase ending in a speaker noun ("Washington Post", "Senate Democrats", "the Pentagon"), any case: the descriptions take it as written. */
export const ENDS_IN_SPEAKER_NOUN = new RegExp(`(?<![\\p{L}])(?:${[...new Set(SPEAKER_NOUNS)].map((n) => escape(n)).join('|')})s?$`, 'iu');

/** A plural speaker noun of the list whose singular is in it too ("leaders", "officials", "voters"): a noun, never a verb ("Several Republican leaders, including …"). */
export const PLURAL_SPEAKER_NOUN = new RegExp(`^(?:${[...new Set(SPEAKER_NOUNS)].filter((n) => n.endsWith('s') && SPEAKER_NOUNS.includes(n.slice(0, -1))).map((n) => escape(n)).join('|')})$`, 'i');

/** A share of those polled as a speaker: "63 percent", "only 52 percent of registered voters". */
export const SHARE_SOURCE = `(?:(?:[Oo]nly|[Jj]ust|[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Mm]ore\\s+than|[Ff]ewer\\s+than|[Ll]ess\\s+than)\\s+)?\\d+(?:\\.\\d+)?\\s*(?:percent|per\\s+cent|%)(?:\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)?`;

/** A pronoun as a speaker. */
export const PRONOUN_SOURCE = `\\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I)\\b`;

/** An alternation of cue words and phrases, longest first; it ends where no letter follows (a word boundary ends no word in é or ó). Needs the `u` flag. */
const cueAlternation = (cues: readonly string[], phrases: readonly string[] = []) => `\\b(?:${[...phrases, ...[...new Set(cues)].sort((a, b) => b.length - a.length).map((c) => escape(c).replace(/ /g, '\\s+'))].join('|')})(?![\\p{L}\\p{N}_])`;

/** Any cue (needs the `u` flag). */
export const CUE = cueAlternation([...CUE_VERBS, ...JUDGING_VERBS], CUE_PHRASES);

/** A judging verb as a cue (needs the `u` flag). */
export const JUDGING_CUE = cueAlternation(JUDGING_VERBS);

/** A cue that may also follow the quoted words, inverted or after their speaker ("“…,” said Roe", "“…,” Roe said"): no judging verb (needs the `u` flag). */
export const SPOKEN_CUE = cueAlternation(CUE_VERBS, CUE_PHRASES);

/** A time phrase between a speaker and the cue: "Roe on Friday said", "Li last week told". */
/** The act of speaking as a phrase between a speaker and the cue: "Roe in her opening speech called", "Li in an interview with the Gazette said". */
const WHERE_SAID = '(?:in|during|at)\\s+(?:his|her|their|its|the|a|an)\\s+(?:[a-z][\\w’\'-]*\\s+){0,2}?(?:speech|interview|statement|remarks|address|letter|post|tweet|op-ed|column|testimony|memo|email|debate|rally|news\\s+conference|press\\s+conference)(?:\\s+(?:with|to)\\s+(?:the\\s+)?(?:[\\w’\'.-]+\\s+){0,2}?[\\w’\'.-]+)?';
const WHEN_SAID = '(?:on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|earlier\\s+this)\\s+(?:week|month|year))';

/** An optional adverb between speaker and cue ("he later said", "Roe on Friday said"). */
export const ADVERB = `(?:\\s+(?:also|later|then|now|again|once|previously|recently|repeatedly|simply|flatly|quickly|often|always|never|sometimes|still|even|just|has|had|have|would|will|may|might|could|once|told\\s+\\w+|${WHEN_SAID}|${WHERE_SAID}|[a-z]\\w*ly)){0,2}`;

/** Words whose period ends no sentence: "Sen.", "Gov.", the letters of "U.S." and "a.m.". */
const ABBREVIATION = `(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Brig|Prof|St|Jr|Sr|Rev|Ft|Mt|Inc|Corp|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ill|Ind|Kan|Ky|Md|Mass|Mich|Minn|Miss|Mont|Neb|Nev|Okla|Ore|Tenn|Tex|Wash|Wis|Wyo|\\p{L})`;

/** A period that only closes an abbreviation (needs the `u` flag). */
export const ABBREV_DOT = `\\.(?<=(?<!\\p{L})${ABBREVIATION}\\.)`;

/** A sentence-ending mark: ! ? or a period that closes no abbreviation (needs the `u` flag). */
export const SENTENCE_END = `(?:[!?]|\\.(?<!(?<!\\p{L})${ABBREVIATION}\\.))`;

/** One character inside a sentence, quote marks and line breaks excluded (needs the `u` flag). */
export const IN_SENTENCE = `(?:[^.!?"“”«»\\n]|${ABBREV_DOT})`;

/** Removes titles from a name: "Brig. Gen. William H. Seely III" → "William H. Seely III". */
export function stripTitles(name: string): string {
  return name.replace(new RegExp(`^(?:(?:${TITLES.join('|')})\\s+)+`), '');
}
