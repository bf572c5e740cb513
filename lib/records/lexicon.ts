import { z } from "zod";

/** One reviewed word list of a lexicon: the words and why the list exists (what role its words play). */
export const WordList = z.object({
  why: z.string().min(1),
  sources: z.array(z.string()).optional(),
  words: z.array(z.string().min(1)).min(1),
});
export type WordList = z.infer<typeof WordList>;

/** data/lexicon/names.json: the words the group-name matcher's guards read. */
export const NameLexicon = z.object({
  description: z.string(),
  genericWords: WordList,
  wordAcronyms: WordList,
  wordAcronymNextWords: WordList,
  wordAcronymCompoundBreakers: WordList,
  wordAcronymPreviousWords: WordList,
  wordAcronymVerbEndings: WordList,
  bareDescriptorPreviousWords: WordList,
  bareDescriptorDeterminers: WordList,
  bareDescriptorNextWords: WordList,
  coordinationWords: WordList,
  nonActorNames: WordList,
  locativeWords: WordList,
  directionWords: WordList,
  stateAttributeWords: WordList,
  capitalOwners: WordList,
  placeBeforeCapital: WordList,
  forceNouns: WordList,
  stateForceNouns: WordList,
  stateRoleNouns: WordList,
  stateRoleCopulas: WordList,
  pluralHeads: WordList,
  discoveryHeads: WordList,
  lowerCaseHeads: WordList,
  epithetWords: WordList,
  tribeWords: WordList,
  tribalForceWords: WordList,
  unitTypeWords: WordList,
  numberedUnitHeads: WordList,
  numberedTypedHeads: WordList,
  numberedLeadHeads: WordList,
  nonGroupWords: WordList,
  acledStateForcePrefixes: WordList,
  foreignDemonyms: WordList,
  armsModels: WordList,
  weaponNouns: WordList,
  attackNouns: WordList,
  weaponActingVerbs: WordList,
  weaponPassiveWords: WordList,
  modelHeadFollowers: WordList,
  attributionDoubtWords: WordList,
  attackObjectWords: WordList,
  placeHeadWords: WordList,
  stateAttributeSuffixes: WordList,
  volunteerDemonyms: WordList,
  irregularDemonymPlurals: WordList,
  holdingNouns: WordList,
  supportNouns: WordList,
  agentSuffixes: WordList,
  backingSuffixes: WordList,
  jointChainOpeners: WordList,
  bareStateVerbs: WordList,
  actorNameBlockers: WordList,
  possessedActs: WordList,
  targetedActs: WordList,
  partneredActs: WordList,
  forceQualifiers: WordList,
  leaderTitles: WordList,
  leaderOrders: WordList,
  organsOf: WordList,
  governmentNouns: WordList,
});
export type NameLexicon = z.infer<typeof NameLexicon>;

/** data/lexicon/transliteration.json: spellings of one transliterated word, and the forms of the Arabic article. */
export const TransliterationLexicon = z.object({
  description: z.string(),
  variants: z.object({
    why: z.string().min(1),
    sources: z.array(z.string()).optional(),
    words: z.array(z.array(z.string().min(1)).min(2)),
  }),
  articles: WordList,
  attachedArticles: WordList,
  /** "bin", "ibn", "abu": lower-case words inside a transliterated name that are no article. */
  nameParticles: WordList,
});
export type TransliterationLexicon = z.infer<typeof TransliterationLexicon>;

/** data/lexicon/foreign-adjectives.json: words that claim a generic name ("government forces") for another state. */
export const ForeignLexicon = z.object({
  description: z.string(),
  adjectives: WordList,
  countries: WordList,
});
export type ForeignLexicon = z.infer<typeof ForeignLexicon>;

/** One name an analyst rejected as a group: never proposed or discovered again (matched by its canonical key). */
export const RejectedCandidate = z.object({
  name: z.string().min(1),
  /** Why it is no group ("a generic unit", "a political party"); said once, for the next reader. */
  reason: z.string().min(1),
  /** The corpus or file it was reviewed from. */
  reviewedFrom: z.string().optional(),
});
export type RejectedCandidate = z.infer<typeof RejectedCandidate>;

/** data/lexicon/rejected-candidates.json: names reviewed and rejected by `deno task groups:accept`. */
export const RejectedCandidates = z.object({
  description: z.string(),
  rejected: z.array(RejectedCandidate),
});
export type RejectedCandidates = z.infer<typeof RejectedCandidates>;
/** data/lexicon/date-cues.json: the words beside a header date that say what kind of date it is. */
export const DateCues = z.object({
  description: z.string(),
  firstPublished: WordList,
  published: WordList,
  posted: WordList,
  modified: WordList,
  period: WordList,
  datelinePrepositions: WordList,
  reportingVerbs: WordList,
  subordinators: WordList,
  sameEventSubordinators: WordList,
  antecedentEventNouns: WordList,
});
export type DateCues = z.infer<typeof DateCues>;
/** data/lexicon/victims.json: determiners and nouns of singular and implicit counts ("a civilian was killed"). */
export const VictimLexicon = z.object({
  description: z.string(),
  determiners: WordList,
  standalone: WordList,
  possessives: WordList,
  singularNouns: WordList,
  passiveAuxiliaries: WordList,
  bridges: WordList,
  intransitiveCues: WordList,
  coordinators: WordList,
  singularAgreement: WordList,
  tollNouns: WordList,
  pluralNouns: WordList,
  complementOpeners: WordList,
  sufferVerbs: WordList,
  objectPronouns: WordList,
  perSide: WordList,
  pairDeterminers: WordList,
  relativeOpeners: WordList,
  remainsVerbs: WordList,
  titles: WordList,
  ofNouns: WordList,
  territoryVerbs: WordList,
  pairNouns: WordList,
});
export type VictimLexicon = z.infer<typeof VictimLexicon>;

/** data/lexicon/tallies.json: words that make a figure a running tally ("the toll rose to 54"). */
export const TallyLexicon = z.object({
  description: z.string(),
  tallyWords: WordList,
  subsetOpeners: WordList,
  subsetOwners: WordList,
  /**
   * Kinds of attack rare enough to identify one incident across reports whose tolls differ ("chemical"): each a name
   * and the words of a figure's sentence that name it.
   */
  incidentSignatures: z.object({
    why: z.string().min(1),
    sources: z.array(z.string()).optional(),
    signatures: z.array(z.object({ name: z.string().min(1), words: z.array(z.string().min(1)).min(1) })).min(1),
  }),
  /**
   * How a figure's clause says the victims died ("air", "ground fire", "explosive", "fighting" ...): each a name and
   * its words; a word may name two means ("bombardment"). Reports of one day and place that name means and none in
   * common are two incidents.
   */
  incidentMeans: z.object({
    why: z.string().min(1),
    sources: z.array(z.string()).optional(),
    means: z.array(z.object({
      name: z.string().min(1),
      words: z.array(z.string().min(1)).min(1),
      /** Days the means goes on after its first report (a battle): later reports naming it may join. */
      spansDays: z.number().int().nonnegative().optional(),
    })).min(1),
  }),
});
export type TallyLexicon = z.infer<typeof TallyLexicon>;
