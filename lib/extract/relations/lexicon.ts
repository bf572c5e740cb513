import type {
  RelationFrame,
  RelationGuard,
  RelationLexicon,
  RelationTrigger,
  RelationType,
} from "../../records/mod.ts";
import type { ArabicNameWords } from "../../reference/arabic-name-words.ts";
import { nounForms, verbForms } from "./inflect.ts";
import { PhraseIndex, type Token, VerbPhraseIndex } from "./tokens.ts";
import { LOWER_HYPHENED_WORD } from "./word-shapes.ts";

/** One inflected form of a trigger as found in text: which entry, and whether the form is a past participle. */
export type TriggerForm = { trigger: RelationTrigger; participle: boolean };

/** A guard phrase as found in text. */
export type GuardForm = { guard: RelationGuard; cue: string };

/** The relation lexicon compiled for reading: phrase indexes and word sets. */
export type CompiledLexicon = {
  triggers: PhraseIndex<TriggerForm>;
  /**
   * The triggers the lexicon marks `answers` (counter-acts: "counterattack"), alone: whether a sentence holds one is
   * asked of every sentence, and most tokens open no such phrase.
   */
  counterTriggers: PhraseIndex<TriggerForm>;
  /**
   * The triggers the lexicon marks `prepOnly`, apart from `triggers`: an occurrence of one is an act only where one of
   * its frames' prepositions follows it ("held P against Y"; "held talks" is none), so no other rule sees the word.
   */
  prepTriggers: PhraseIndex<TriggerForm>;
  guards: PhraseIndex<GuardForm>;
  /** Phrases that lift a guard's cue where they stand between it and the trigger ("will continue fighting"). */
  guardLifts: PhraseIndex<RelationGuard>;
  listJoiners: PhraseIndex<true>;
  partyNouns: PhraseIndex<true>;
  partyLinks: PhraseIndex<true>;
  placeNouns: PhraseIndex<true>;
  placeLinks: PhraseIndex<true>;
  listTails: PhraseIndex<true>;
  listExamples: PhraseIndex<true>;
  disguiseLinks: PhraseIndex<true>;
  allyTails: PhraseIndex<true>;
  itemAdjectives: PhraseIndex<true>;
  memberKindNouns: PhraseIndex<true>;
  /** The plurals of the one-word `memberKindNouns` ("units", "factions"): the kind of the parts "and other" lists. */
  memberKindPlurals: Set<string>;
  memberWholeKinds: ReadonlySet<string>;
  /** The kinds whose parties, one leading the other, act side by side (lexicon `ledPartners`). */
  ledPartnerKinds: ReadonlySet<string>;
  /** Lexicon `createdWholes`: the kinds of a whole one creator backs only where it is of `creators`. */
  createdWholes: { kinds: ReadonlySet<string>; creators: ReadonlySet<string>; notCreated: ReadonlySet<string> };
  modals: ReadonlySet<string>;
  participationVerbs: PhraseIndex<true>;
  actParticipantLinks: PhraseIndex<true>;
  actParticipantNouns: PhraseIndex<true>;
  jointCompoundOpeners: Set<string>;
  /** "left ... dead": the result verbs and states of a fight's counted dead. */
  casualtyResultVerbs: Set<string>;
  casualtyResultStates: Set<string>;
  retreatInfinitives: PhraseIndex<true>;
  rangeNumberWords: Set<string>;
  reciprocals: PhraseIndex<true>;
  reciprocalActs: PhraseIndex<true>;
  peerAdjectives: Set<string>;
  rankingAdjectives: PhraseIndex<true>;
  appositionAdverbs: PhraseIndex<true>;
  actStateLinks: PhraseIndex<true>;
  sharedForceNouns: PhraseIndex<true>;
  /** Lexicon `purposeNamedWholes`: coalitions named by their purpose ("the coalition against ISIL"), by group id. */
  purposeNamedWholes: Set<string>;
  /** Lexicon `backedClasses`: classes of groups defined by their backer (group id → backers). */
  backedClasses: ReadonlyMap<string, readonly string[]>;
  /** Lexicon `permissionLinks`: "gave X the green light to V" makes X the subject of V. */
  permissionLinks: { verbs: Set<string>; nouns: PhraseIndex<true> };
  /** Lexicon `namingRelatives`: "what it called X" (the verb of naming no guard cue). */
  namingRelatives: { openers: PhraseIndex<true>; verbs: Set<string> };
  /** Lexicon `companionPredicates`: ", with X advising" (X beside the subject). */
  companionPredicates: PhraseIndex<true>;
  /** Lexicon `jointHoldingLinks`: "held by A and B" (A and B allies, holding one place). */
  jointHoldingLinks: PhraseIndex<true>;
  /** Lexicon `jointAdverbs`: "A and B jointly run P" (A and B allies, one actor). */
  jointAdverbs: PhraseIndex<true>;
  /** Lexicon `jointAdverbs.nonActs`: "A and B together account for" (no act). */
  jointNonActs: Set<string>;
  /** Lexicon `jointAdverbs.adjectives`: "A and B issued a joint statement" (A and B allies, one actor). */
  jointAdjectives: Set<string>;
  /** Lexicon `timeAntecedents`: "the first time the US attacked Y" (the name opens a clause). */
  timeAntecedents: Set<string>;
  /** Lexicon `subordinators`: "when Y merged" (Y no competitor of the sentence's subject). */
  subordinators: Set<string>;
  /** Lexicon `questionOpeners`: "Is X part of Y?" asks, and asserts nothing. */
  questionOpeners: Set<string>;
  /** Lexicon `jointHoldingVerbs`: "A and B held P" (A and B allies, holding one place). */
  jointHoldingVerbs: Set<string>;
  /** Lexicon `jointHoldingVerbs.captives`: "A and B hold 200 civilians as hostages". */
  jointCaptives: Set<string>;
  /** Lexicon `freeRelatives`: "What retook X was A and B", "Those who stormed X were A and B". */
  freeRelatives: PhraseIndex<true>;
  listIntroductions: PhraseIndex<true>;
  copulas: PhraseIndex<true>;
  lightVerbs: VerbPhraseIndex;
  causativeVerbs: PhraseIndex<true>;
  controlVerbs: PhraseIndex<true>;
  /** "according to" before sources nobody names (lexicon `unnamedSources`), with the guard it makes. */
  unnamedSources: { openings: PhraseIndex<true>; nouns: Set<string>; gap: number; guard: RelationGuard };
  bareInfinitiveVerbs: PhraseIndex<true>;
  memberPlaces: Set<string>;
  hedgedObjects: PhraseIndex<true>;
  namingLinks: PhraseIndex<true>;
  companionLinks: PhraseIndex<true>;
  existentialLinks: PhraseIndex<true>;
  meansOpeners: PhraseIndex<true>;
  sequentialCompanionLinks: PhraseIndex<true>;
  /** "alliance", "ground force": an unnamed whole whose makeup (after `wholeLinks`) names allies. */
  wholeNouns: PhraseIndex<true>;
  /** "of", "composed of": what links an unnamed whole to the groups it is made of. */
  wholeLinks: PhraseIndex<true>;
  /** "merger", "merging": nouns of merging whose result `mergerLinks` name. */
  mergerNouns: PhraseIndex<true>;
  /** "which established", "into", "created": what links a merger to the group it made. */
  mergerLinks: PhraseIndex<true>;
  /** "airbase", "hospital": heads of places a capture names, which "the <head>" later refers back to. */
  placeHeads: Set<string>;
  /** "capture", "seize": the lemmas of the verbs that take a place. */
  placeTakers: Set<string>;
  /** "components", "members": a group's parts, which as a possessed subject stand for the group. */
  compositionNouns: Set<string>;
  sharedRoleNouns: Set<string>;
  /** "with the aim of", "in an attempt to": a purpose stated for a hostile act that was carried out. */
  purposeLinks: PhraseIndex<true>;
  /** "led by": an act's leader, backed by the party of a support participle coordinated after it. */
  leaderLinks: PhraseIndex<true>;
  /** "against": a party on each side of one is set against the other. */
  opposedLinks: PhraseIndex<true>;
  /** "in", "in and around": a link from a hostile act to a place a party holds ("in a village held by X"). */
  placeTargetLinks: PhraseIndex<true>;
  /** "which served as": what links a place to the role it plays for its holder. */
  placeRoleLinks: PhraseIndex<true>;
  /** "held by", "under the control of": what names a place's holder after its comma ("P, held by X"). */
  holderLinks: PhraseIndex<true>;
  /** The first words of the holder links that end in "by" ("held"): an active relative's verb ("which X had held"). */
  holdingVerbs: ReadonlySet<string>;
  /** "full control of": a hostile verb's place object may follow one ("took full control of P, held by X"). */
  controlLinks: PhraseIndex<true>;
  /** "its ally": a list item introduced as the head's ally ("X, its ally Y and Z"). */
  allyAppositions: PhraseIndex<true>;
  unitHeads: PhraseIndex<true>;
  unitOpenings: PhraseIndex<true>;
  /** Country names standing for their state as a role noun's possessive owner ("Syria's closest ally"), keyed lower case. */
  stateOwners: Map<string, string>;
  collectiveNouns: Set<string>;
  setExampleNouns: Set<string>;
  holderVerbs: Set<string>;
  firstSide: PhraseIndex<true>;
  speakerNouns: PhraseIndex<true>;
  targetPeople: Set<string>;
  memberPeople: PhraseIndex<true>;
  resultLinks: PhraseIndex<true>;
  retreatVerbs: PhraseIndex<true>;
  /** "also", "reportedly": adverbs between a subject and its verb; `adverb()` adds every "-ly" word. */
  interposedAdverbs: Set<string>;
  /** "for its part", "in turn": phrases between a subject and its verb. */
  interposedPhrases: PhraseIndex<true>;
  contentNouns: Set<string>;
  exampledWholes: Set<string>;
  /** Lexicon `memberRelatives`: "in which", "within which". */
  memberRelatives: PhraseIndex<true>;
  /** Lexicon `causeLinks`: "after", "following", "due to". */
  causeLinks: PhraseIndex<true>;
  /** "itself", "themselves": what may stand between a verb and its preposition as its own object. */
  reflexivePronouns: Set<string>;
  placeAdverbs: Set<string>;
  passiveParticles: Set<string>;
  partitives: Set<string>;
  partSubjects: { determiners: Set<string>; nouns: PhraseIndex<true>; types: Set<RelationType> };
  appositionOpeners: Set<string>;
  partitiveOpeners: PhraseIndex<true>;
  otherTailQuantifiers: Set<string>;
  stateSetNouns: Set<string>;
  countedPeople: Set<string>;
  allyTailWords: { adjectives: Set<string>; sources: Set<string> };
  asides: { intros: Set<string>; bareNouns: Set<string>; afterAs: Set<string> };
  judgmentWords: Set<string>;
  actContinuationVerbs: PhraseIndex<true>;
  generalActs: Set<string>;
  listQuantifiers: Set<string>;
  quantityNouns: Set<string>;
  actAdverbials: Set<string>;
  sharedActDeterminers: Set<string>;
  singularVerbs: Set<string>;
  /** "terrorist organisation": the labels a `label` frame needs. */
  labels: PhraseIndex<true>;
  /** The words a frame's gap must end in (`gapHead`): aid received, fire exchanged. */
  gapHeads: Record<"aid" | "fire" | "ground" | "tie", Set<string>>;
  casualtyClauses: PhraseIndex<true>;
  concurrentWords: Set<string>;
  patientVerbs: PhraseIndex<true>;
  references: PhraseIndex<"singular" | "plural" | "pair" | "speaker" | "latter">;
  /** The nouns of `references.kindHeads` ("alliance", "coalition", "room"): heads that name a kind of group. */
  kindNouns: Set<string>;
  /** Lexicon `references.speechWords`, `references.timeConnectives`. */
  speechWords: Set<string>;
  /** Lexicon `references.speechVerbs`: verbs of saying, the verb of a speaker subject. */
  speechVerbs: Set<string>;
  /** The heads of lexicon `references.actAgents` ("attackers"): plural references that may stand for one group. */
  actAgentHeads: Set<string>;
  /** Lexicon `references.genericHeads`: heads of a reference any kind of group takes ("the group", "the unit"). */
  genericHeads: Set<string>;
  /** Lexicon `references.groupHeads`: heads of a reference to an armed group, and the kinds it never stands for. */
  groupHeads: { heads: Set<string>; notKinds: Set<string> };
  /** Lexicon `references.topicHeads`: "The formation of X ..." makes X its sentence's salient party. */
  topicHeads: Set<string>;
  /** Lexicon `references.issuerVerbs`: verbs with which a group opening a document issues it as its statement. */
  issuerVerbs: Set<string>;
  timeConnectives: Set<string>;
  /** Group nouns ("the government", "the Kurds") and the category each stands for. */
  categoryNouns: PhraseIndex<CategoryOf>;
  /** Each category of `categoryNouns` by name: whether a group belongs to it. */
  categories: Map<string, CategoryOf>;
  /** The forms of role nouns ("wing", "branch"): a name just before one is its owner, not a party. */
  roleNouns: PhraseIndex<true>;
  nonPartyHeads: Set<string>;
  agentCompounds: Set<string>;
  actorNouns: Set<string>;
  boundaries: Set<string>;
  prepositions: Set<string>;
  relativePronouns: Set<string>;
  ownClauseOpeners: Set<string>;
  /** Nouns after a bare "the two" that keep it a pair reference ("the two countries"). */
  pairHeads: Set<string>;
  /** Per trigger lemma, the words after the verb that make an idiom of it ("take" + "advantage"). */
  idioms: Map<string, Set<string>>;
  /** The last words of the "the N" singular references ("group", "alliance"): their possessive is split off. */
  referenceHeads: Set<string>;
  notJoint: Set<string>;
  notJointOpeners: Set<string>;
  nonAlliances: Set<string>;
  /** The Arabic articles and particles a person's name may hold (data/lexicon/transliteration.json). */
  arabic: ArabicNameWords;
  /** The clause reading's cue phrases ("against", "alongside"), each with the type it implies. */
  clauseCues: PhraseIndex<{ type: RelationType; lemma: string; prior: number; jointOnly?: boolean }>;
  /** "according to": a party right after one is the source of the clause, not one of its sides. */
  clauseSources: PhraseIndex<true>;
  /** "said", "told": a party right before one speaks; it is not a side of the clause. */
  clauseSpeakers: PhraseIndex<true>;
  /** "civilians": an act's object that is bystanders, not the party named after them. */
  clauseBystanders: PhraseIndex<true>;
  /** "between": a party after one is paired with another, not a clause's subject. */
  clausePairings: Set<string>;
  /** "in", "near": a party after one is where the clause's act happened. */
  clausePlaces: Set<string>;
  /** Every verb form of every trigger and light verb: words that end a subject's phrase. */
  verbs: Set<string>;
  /**
   * The base forms of verbs whose base is also their noun ("raid", "shell"): read as a present-tense verb only right
   * after a plural subject and before its object ("Russian and regime jets raid ISIS-held districts").
   */
  nounLikeBases: PhraseIndex<TriggerForm>;
  /**
   * The -ing forms of triggers whose -ing form mostly describes a noun (lexicon `appositiveGerund`): read only as a
   * clause's verb, after a form of "be" ("the YPG are working with the US"), or as a named party's apposition ("the
   * YPG, working with the US,").
   */
  clauseGerunds: PhraseIndex<TriggerForm>;
  /**
   * The plurals of role nouns read in the singular only ("faction", "unit", "militia"), which read as their singular
   * right after a partitive (lexicon `partitiveOpeners`: "X was one of the factions of Y"); round 80.
   */
  partitiveRoles: PhraseIndex<TriggerForm>;
};

/** A group noun's category: whether a group belongs to it. */
export type CategoryOf = {
  category: string;
  has: (group: string) => boolean;
  /** Lexicon `categoryNouns` `home`: the group the category's nouns stand for where an article names none of it. */
  home?: readonly { group: string; from?: string; until?: string }[];
  /** Lexicon `categoryNouns` `homeUnless`: groups whose mention keeps `home` from applying. */
  homeUnless?: ReadonlySet<string>;
};

const compiled = new WeakMap<RelationLexicon, WeakMap<ArabicNameWords, CompiledLexicon>>();

function index(words: string[]): PhraseIndex<true> {
  const result = new PhraseIndex<true>();
  for (const word of words) result.add(word, true);
  return result;
}

/** Verb phrases whose last word, used as an adjective, is no verb ("several coordinated attacks"). */
function verbIndex(words: string[]): VerbPhraseIndex {
  const result = new VerbPhraseIndex();
  for (const word of words) result.add(word, true);
  return result;
}

const keys = (words: string[]) => new Set(words.map((w) => w.toLowerCase().replace(/-/g, "")));

/**
 * Whether the word before a frame's preposition (`before`) ends its gap as the frame asks (`gapHead`: aid received,
 * fire exchanged); true for a frame that asks nothing.
 */
export function gapHeadFits(lex: CompiledLexicon, frame: RelationFrame, before: Token | undefined): boolean {
  return !frame.gapHead || lex.gapHeads[frame.gapHead].has(before?.key ?? "");
}

/** The frames of `trigger` that a form reads: passives and adjective compounds need a participle. */
export function framesFor(form: TriggerForm): RelationFrame[] {
  return form.trigger.frames.filter((f) => form.participle || (f.form !== "passive" && f.form !== "adjective"));
}

/** How many words may stand before the noun a verb phrase ends in ("break ties", "pledge allegiance"): two; none for
 * phrases ending in a particle or preposition ("break away", "take part in") and for nouns. */
function complementGap(trigger: RelationLexicon["triggers"][number], lexicon: RelationLexicon): number {
  const words = trigger.lemma.split(" ");
  if (trigger.pos !== "verb" || words.length < 2) return 0;
  const last = words.at(-1)!;
  const closed = lexicon.prepositions.words.includes(last) || lexicon.passiveParticles.words.includes(last);
  return closed ? 0 : 2;
}

/** Compiles `lexicon` once, with the Arabic name words `arabic` (cached per pair of values). */
export function compileLexicon(lexicon: RelationLexicon, arabic: ArabicNameWords): CompiledLexicon {
  let byArabic = compiled.get(lexicon);
  if (!byArabic) compiled.set(lexicon, byArabic = new WeakMap());
  const cached = byArabic.get(arabic);
  if (cached) return cached;
  const triggers = new PhraseIndex<TriggerForm>();
  const counterTriggers = new PhraseIndex<TriggerForm>();
  const prepTriggers = new PhraseIndex<TriggerForm>();
  const clauseGerunds = new PhraseIndex<TriggerForm>();
  const partitiveRoles = new PhraseIndex<TriggerForm>();
  const verbs = new Set<string>();
  const roleNouns = new PhraseIndex<true>();
  for (const trigger of lexicon.triggers) {
    const forms = trigger.pos === "verb" ? verbForms(trigger.lemma, trigger) : nounForms(trigger.lemma);
    for (const form of trigger.pos === "noun" && trigger.singular ? [trigger.lemma] : forms.all) {
      // "the SDF alliance" names the alliance itself: composition nouns (a gap before "including") own nothing.
      // So do nouns that are party nouns as well ("the ISIS group" is ISIS, not a member of it).
      if (
        trigger.frames.some((f) => f.form === "role" && f.gap === undefined) && !lexicon.partyNouns.words.includes(form)
      ) roleNouns.add(form, true);
      // (A counter-act's forms go to `counterTriggers` as well.)
      // (A trigger read only with its preposition goes to `prepTriggers` alone.)
      const indexes = trigger.prepOnly ? [prepTriggers] : trigger.answers ? [triggers, counterTriggers] : [triggers];
      const value = { trigger, participle: forms.participles.includes(form) };
      for (const phrases of indexes) phrases.add(form, value, complementGap(trigger, lexicon));
      // ("an air-raid on Y": a noun phrase written as one hyphenated word, whose key drops the hyphen; round 17.)
      if (trigger.pos === "noun" && form.includes(" ")) {
        for (const phrases of indexes) phrases.add(form.replace(/ /g, ""), { trigger, participle: false });
      }
      if (trigger.pos === "verb") verbs.add(form.split(" ")[0]);
    }
    // (A bare lemma that never triggers, `noBase`, is still a verb, of another sense: "found" is the past of "find".)
    if (trigger.pos === "verb" && trigger.noBase) verbs.add(trigger.lemma.split(" ")[0]);
    // ("X was one of the factions of Y": a singular-only role noun's plural after a partitive; round 80.)
    if (trigger.pos === "noun" && trigger.singular && trigger.frames.some((f) => f.form === "role")) {
      for (const form of forms.all) {
        if (form !== trigger.lemma) partitiveRoles.add(form, { trigger, participle: false });
      }
    }
    // ("the YPG, working with the US,", "the YPG are working with the US": lexicon `appositiveGerund`.)
    if (trigger.pos === "verb" && trigger.noGerund && trigger.appositiveGerund) {
      const form = verbForms(trigger.lemma, { ...trigger, noGerund: false }).all.find((f) => !forms.all.includes(f))!;
      clauseGerunds.add(form, { trigger, participle: false }, complementGap(trigger, lexicon));
    }
  }
  // ("broke formal ties to Y", "pledged its allegiance to Y": a determiner or modifier before a verb phrase's noun.)
  const prepositionKeys = keys(lexicon.prepositions.words);
  triggers.gapWord = (tokens, i) => {
    const token = tokens[i];
    return token.party === undefined && token.qualifier === undefined && LOWER_HYPHENED_WORD.test(token.text) &&
      !verbs.has(token.key) && !prepositionKeys.has(token.key) && !/^(?:and|or|but|not|no|never)$/.test(token.key);
  };
  clauseGerunds.gapWord = triggers.gapWord;
  counterTriggers.gapWord = triggers.gapWord;
  prepTriggers.gapWord = triggers.gapWord;
  const lightVerbs = [
    ...lexicon.lightVerbs.words,
    ...lexicon.lightVerbs.lemmas.flatMap((l) => verbForms(l.lemma, l).all),
  ];
  for (const verb of lightVerbs) verbs.add(verb.split(" ")[0]);
  const nounLikeBases = new PhraseIndex<TriggerForm>();
  for (const trigger of lexicon.triggers) {
    if (trigger.pos === "verb" && trigger.baseIsNoun && !trigger.noBase) {
      nounLikeBases.add(trigger.lemma, { trigger, participle: false });
    }
  }
  const guards = new PhraseIndex<GuardForm>();
  const guardLifts = new PhraseIndex<RelationGuard>();
  for (const guard of lexicon.guards) {
    for (const verb of guard.verbs ?? []) {
      for (const form of verbForms(verb).all) guards.add(form, { guard, cue: form });
    }
    for (const word of guard.words ?? []) guards.add(word, { guard, cue: word });
    for (const verb of guard.liftedBy?.verbs ?? []) {
      for (const form of verbForms(verb).all) guardLifts.add(form, guard);
    }
    for (const word of guard.liftedBy?.words ?? []) guardLifts.add(word, guard);
  }
  const references = new PhraseIndex<"singular" | "plural" | "pair" | "speaker" | "latter">();
  for (const kind of ["singular", "plural", "pair", "speaker", "latter"] as const) {
    for (const phrase of lexicon.references[kind] ?? []) references.add(phrase, kind);
  }
  for (const phrase of lexicon.references.actAgents) references.add(phrase, "plural");
  // ("the terrorist group", "the militant organisation": a describing adjective inside a singular "the N"; round 80.)
  const categoryPhrases = new Set(lexicon.categoryNouns.categories.flatMap((entry) => entry.nouns));
  for (const phrase of lexicon.references.singular) {
    if (!phrase.startsWith("the ") || phrase.split(" ").length !== 2) continue;
    for (const adjective of lexicon.references.describingAdjectives) {
      const described = `the ${adjective} ${phrase.slice(4)}`;
      if (!categoryPhrases.has(described)) references.add(described, "singular");
    }
  }
  const categoryNouns = new PhraseIndex<CategoryOf>();
  const categories = new Map<string, CategoryOf>();
  for (const entry of lexicon.categoryNouns.categories) {
    const listed = new Set(entry.groups ?? entry.except ?? []);
    // Groups discovered outside the gazetteer (`new:`) have no known kind: they never belong to an `except` category.
    const member = entry.groups ? (g: string) => listed.has(g) : (g: string) => !listed.has(g) && !g.startsWith("new:");
    const category: CategoryOf = {
      category: entry.category,
      has: member,
      home: entry.home,
      homeUnless: new Set(entry.homeUnless ?? []),
    };
    categories.set(entry.category, category);
    for (const noun of entry.nouns) categoryNouns.add(noun, category);
  }
  const clauseCues = new PhraseIndex<{ type: RelationType; lemma: string; prior: number; jointOnly?: boolean }>();
  for (const cue of lexicon.clauseReading.cues) {
    for (const word of cue.words) {
      clauseCues.add(word, {
        type: cue.type,
        lemma: word.replace(/ /g, "-"),
        prior: cue.prior,
        jointOnly: cue.jointOnly,
      });
    }
  }
  const result: CompiledLexicon = {
    arabic,
    triggers,
    counterTriggers,
    prepTriggers,
    guards,
    guardLifts,
    listJoiners: index(lexicon.listJoiners.words),
    partyNouns: index(lexicon.partyNouns.words),
    partyLinks: index(lexicon.partyLinks.words),
    placeNouns: index(lexicon.placeNouns.words),
    placeLinks: index(lexicon.placeLinks.words),
    listTails: index(lexicon.listTails.words),
    listExamples: index(lexicon.listExamples.words),
    disguiseLinks: index(lexicon.disguiseLinks.words),
    allyTails: index(lexicon.allyTails.words),
    itemAdjectives: index(lexicon.itemAdjectives.words),
    memberKindNouns: index(lexicon.memberKindNouns.words),
    memberKindPlurals: keys(lexicon.memberKindNouns.words.filter((w) => !/\s|s$/.test(w)).map((w) => `${w}s`)),
    memberWholeKinds: new Set(lexicon.memberKindNouns.wholes),
    ledPartnerKinds: new Set(lexicon.ledPartners.kinds),
    createdWholes: {
      kinds: new Set(lexicon.createdWholes.kinds),
      creators: new Set(lexicon.createdWholes.creators),
      notCreated: new Set(lexicon.createdWholes.notCreated),
    },
    modals: new Set(lexicon.modals.words),
    participationVerbs: index(lexicon.participationVerbs.words),
    actParticipantLinks: index(lexicon.actParticipantLinks.words),
    actParticipantNouns: index(lexicon.actParticipantNouns.words),
    jointCompoundOpeners: keys(lexicon.jointCompoundOpeners.words),
    casualtyResultVerbs: keys(lexicon.casualtyResults.verbs),
    casualtyResultStates: keys(lexicon.casualtyResults.states),
    retreatInfinitives: index(lexicon.retreatInfinitives.words),
    rangeNumberWords: keys(lexicon.rangeNumberWords.words),
    reciprocals: index(lexicon.reciprocals.words),
    reciprocalActs: index(lexicon.reciprocalActs.words),
    peerAdjectives: new Set(lexicon.peerAdjectives.words),
    rankingAdjectives: index(lexicon.rankingAdjectives.words),
    appositionAdverbs: index(lexicon.appositionAdverbs.words),
    actStateLinks: index(lexicon.actStateLinks.words),
    sharedForceNouns: index(lexicon.sharedForceNouns.words),
    purposeNamedWholes: new Set(lexicon.purposeNamedWholes.words),
    backedClasses: new Map(Object.entries(lexicon.backedClasses.classes)),
    permissionLinks: {
      verbs: new Set(lexicon.permissionLinks.verbs),
      nouns: index(lexicon.permissionLinks.nouns),
    },
    freeRelatives: index(lexicon.freeRelatives.words),
    jointHoldingLinks: index(lexicon.jointHoldingLinks.words),
    jointAdverbs: index(lexicon.jointAdverbs.words),
    jointNonActs: keys(lexicon.jointAdverbs.nonActs),
    jointAdjectives: keys(lexicon.jointAdverbs.adjectives),
    timeAntecedents: keys(lexicon.timeAntecedents.words),
    subordinators: keys(lexicon.subordinators.words),
    questionOpeners: keys(lexicon.questionOpeners.words),
    jointHoldingVerbs: keys(lexicon.jointHoldingVerbs.words),
    jointCaptives: keys(lexicon.jointHoldingVerbs.captives),
    companionPredicates: index(lexicon.companionPredicates.words),
    namingRelatives: {
      openers: index(lexicon.namingRelatives.openers),
      verbs: new Set(lexicon.namingRelatives.verbs.flatMap((verb) => verbForms(verb).all)),
    },
    listIntroductions: index(lexicon.listIntroductions.words),
    copulas: index(lexicon.copulas.words),
    lightVerbs: verbIndex(lightVerbs),
    causativeVerbs: index(lexicon.causativeVerbs.words),
    controlVerbs: index(lexicon.controlVerbs.words),
    unnamedSources: {
      openings: index(lexicon.unnamedSources.openings),
      nouns: new Set(lexicon.unnamedSources.nouns),
      gap: lexicon.unnamedSources.gap,
      guard: { why: lexicon.unnamedSources.why, scope: "sentence", effect: "block" },
    },
    bareInfinitiveVerbs: index(lexicon.bareInfinitiveVerbs.words),
    memberPlaces: keys(lexicon.memberPlaces.words),
    hedgedObjects: index(lexicon.hedgedObjects.words),
    namingLinks: index(lexicon.namingLinks.words),
    companionLinks: index(lexicon.companionLinks.words),
    existentialLinks: index(lexicon.existentialLinks.words),
    meansOpeners: index(lexicon.meansOpeners.words),
    sequentialCompanionLinks: index(lexicon.sequentialCompanionLinks.words),
    opposedLinks: index(lexicon.opposedLinks.words),
    placeTargetLinks: index(lexicon.placeTargetLinks.words),
    placeRoleLinks: index(lexicon.placeRoleLinks.words),
    holderLinks: index(lexicon.holderLinks.words),
    controlLinks: index(lexicon.controlLinks.words),
    holdingVerbs: new Set(
      lexicon.holderLinks.words.filter((words) => / by$/.test(words)).map((words) => words.split(" ")[0]),
    ),
    allyAppositions: index(lexicon.allyAppositions.words),
    wholeNouns: index(lexicon.unnamedWholes.nouns),
    placeHeads: keys(lexicon.heldPlaces.heads),
    leaderLinks: index(lexicon.leaderLinks.words),
    purposeLinks: index(lexicon.purposeLinks.words),
    compositionNouns: keys(lexicon.compositionNouns.words),
    sharedRoleNouns: keys(lexicon.sharedRoleNouns.words),
    placeTakers: keys(lexicon.heldPlaces.takers),
    wholeLinks: index(lexicon.unnamedWholes.links),
    mergerNouns: index(lexicon.mergerResults.nouns),
    mergerLinks: index(lexicon.mergerResults.links),
    unitHeads: index(lexicon.unitHeads.words),
    unitOpenings: index(lexicon.unitOpenings.words),
    stateOwners: new Map(lexicon.stateOwners.names.map(({ name, group }) => [name.toLowerCase(), group])),
    collectiveNouns: keys(lexicon.collectiveNouns.words),
    setExampleNouns: keys(lexicon.setExampleNouns.words),
    holderVerbs: keys(lexicon.holderVerbs.words),
    firstSide: index(lexicon.firstSide.words),
    speakerNouns: index(lexicon.speakerNouns.words),
    targetPeople: keys(lexicon.targetPeople.words),
    memberPeople: index(lexicon.memberPeople.words),
    resultLinks: index(lexicon.resultLinks.words),
    retreatVerbs: index(lexicon.retreatVerbs.words),
    interposedAdverbs: keys(lexicon.interposedAdverbs.words),
    interposedPhrases: index(lexicon.interposedPhrases.words),
    contentNouns: keys(lexicon.contentNouns.words),
    exampledWholes: new Set(lexicon.exampledWholes.words),
    memberRelatives: index(lexicon.memberRelatives.words),
    causeLinks: index(lexicon.causeLinks.words),
    reflexivePronouns: keys(lexicon.reflexivePronouns.words),
    placeAdverbs: keys(lexicon.placeAdverbs.words),
    passiveParticles: keys(lexicon.passiveParticles.words),
    partitives: keys(lexicon.partitives.words),
    partSubjects: {
      determiners: keys(lexicon.partSubjects.determiners),
      nouns: index(lexicon.partSubjects.nouns),
      types: new Set(lexicon.partSubjects.types),
    },
    appositionOpeners: keys(lexicon.appositionOpeners.words),
    partitiveOpeners: index(lexicon.partitiveOpeners.words),
    otherTailQuantifiers: keys(lexicon.otherTailQuantifiers.words),
    stateSetNouns: keys(lexicon.stateSetNouns.words),
    countedPeople: keys(lexicon.countedPeople.words),
    allyTailWords: {
      adjectives: keys(lexicon.allyTailWords.adjectives),
      sources: keys(lexicon.allyTailWords.sources),
    },
    asides: {
      intros: keys(lexicon.asides.intros),
      bareNouns: keys(lexicon.asides.bareNouns),
      afterAs: keys(lexicon.asides.afterAs),
    },
    judgmentWords: keys(lexicon.judgmentWords.words),
    actContinuationVerbs: index(lexicon.actContinuationVerbs.words),
    generalActs: keys(lexicon.actContinuationVerbs.generalActs),
    listQuantifiers: keys(lexicon.listQuantifiers.words),
    quantityNouns: keys(lexicon.quantityNouns.words),
    actAdverbials: keys(lexicon.actAdverbials.words),
    sharedActDeterminers: keys(lexicon.sharedActDeterminers.words),
    singularVerbs: keys(lexicon.singularVerbs.words),
    labels: index(lexicon.labels.words),
    gapHeads: {
      aid: new Set(lexicon.aidNouns.words),
      fire: new Set(lexicon.fireNouns.words),
      ground: new Set([...lexicon.groundNouns.words, ...lexicon.placeNouns.words]),
      tie: new Set(lexicon.tieNouns.words),
    },
    casualtyClauses: index(lexicon.casualtyClauses.words),
    concurrentWords: keys(lexicon.concurrentWords.words),
    patientVerbs: index(lexicon.patientVerbs.words),
    references,
    kindNouns: new Set(Object.values(lexicon.references.kindHeads).flat()),
    speechWords: new Set(lexicon.references.speechWords),
    speechVerbs: keys(lexicon.references.speechVerbs),
    genericHeads: keys(lexicon.references.genericHeads),
    actAgentHeads: keys(lexicon.references.actAgents.map((phrase) => phrase.split(" ").at(-1)!)),
    topicHeads: keys(lexicon.references.topicHeads),
    groupHeads: {
      heads: keys(lexicon.references.groupHeads.heads),
      notKinds: new Set(lexicon.references.groupHeads.notKinds),
    },
    issuerVerbs: keys(lexicon.references.issuerVerbs),
    timeConnectives: new Set(lexicon.references.timeConnectives),
    categoryNouns,
    categories,
    roleNouns,
    nonPartyHeads: keys(lexicon.nonPartyHeads.words),
    agentCompounds: keys(lexicon.agentCompounds.words),
    actorNouns: keys(lexicon.actorNouns.words),
    boundaries: keys(lexicon.boundaries.words),
    prepositions: keys(lexicon.prepositions.words),
    relativePronouns: keys(lexicon.relativePronouns.words),
    ownClauseOpeners: keys(lexicon.ownClauseOpeners.words),
    pairHeads: keys(lexicon.references.pairHeads),
    idioms: new Map(lexicon.idioms.verbs.map((v) => [v.lemma, keys(v.words)])),
    referenceHeads: keys(
      lexicon.references.singular.filter((r) => r.startsWith("the ")).map((r) => r.split(" ").at(-1)!),
    ),
    notJoint: keys(lexicon.notJoint.words),
    notJointOpeners: keys(lexicon.notJointOpeners.words),
    nonAlliances: keys(lexicon.nonAlliances.words),
    verbs: keys([...verbs]),
    clauseCues,
    clauseSources: index(lexicon.clauseReading.sources.words),
    clauseSpeakers: index(lexicon.clauseReading.speakers.words),
    clauseBystanders: index(lexicon.clauseReading.bystanders.words),
    clausePairings: keys(lexicon.clauseReading.pairings.words),
    clausePlaces: keys(lexicon.clauseReading.places.words),
    nounLikeBases,
    clauseGerunds,
    partitiveRoles,
  };
  byArabic.set(arabic, result);
  return result;
}
