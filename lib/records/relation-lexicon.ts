import { z } from "zod";
import { WordList } from "./lexicon.ts";
import { RelationType } from "./relation.ts";
import { GroupKind } from "./group.ts";

/**
 * How a trigger meets its two parties. `active`: "X attacked Y" (`prep` "with": "X clashed with Y"; `gap` words may
 * stand between the trigger and its preposition: "seized the town from Y"). `passive`: "Y was attacked by X", "Y,
 * backed by X". `adjective`: "X-backed Y". `plural`: "X and Y clashed" (every pair). `noun`: "attacks by X on Y", "X
 * strikes on Y", "X launched an offensive against Y", "clashes between X and Y". `role`: a noun describing one party
 * by another: "Y, an offshoot of X", "Y is a close ally of X", "X's Syrian branch, Y".
 */
export const RelationFrame = z.object({
  form: z.enum(["active", "passive", "adjective", "plural", "noun", "role"]),
  prep: z.array(z.string().min(1)).optional(),
  gap: z.number().int().min(0).max(16).optional(),
  /**
   * Role nouns: where the owner may stand. `after` only through the preposition ("an offshoot of X"), not before the
   * noun ("al Qaeda's Syrian offshoot the Nusra Front" names a branch, not a split); default either.
   */
  owner: z.enum(["after", "any"]).optional(),
  /** A particle that must follow the object ("pushed ISIS back", "drove X out"): the verb's sense needs it. */
  particle: z.array(z.string().min(1)).optional(),
  /** Both parties follow the verb, the second after `prep`: "pitted X against Y". */
  pair: z.boolean().optional(),
  /** This frame swaps the parties against the trigger's own direction ("X-affiliated Y": Y is affiliated to X). */
  reverse: z.boolean().optional(),
  /**
   * The acting side must name two groups or more: "A and B formed Z" makes A and B members of Z, while "X formed Z"
   * (one founder) says nothing about membership.
   */
  several: z.boolean().optional(),
  /**
   * The acting side must name one party alone, no founder beside it: "the government created the NDF", "Nusra was set
   * up by the Islamic State of Iraq" (a creator backs what it creates), while "A and B set up Z" is `several`'s.
   */
  single: z.boolean().optional(),
  /** A noun whose preposition's list is its agents, acting together: "under the joint control of A and B". */
  agentsAfter: z.boolean().optional(),
  /**
   * The object stands right after the verb, past one determiner ("helped the Syrian Army"): a verb that mostly takes
   * another verb first ("help prevent X from ...") reads no party further on.
   */
  adjacent: z.boolean().optional(),
  /**
   * The object must be labelled with a phrase of the lexicon's `labels` ("listed the PKK as a terrorist organisation",
   * "was designated a Foreign Terrorist Organization by Y"): right after the object in the active, between the
   * participle and its "by" in the passive. Verbs of naming and regarding state the relation only with the label.
   */
  label: z.boolean().optional(),
  /**
   * The gap before the preposition must end in a word of one list: "aid" (lexicon `aidNouns`: "received anti-tank
   * missiles and other equipment from the United States" is backing, "received threats from X" none), "fire" (lexicon
   * `fireNouns`: "exchanged artillery and mortar fire with X"), "ground" (lexicon `groundNouns` and `placeNouns`: "won
   * large swathes of territory from X" is taking it, "won support from X" none).
   */
  gapHead: z.enum(["aid", "fire", "ground", "tie"]).optional(),
  /** A noun that reads only as a copula's complement ("A and B are close allies", frame plural), not as a label. */
  predicate: z.boolean().optional(),
  /**
   * The frame reads nothing when its party is followed by an infinitive: a demand, not the tie ("under pressure from
   * the United States to disassociate itself").
   */
  noDemand: z.boolean().optional(),
  /**
   * The object must be a place its holder is read from ("entered the ISIL-held town", "broke into Dayr Hafir, the last
   * stronghold held by ISIL", "entered Tel Tamer, then under YPG control"), not a party named as the object: entering
   * a place is an act against whoever holds it, while "entered Syria" or "entered the war" names no enemy.
   */
  heldPlace: z.boolean().optional(),
  /**
   * A noun frame's agent is only the subject of a light verb (or a link of being in the act) right before the noun:
   * "A and B announced the formation of X" names the founders, "After the formation of X, Y lost its name" names none.
   */
  lightOnly: z.boolean().optional(),
  /**
   * A passive frame's agent follows one of these prepositions instead of "by" ("X was formed from A and B", "set up
   * out of A and B", "an alliance built around A"), past a time phrase. Round 96.
   */
  agentPrep: z.array(z.string().min(1)).optional(),
  /**
   * A passive frame whose agents read as acting together only where the participle describes an act ("the offensive
   * was led by A and B": allies), not a party or a party noun ("X, the coalition led by A and B": members of one whole,
   * which another entry reads). Round 98.
   */
  actOnly: z.boolean().optional(),
});
export type RelationFrame = z.infer<typeof RelationFrame>;

/** One sentence a trigger entry must read, with the relations it must give ("type subject object"). */
export const TriggerExample = z.object({
  text: z.string().min(1),
  relations: z.array(z.string()),
});

/**
 * One trigger of data/lexicon/relations.json: a lemma (its inflections are generated: "attack" gives attacks,
 * attacked, attacking), the relation it states, and the frames it takes. `reverse`: the actor is the relation's
 * object ("X absorbed Y": Y merged into X). `joint`: several actors doing it together are allies. `irregular`: forms
 * rules cannot generate (fought, took). `doubles`: doubles its last consonant (repelled).
 */
export const RelationTrigger = z.object({
  lemma: z.string().min(1),
  pos: z.enum(["verb", "noun"]),
  type: RelationType,
  frames: z.array(RelationFrame).min(1),
  reverse: z.boolean().optional(),
  joint: z.boolean().optional(),
  irregular: z.array(z.string().min(1)).optional(),
  doubles: z.boolean().optional(),
  /** The bare lemma is mostly a noun in news copy ("aid", "fund", "shell", "raid"): only its inflections trigger. */
  baseIsNoun: z.boolean().optional(),
  /**
   * With `baseIsNoun`: the bare lemma never triggers, not even as a present tense or an infinitive ("found" is mostly
   * the past of "find": only "founded", "founding" and "founds" read the founding of a group).
   */
  noBase: z.boolean().optional(),
  /** The -ing form is mostly another sense ("leaving X to rely on ...", "leaving X in control"): it does not trigger. */
  noGerund: z.boolean().optional(),
  /**
   * With `noGerund`: the -ing form triggers only where it is a clause's verb, after a form of "be" ("the YPG are working
   * with the US") or opening the apposition of a party named right before it ("the YPG, working with the US, took the
   * town"), never where it describes an unnamed noun ("Kurdish forces working with American advisers").
   */
  appositiveGerund: z.boolean().optional(),
  /** A noun whose plural is mostly another sense ("units of X" are X's men, not its member units): only the singular
   * triggers. */
  singular: z.boolean().optional(),
  /**
   * Words right after which this trigger's word is another verb's particle, not this verb ("beat back", "fought back",
   * "pushed back": no backing).
   */
  notAfter: z.array(z.string().min(1)).optional(),
  /** A longer phrase whose last word is another trigger it overrides ("proxy war" is no "war"): that one is not read. */
  supersedes: z.boolean().optional(),
  /**
   * Between two states or international bodies (kinds foreign-state, state-force, international-org) the act is
   * diplomacy, not a relation ("Egypt condemned Turkey's operation"); between armed groups it is one.
   */
  armedPartiesOnly: z.boolean().optional(),
  /**
   * Its subject leads its object ("X, led by Y", "Y-led X"): the leader acts with the party it leads, so whom that
   * party fights in the sentence the leader fights too.
   */
  leads: z.boolean().optional(),
  /**
   * A counter-act ("counterattack", "counter-offensive"): it answers the last hostile or taking act of another party,
   * so where it names no target of its own, its agent is set against the party whose act stands before it in its
   * sentence or the sentence before ("the SDF captured two villages, while ISIL launched a counter-attack").
   */
  answers: z.boolean().optional(),
  /**
   * The word states the relation only with one of its frames' prepositions after it, within the frame's gap ("held
   * Douma against Y" sets the holder against Y; "held talks", "held Tabqa" state no act): elsewhere it is no trigger,
   * for the frames or any other rule.
   */
  prepOnly: z.boolean().optional(),
  /** Why the entry reads as it does, where its example alone does not say ("linked to", not "X-linked"). */
  why: z.string().min(1).optional(),
  prior: z.number().min(0).max(1),
  example: TriggerExample,
});
export type RelationTrigger = z.infer<typeof RelationTrigger>;

/**
 * A word or phrase that makes what follows it a claim, a denial, an intention or a negation. `scope`: `sentence`
 * (anywhere before the trigger in the sentence: "denied", "accused"), `clause` (between the acting party and the
 * trigger: "not", "would", "refused to"), `near` (the three words before the trigger or the qualifying name:
 * "former"), `trailing` (after the trigger, up to the next comma or semicolon: "by mistake", "as it was
 * misidentified"). `effect`: `block` gives no relation, `lower` a relation with lower confidence and the cue named.
 */
export const RelationGuard = z.object({
  why: z.string().min(1),
  scope: z.enum(["sentence", "clause", "near", "trailing"]),
  effect: z.enum(["block", "lower"]),
  /**
   * A `clause` cue that also reaches every trigger after it up to the next comma, semicolon or clause boundary
   * (lexicon `boundaries`), wherever the reading's parties stand: "The next day reportedly Syrian or Russian aircraft
   * bombed X", "were reportedly repelled by X and Y".
   */
  onward: z.boolean().optional(),
  /** Verb lemmas, inflected like triggers ("deny" gives denies, denied, denying). */
  verbs: z.array(z.string().min(1)).optional(),
  /** Literal words or phrases ("no longer", "talks on"). */
  words: z.array(z.string().min(1)).optional(),
  /** Relation types the cue does not block ("tried to storm X": an attempted attack is hostile action). */
  spares: z.array(RelationType).optional(),
  /**
   * Phrases that lift the cue where they stand between it and the trigger ("will continue fighting": a continuation
   * says the act is under way): verb lemmas inflected like the guard's, and literal words.
   */
  liftedBy: z.object({
    why: z.string().min(1),
    verbs: z.array(z.string().min(1)).optional(),
    words: z.array(z.string().min(1)).optional(),
  }).optional(),
});
export type RelationGuard = z.infer<typeof RelationGuard>;

/**
 * The clause-level reading, a second layer under the frame reader (lib/extract/relations/clause-reading.ts): within
 * one clause, a trigger of one of `types` or a cue phrase of `cues` relates the parties on its two sides, within
 * `window` tokens, with the trigger's (or cue's) prior times `weight`. `enabled`: whether extraction runs it by default.
 */
export const ClauseReading = z.object({
  why: z.string().min(1),
  enabled: z.boolean(),
  types: z.array(RelationType).min(1),
  window: z.number().int().min(1).max(40),
  weight: z.number().min(0).max(1),
  /** Longer sentences (in tokens) are runs of fragments (a page's list of related headlines): not read. */
  maxTokens: z.number().int().min(10),
  /** "according to": a party right after one is the clause's source, not one of its sides. */
  sources: WordList,
  /** "said", "told": a party right before one is the clause's speaker, not one of its sides. */
  speakers: WordList,
  /** "civilians", "residents": an act's object that names bystanders, not the party after them. */
  bystanders: WordList,
  /** "between": parties after one ("a truce between A and B, X raided Y") are related to each other, not the clause's subject. */
  pairings: WordList,
  /** "in", "near": a party after one is where a clause's act happened, not its other side. */
  places: WordList,
  cues: z.array(z.object({
    type: RelationType,
    prior: z.number().min(0).max(1),
    why: z.string().min(1),
    words: z.array(z.string().min(1)).min(1),
    /** Companion words ("alongside"): an alliance only in a clause that also tells a hostile act. */
    jointOnly: z.boolean().optional(),
  })),
});
export type ClauseReading = z.infer<typeof ClauseReading>;

/**
 * data/lexicon/relation-confidence.json: a logistic model that turns a reading's lexicon score and features into the
 * chance it is right, fitted by `deno task calibrate` on the gold sets read during development (`sources`). A record's
 * confidence is sigmoid(bias + score × `score` + the weights of its features: `type:<type>`, `voice:<voice>`,
 * `distance:<0-3|4-7|8-12|13+>`, `reference:<reference>`, `hedge:<yes|no>`).
 */
export const RelationConfidenceModel = z.object({
  why: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  /** How many readings it was fitted on, and how many of them the gold holds. */
  fittedOn: z.object({ readings: z.number().int().positive(), right: z.number().int().nonnegative() }),
  bias: z.number(),
  score: z.number(),
  weights: z.record(z.string(), z.number()),
});
export type RelationConfidenceModel = z.infer<typeof RelationConfidenceModel>;

/** data/lexicon/relations.json: relation triggers and frames, guards, and the words party chunks and references read. */
export const RelationLexicon = z.object({
  description: z.string(),
  triggers: z.array(RelationTrigger).min(1),
  guards: z.array(RelationGuard).min(1),
  /** "and", "as well as": words that join parties into one list. */
  listJoiners: WordList,
  /** "fighters", "positions": nouns after a name that keep the name as the party ("ISIS positions"). */
  partyNouns: WordList,
  /** "of", "held by": links from a party noun to its group ("fighters of X", "positions held by X"). */
  partyLinks: WordList,
  /** "villages", "towns": places that stand for the party holding them, through `placeLinks` only. */
  placeNouns: WordList,
  /** "held by", "taken by": links from a place noun to its holder ("the villages taken by X"). */
  placeLinks: WordList,
  /** "and its allies", "and other groups": tails a list may carry without adding a party. */
  listTails: WordList,
  /** "and its allies": tails whose examples are the head's allies ("A and its allies who include B": B allied to A). */
  allyTails: WordList,
  /** "Ba'athist", "jihadist": adjectives a list item's name may carry after its joiner ("the YPG and Ba'athist
   * government troops"). */
  itemAdjectives: WordList,
  /** "group", "faction": kind nouns between two names that make the second a member of the first ("the FSA group
   * Liwa Ahfad Saladin"), where the first is of a kind of `wholes` (a coalition, a state's forces). */
  memberKindNouns: WordList.extend({ wholes: z.array(GroupKind).min(1) }),
  /** Kinds whose party, led by another party of these kinds, acts beside it rather than belonging to it ("the Syrian
   * Army, led by the Tiger Forces": two forces of one state, allies as the Wikipedia sets read them). */
  ledPartners: z.object({ why: z.string().min(1), kinds: z.array(GroupKind).min(1) }),
  /** A whole of these kinds (`kinds`: a coalition) that one party alone creates is its creator's backed ally only where
   * the creator is of `creators` (a state, its forces): a group founding a coalition is in it, which a `single` frame
   * does not say. */
  createdWholes: z.object({
    why: z.string().min(1),
    kinds: z.array(GroupKind).min(1),
    creators: z.array(GroupKind).min(1),
    /** Kinds no party creates (a state): a `single` frame reads nothing of them. */
    notCreated: z.array(GroupKind),
  }),
  /** "might", "would": modal auxiliaries, which open a predicate: an object search that reaches one has left its noun
   * phrase ("an assault on the town might involve X" is no assault on X). */
  modals: WordList,
  /** "took part in", "joined": verbs of taking part in an act; before a party's own act ("the SDF's campaign") they
   * make the subject that party's ally. */
  participationVerbs: WordList,
  /** "included", "involved": what an act's noun says of the parties taking part in it ("The offensive included A and B"). */
  actParticipantLinks: WordList,
  /** "aircraft", "troops": what the participants an act names send ("The strikes involved aircraft from A and B"). */
  actParticipantNouns: WordList,
  /** "joint", "combined": before names joined by hyphens ("a joint ISIL-Nusra force"), they act together. */
  jointCompoundOpeners: WordList,
  /** "each other", "one another": a reciprocal object sets a hostile act's agents against each other. */
  reciprocals: WordList,
  /**
   * "A and B fought a small civil war inside it": the nouns of a fight among its agents; as the object of a hostile
   * verb with several agents and no other party they set the agents against each other, as a reciprocal does.
   */
  reciprocalActs: WordList.default({ why: "", words: [] }),
  /** "its sister force, the YPJ": adjectives that make a part noun name a peer, no part of the owner. */
  peerAdjectives: WordList.default({ why: "", words: [] }),
  /**
   * "X, the largest Free Syrian Army brigade in the city": adjectives of rank that make a definite description after a
   * name's comma describe that name as an indefinite one does ("X, a Free Syrian Army brigade").
   */
  rankingAdjectives: WordList.default({ why: "", words: [] }),
  /** "X, then Y's affiliate", "X, formerly part of Y": adverbs of time that may open an apposition before its role. */
  appositionAdverbs: WordList.default({ why: "", words: [] }),
  /**
   * "The government gave Iraq the green light to strike ISIL": verbs of giving and the nouns of permission after their
   * object that make that object the subject of the "to" infinitive after the noun, as "allowed Iraq to strike" does.
   */
  permissionLinks: z.object({
    why: z.string(),
    verbs: z.array(z.string().min(1)),
    nouns: z.array(z.string().min(1)),
  }).default({ why: "", verbs: [], nouns: [] }),
  /** "YPG and FSA forces", "HTS and TIP fighters": plural nouns of one fighting force that coordinated names share. */
  sharedForceNouns: WordList.default({ why: "", words: [] }),
  /**
   * "A and B jointly run the crossing", "A and B opened a corridor together": adverbs that make a list of parties one
   * actor in whatever its verb does; `words`, and `nonActs`, verbs after which "together" counts or sums, no act.
   */
  /** "X was formed when Y merged": words opening a subordinate clause, whose subject is not the sentence's. */
  subordinators: WordList.default({ why: "", words: [] }),
  /** "the first time the US attacked Y": nouns of time that head a relative clause with no pronoun. */
  timeAntecedents: WordList.default({ why: "", words: [] }),
  jointAdverbs: z.object({
    why: z.string(),
    words: z.array(z.string()),
    nonActs: z.array(z.string()),
    /** "A and B issued a joint statement", "a joint statement by A and B": adjectives of an act done as one. */
    adjectives: z.array(z.string()).default([]),
  }).default({ why: "", words: [], nonActs: [], adjectives: [] }),
  /**
   * "Iran-backed Shia militias": gazetteer classes of groups defined by their backer (group id → the backers' ids); an
   * "X-backed" compound on them restates the class's name.
   */
  backedClasses: z.object({ why: z.string(), classes: z.record(z.string(), z.array(z.string().min(1))) })
    .default({ why: "", classes: {} }),
  /** "the international coalition against ISIL": coalitions the texts name by their purpose (group ids). */
  purposeNamedWholes: WordList.default({ why: "", words: [] }),
  /** "has been in armed conflict with Y", "at war with Y": being in or at an act makes the subject its agent. */
  actStateLinks: WordList.default({ why: "", words: [] }),
  /** "what it called X": a verb of naming after a free relative's opening names, and reports nothing. */
  namingRelatives: z.object({ why: z.string(), openers: z.array(z.string().min(1)), verbs: z.array(z.string().min(1)) })
    .default({ why: "", openers: [], verbs: [] }),
  /** "doing", "advising", "overhead": what follows the names of an absolute "with" phrase that take part in the act. */
  companionPredicates: WordList.default({ why: "", words: [] }),
  /** "held by", "manned by", "under the control of": links after which names joined by "and" hold a place together. */
  jointHoldingLinks: WordList.default({ why: "", words: [] }),
  /** Words opening a yes-no question ("Is X part of Y?"), which asserts no relation (round 92). */
  questionOpeners: WordList.default({ why: "", words: [] }),
  /**
   * Verbs of holding a place whose listed subjects hold it together ("A and B held Tabqa"), and the nouns of captives
   * they may hold together instead ("A and B continue to hold 200 civilians as hostages"; round 92).
   */
  jointHoldingVerbs: WordList.extend({ captives: z.array(z.string().min(1)) }).default({
    why: "",
    words: [],
    captives: [],
  }),
  /** "what", "those who": a free relative opening a pseudo-cleft ("What retook X was A and B"). */
  freeRelatives: WordList.default({ why: "", words: [] }),
  /** "in", "within": prepositions after a list tail that place the list inside a group ("A, B and others in Z"). */
  memberPlaces: WordList,
  /** "forced", "compelled": verbs whose object is the subject of the infinitive after it ("forced A to battle Z"). */
  causativeVerbs: WordList,
  /** "supported", "trained": verbs of backing whose object is the subject of the "to" infinitive after it. */
  controlVerbs: WordList,
  /**
   * "according to reports", "according to pro-government sources": an attribution to sources nobody names, a
   * sentence-wide blocking cue (a named source, "according to the SOHR", is not one).
   */
  unnamedSources: z.object({
    why: z.string().min(1),
    openings: z.array(z.string().min(1)).min(1),
    nouns: z.array(z.string().min(1)).min(1),
    /** How many describing words may stand between the opening and the noun. */
    gap: z.number().int().min(0).max(4),
  }),
  bareInfinitiveVerbs: WordList,
  /** "including", "such as": words after a list tail that name its examples ("and other groups including X"). */
  listExamples: WordList,
  /** "disguised as", "posing as": a party named after one of these is a disguise, no party of the clause. */
  disguiseLinks: WordList,
  /** "They are", "The new merger includes": a sentence opening that lists the unnamed set of the sentence before. */
  listIntroductions: WordList,
  /**
   * "six groups", "four military councils": an unnamed counted set (a count of `counts`, up to three modifiers, a noun
   * of `nouns`) that a list after a colon or the next sentence's introduced list names, member by member.
   */
  enumeratedSets: z.object({
    why: z.string().min(1),
    counts: z.array(z.string().min(1)).min(1),
    nouns: z.array(z.string().min(1)).min(1),
  }),
  /** "proposal", "spokesman": a name before one of these is a modifier, not a party. */
  nonPartyHeads: WordList,
  /** "led", "commanded": in "X-led air strikes" the compound's name is the agent of the noun after it. */
  agentCompounds: WordList,
  /** "alliance", "force": an acting body a gerund after it describes ("X, an alliance battling Y"). */
  actorNouns: WordList,
  /** Words that are never inside a party phrase or a frame: clause openers and punctuation words. */
  boundaries: WordList,
  /** Prepositions: a name right after one is not a clause's subject. */
  prepositions: WordList,
  /** "is", "has been", "became": what links a party to a role noun ("X is an offshoot of Y"). */
  copulas: WordList,
  /**
   * Idioms a trigger verb opens with the word right after it ("took advantage of X", "take place"): no reading of the
   * trigger there.
   */
  idioms: z.object({
    why: z.string().min(1),
    verbs: z.array(z.object({ lemma: z.string().min(1), words: z.array(z.string().min(1)).min(1) })),
  }).default({ why: "none", verbs: [] }),
  /**
   * "launched", "carried out": verbs whose subject is the agent of an action noun. `lemmas` are written once and
   * inflected (lib/extract/relations/inflect.ts: "make" gives make, makes, making, made with `irregular`), `words` are
   * forms written whole (copulas, phrases).
   */
  lightVerbs: WordList.extend({
    words: z.array(z.string().min(1)),
    lemmas: z.array(z.object({
      lemma: z.string().min(1),
      irregular: z.array(z.string().min(1)).optional(),
      doubles: z.boolean().optional(),
      baseIsNoun: z.boolean().optional(),
      /** No gerund ("announcing the formation of": a gerund of reporting opens a report, round 75). */
      noGerund: z.boolean().optional(),
    })).default([]),
  }),
  /** "which", "who": a relative pronoun whose antecedent is the party before it. */
  relativePronouns: WordList,
  /** "where", "while", "because": words opening a clause of its own, whose possessives take no guard of the clause
   * their antecedent stands in ("X is not known to be there, where its rival Y ..."). */
  ownClauseOpeners: WordList,
  /** "thanks to", "due to": phrases opening an adverbial of means or cause, whose prepositions are its own ("retook P
   * thanks to support from X": X gave the support, it lost no place). */
  meansOpeners: WordList,
  /** "separately", "respectively": words that keep several actors from reading as allies. */
  notJoint: WordList,
  /** Words of `notJoint` that, opening a sentence, connect it to the one before ("Separately, ..."): no apart act. */
  notJointOpeners: WordList,
  /**
   * "ceasefire", "truce", "contracts": an agreement foes make or mediators broker, or a commercial one; an ally trigger
   * beside one reads nothing.
   */
  nonAlliances: WordList,
  /** "what are said to be": words before a target that report it as a description (lower, cue named). */
  hedgedObjects: WordList,
  /** "known as", "dubbed": after a common noun, the name it goes by ("a joint operations room known as X"). */
  namingLinks: WordList,
  /** "alongside", "together with": a party set beside the subject of a joint act ("X, alongside Y, captured P"). */
  companionLinks: WordList,
  /**
   * "you had", "there were": words of spoken and plain prose that present a party after an opening companion ("Alongside
   * the army's Tiger Forces you had Liwa al-Quds"): the party acts beside the companion.
   */
  existentialLinks: WordList,
  /**
   * "followed by": companion links that set the companion after the act in time, so a name that is another act's agent
   * after them ("followed by an SDF offensive on Raqqa") is no companion.
   */
  sequentialCompanionLinks: WordList.default({ why: "none", words: [] }),
  /**
   * "an alliance of A and B", "a ground force composed of A, B and C": an unnamed whole (`nouns`) and the links that
   * name what it is made of (`links`); the groups it is made of are allies.
   */
  unnamedWholes: z.object({
    why: z.string().min(1),
    nouns: z.array(z.string().min(1)).min(1),
    links: z.array(z.string().min(1)).min(1),
  }),
  /**
   * "A and B announced a merger which established C", "the merger of A and B created C": a merger noun (`nouns`),
   * its participants listed after "of"/"between" or as a light verb's subject, and what it made after one of `links`.
   */
  mergerResults: z.object({
    why: z.string().min(1),
    nouns: z.array(z.string().min(1)).min(1),
    links: z.array(z.string().min(1)).min(1),
  }),
  /**
   * Field lines of an encyclopedia infobox or a fact sheet ("Belligerents: A; B — vs — C", "Supported by: D",
   * "Members: E; F", "Opponents: G"): the label before a line's colon says how the groups after it relate, to each
   * other across `sideSeparators` (`reads` "sides"), to a side ("support"), or to the record's title group ("members",
   * "allies", "opponents").
   */
  fieldLines: z.object({
    why: z.string().min(1),
    sideSeparators: z.array(z.string().min(1)).min(1),
    /** Words of a footnote's note that doubt the listing of the name the footnote marks (lower case). */
    doubtingNotes: z.array(z.string().min(1)).default([]),
    fields: z.array(z.object({
      labels: z.array(z.string().min(1)).min(1),
      reads: z.enum(["sides", "support", "members", "allies", "opponents"]),
    })).min(1),
  }),
  /**
   * "X captured the Jirah airbase. Y launched a counterattack on the airbase.": heads of places a capture names (`heads`)
   * and the capture verbs (`takers`); a hostile act on "the <head>" in the next sentence sets its actor
   * against the place's taker.
   */
  heldPlaces: z.object({
    why: z.string().min(1),
    heads: z.array(z.string().min(1)).min(1),
    takers: z.array(z.string().min(1)).min(1),
  }),
  /**
   * "The fighting left 70 X soldiers and 40 Y fighters dead": a verb of result after a fight noun (`verbs`) and the
   * state its counted people are left in (`states`), which set the two sides' dead against each other.
   */
  casualtyResults: z.object({
    why: z.string().min(1),
    verbs: z.array(z.string().min(1)).min(1),
    states: z.array(z.string().min(1)).min(1),
  }),
  /** "two", "three": number words that bound a range of numbers counting an act ("two or three raids"). */
  rangeNumberWords: WordList,
  /** "retreat", "withdraw": what a party is forced to do by its foe ("X forced Y to retreat"). */
  retreatInfinitives: WordList,
  /** "components", "members": a group's parts; "X's components included A" has X for its subject. */
  compositionNouns: WordList,
  /** "backbone", "core": singular role nouns a list holds together ("A and B formed the backbone of Y"). */
  sharedRoleNouns: WordList,
  /**
   * "with the aim of", "aimed at", "in an attempt to": a purpose stated for a hostile act that was carried out (an
   * action noun: "an offensive launched by X with the goal of capturing P from Y"); the purpose's verb has the act's
   * agent, and the purpose words do not block it as intentions do.
   */
  purposeLinks: WordList,
  /** "led by", "spearheaded by": an act's leader, whom a support participle coordinated after it backs. */
  leaderLinks: WordList,
  /** "against": a party right before one, a party right after it ("the US-led coalition against IS"): a clash. */
  opposedLinks: WordList,
  /** "in", "in and around": after a hostile verb, a link to a place a party holds names that party as the target. */
  placeTargetLinks: WordList,
  /** "which served as": a relative clause naming what a place is to its holder ("P, which served as an X base"). */
  placeRoleLinks: WordList,
  /** "held by", "under the control of": after a place's comma, what names its holder ("P, which had been held by X"). */
  holderLinks: WordList,
  /** "full control of": what a hostile verb's place object may follow ("took full control of P, held by X"). */
  controlLinks: WordList,
  /** "its ally": introduces a list item as the head's ally ("X, its ally Y and Z carried out strikes"). */
  allyAppositions: WordList,
  /** "military council", "brigade": last words of a named unit a possessive group before it owns ("the SDF's X Military Council"). */
  unitHeads: WordList,
  /** First words of a named unit of the same kind ("the FSA's Army of Victory"), its head before "of". */
  unitOpenings: WordList,
  /** "rebels", "insurgents": bare after "The" opening a sentence, the groups the sentence before names. */
  collectiveNouns: WordList,
  /**
   * "factions", "brigades": plural nouns of organised groups after a name whose examples ("including", "such as") name
   * its member groups ("5 FSA factions including A and B").
   */
  setExampleNouns: WordList,
  /**
   * "captured", "held": inflected verbs of taking or holding a place whose subject, in a relative clause on a place noun,
   * is the place's holder ("the plant that the SDF had captured").
   */
  holderVerbs: WordList,
  /**
   * "Syria": a country's name that is no party elsewhere (the gazetteer keeps it a place) but stands for its state as
   * the possessive owner of a role noun ("Iran is Syria's closest ally", "Syria's allies Russia and Iran").
   */
  stateOwners: z.object({
    why: z.string().min(1),
    names: z.array(z.object({ name: z.string().min(1), group: z.string().min(1) })).min(1),
  }),
  /**
   * "regime-held areas", "government-controlled villages": a bare generic name compounded with a participle of holding
   * names the place's holder, in articles published before the name's `until` (or undated). Round 84.
   */
  holderCompounds: z.object({
    why: z.string().min(1),
    names: z.array(
      z.object({ name: z.string().min(1), group: z.string().min(1), until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    ),
    participles: z.array(z.string().min(1)),
  }).default({ why: "none", names: [], participles: [] }),
  /**
   * "the Department of State", "OFAC", "the Kremlin": a state's own agency, which acts for the state; no place and the
   * name of one state only, so read whether or not the article names the state (unlike `capitalStates`). Round 84.
   */
  agencyStates: z.object({
    why: z.string().min(1),
    names: z.array(z.object({ name: z.string().min(1), group: z.string().min(1) })),
  }).default({ why: "none", names: [] }),
  /**
   * "Moscow", "Ankara": a capital that stands for its state (metonymy) where the article names that state and the
   * capital is no place: not after a word of `placeBefore` ("in", "near", "rural"), not before one of `placeAfter`
   * ("countryside", "airport"), not in a hyphenated compound ("Damascus-based").
   */
  capitalStates: z.object({
    why: z.string().min(1),
    names: z.array(z.object({ name: z.string().min(1), group: z.string().min(1) })),
    placeBefore: z.array(z.string().min(1)),
    placeAfter: z.array(z.string().min(1)),
  }).default({ why: "none", names: [], placeBefore: [], placeAfter: [] }),
  /**
   * Compounds written apart ("the Al-Qaeda linked Nusra Front", "Turkish backed forces"): a name, a space, then a
   * participle of `anyName` (one no party takes as an object) or of `afterOpener` (after a demonym of the foreign
   * lexicon, or a name after one of `openers`), then a word not in `notNext` (and no -ing or -ly word), is read as the
   * hyphenated compound.
   */
  writtenApartCompounds: z.object({
    why: z.string().min(1),
    anyName: z.array(z.string().min(1)).min(1),
    afterOpener: z.array(z.string().min(1)).min(1),
    openers: z.array(z.string().min(1)).min(1),
    notNext: z.array(z.string().min(1)).min(1),
  }),
  /** "leaders", "commanders": people of a group who, as the target of a hostile act, stand for it ("killed ISIS leaders"). */
  targetPeople: WordList,
  /** "retreated", "withdrew": a party's withdrawal after a hostile act makes it the act's target. */
  retreatVerbs: WordList,
  /** "led to", "resulted in": a hostile act that results in another has the same agent ("an offensive that led to"). */
  resultLinks: WordList,
  /** "terrorist organisation": labels whose giving states hostility (a trigger frame's `label`). */
  labels: WordList,
  /** "weapons", "training", "protection": what a party receives from its backer (a frame's `gapHead` "aid"). */
  aidNouns: WordList,
  /** "fire", "shells": what two sides exchange or trade (a frame's `gapHead` "fire"). */
  fireNouns: WordList,
  /** "territory", "ground", "control": what a party wins or gains from another (a frame's `gapHead` "ground"). */
  groundNouns: WordList,
  /** "alliance", "cooperation", "merger": a tie one party rejects or opposes with another (a frame's `gapHead` "tie"). */
  tieNouns: WordList,
  /** "also", "reportedly": adverbs that may stand between a subject and its verb (any "-ly" word counts as well). */
  interposedAdverbs: WordList,
  /** "for its part", "in turn": phrases that may stand between a subject and its verb as an adverb does. */
  interposedPhrases: WordList,
  /** "statement", "reports": nouns whose "that" opens what they say, not a relative clause. */
  contentNouns: WordList,
  /** "coalition", "operations-room": the gazetteer kinds of a whole whose examples after its comma are its members. */
  exampledWholes: WordList,
  /**
   * "X, an operations room in which A and B cooperated": relatives whose subjects are members of the group they
   * describe (read-relations.ts, relativeMemberRelations).
   */
  memberRelatives: WordList,
  /** "after", "due to": prepositions that make a hostile noun the cause of what its clause's subject did. */
  causeLinks: WordList,
  /** "itself", "themselves": a reflexive object between a verb and its preposition ("allied itself with X"). */
  reflexivePronouns: WordList,
  /** "there", "here": place adverbs that may stand between a passive participle and its "by". */
  placeAdverbs: WordList,
  /** "out", "back": phrasal particles between a passive participle and its "by" ("driven out by X"). */
  passiveParticles: WordList,
  /** "some", "two": quantifiers before "of" that make a partitive subject ("Some of them"), which stands for no list. */
  partitives: WordList,
  /**
   * "a battalion from X", "some members of X": a part of a group, opened by one of `determiners`, standing for the
   * group in acts but not in the ties of `types` ("a battalion from the Sham Legion defected and joined Y": the Sham
   * Legion joined nothing).
   */
  partSubjects: z.object({
    why: z.string(),
    determiners: z.array(z.string()),
    nouns: z.array(z.string()),
    types: z.array(RelationType),
  }),
  /** "a", "two", "both": the article or numeral opening an apposition after a name and its comma ("Turkey, a member of"). */
  appositionOpeners: WordList,
  /**
   * "one of the", "among the": a partitive that stands where an article opens an apposition or a copula's complement
   * whose actor noun a participle describes ("X, one of the groups fighting Y", "X is among those fighting Y").
   */
  partitiveOpeners: WordList,
  /**
   * "several", "many": quantifiers that may stand between "and" and "other" in a list's tail of other actors ("A, B and
   * several other Islamist factions").
   */
  otherTailQuantifiers: WordList,
  /**
   * "countries", "states": nouns of a set of states that, after "and" and one of `otherTailQuantifiers`, close a list
   * as its open tail ("from the U.S., Turkey and some Gulf countries"); issue 10, round 87.
   */
  stateSetNouns: WordList,
  /**
   * "people", "persons": counted people a hostile act hit whose examples after a comma name the party among them
   * ("killed about 60 people, including 23 members of the Nusra Front"), as a party noun's examples do.
   */
  countedPeople: WordList,
  /**
   * "allied": the adjective of a list's tail of the head's allies ("A and its allied militants", "A and allied
   * fighters"), and the prepositions after such a tail that name whose those allies are ("A and its allied terrorists of
   * B", "A and its allies from B": B is A's ally).
   */
  allyTailWords: z.object({
    why: z.string().min(1),
    adjectives: z.array(z.string().min(1)).min(1),
    sources: z.array(z.string().min(1)).min(1),
  }),
  /**
   * Asides after a name and its comma that describe it and hold no party of their own: the words that may open one
   * before its article ("now", "as": "X, now a member of Y,"), the partitive nouns that open one bare ("X, part of Y,"),
   * and the words after an opening "as" ("X, as part of Y,", "X, as a member of Y,").
   */
  asides: z.object({
    why: z.string().min(1),
    intros: z.array(z.string().min(1)).min(1),
    bareNouns: z.array(z.string().min(1)).min(1),
    afterAs: z.array(z.string().min(1)).min(1),
  }),
  /** "led", "joined", "took part in": verbs whose "the attack" continues the act the sentence before told. */
  actContinuationVerbs: z.object({
    why: z.string().min(1),
    words: z.array(z.string().min(1)).min(1),
    /** "the fight", "the war": act nouns naming the war as a whole, which continue no act told before. */
    generalActs: z.array(z.string().min(1)),
  }),
  /** "punished", "sanctions": words of judging a party, whose "for" gerund tells what the judged one did. */
  judgmentWords: WordList,
  /** "both", "all": quantifiers before "of which" or "of whom" that take every item of the list before them. */
  listQuantifiers: WordList,
  /** "dozens of", "a series of", "an array of": quantities whose "of" phrase is the subject or object itself. */
  quantityNouns: WordList,
  /** "in fighting", "during clashes", "amid": prepositions of an adverbial telling the act a clause's subject took part in. */
  actAdverbials: WordList,
  /** "their", "joint": words between "in" or "to" and the hostile act an alliance verb's companions share. */
  sharedActDeterminers: WordList,
  /** "is", "was": verbs after a list's relative pronoun that agree with its last item alone. */
  singularVerbs: WordList,
  /** "members", "fighters": people of a group; "members of X" is no party of an organisational relation. */
  memberPeople: WordList,
  /** "commander", "spokesman": a name before one of these makes a speaker whose "our" and "us" are that group. */
  speakerNouns: WordList,
  /** "on the one hand": after the first party of "between", the rest is the other side. */
  firstSide: WordList,
  /** "were killed", "died": a passive casualty clause whose subject is the target of the act after it. */
  casualtyClauses: WordList,
  /** "as", "when": conjunctions that tie a casualty clause to the act that caused it ("killed as Y advanced"). */
  concurrentWords: WordList,
  /** "foiled", "faced": verbs whose subject is the target of the action noun they take ("faced an attack by Y"). */
  patientVerbs: WordList,
  /**
   * Group nouns that stand for the one named party of their category the same sentence (before them) or the
   * sentence before names: "the government", "the Kurds", "the jihadists". A category lists its groups, or the
   * groups it excludes (`except`: any other named group belongs to it).
   */
  categoryNouns: z.object({
    why: z.string().min(1),
    categories: z.array(
      z.object({
        category: z.string().min(1),
        nouns: z.array(z.string().min(1)).min(1),
        groups: z.array(z.string().min(1)).optional(),
        except: z.array(z.string().min(1)).optional(),
        /**
         * The group a noun of the category stands for in an article that names none of the category's groups (nor any
         * of `homeUnless`), by the article's date: the corpus's home state ("the army" of a Syrian story before
         * December 2024 is the Syrian government's). Dates are ISO prefixes, `from` inclusive, `until` exclusive.
         */
        home: z.array(z.object({
          group: z.string().min(1),
          from: z.string().optional(),
          until: z.string().optional(),
        })).optional(),
        /** Groups whose mention anywhere in the article keeps `home` from applying (another state's own army). */
        homeUnless: z.array(z.string().min(1)).optional(),
      }).refine((c) => (c.groups === undefined) !== (c.except === undefined), {
        message: "a category lists either its groups or the groups it excludes",
      }),
    ),
  }),
  /**
   * Which kinds of party (data/groups.json `kind`) an organisational relation may join: a party of one of the
   * `limits` kinds is a member of, joins, leaves or is affiliated with only a party of that limit's `in` kinds (a
   * state in a coalition or an operations room, a state's unit in its forces); no party is a member of, joins or merges into a party of the kinds `closed` (a foreign
   * state), except by the types `closedExcept` ("militias affiliated to the Turkish army": a proxy). Parties of no
   * known kind (discovered names) pass.
   */
  membershipKinds: z.object({
    why: z.string().min(1),
    types: z.array(RelationType).min(1),
    limits: z.array(z.object({ kinds: z.array(GroupKind).min(1), in: z.array(GroupKind).min(1) })).min(1),
    closed: z.array(GroupKind),
    closedExcept: z.array(RelationType),
    /**
     * Kinds of alliance whose "ally" named by a role noun is a member ("Turkey, a NATO ally", "the two NATO allies"):
     * the reading is a membership in the alliance, not support given to it.
     */
    alliesAreMembers: z.array(GroupKind).default([]),
  }),
  references: z.object({
    why: z.string().min(1),
    singular: z.array(z.string().min(1)),
    plural: z.array(z.string().min(1)),
    /**
     * Plural noun references to the agents of an act ("the attackers", "the assailants"): a plural reference that may
     * stand for one group named in the singular, and never for the subject of its own clause.
     */
    actAgents: z.array(z.string().min(1)).default([]),
    pair: z.array(z.string().min(1)),
    /** "we", "our", "us": the group of the sentence's speaker (a name before one of `speakerNouns`). */
    speaker: z.array(z.string().min(1)).optional(),
    /** "the latter": the last party named before the reference (its sentence, else the one before). */
    latter: z.array(z.string().min(1)).optional(),
    /**
     * "the terrorist group", "the militant organisation": adjectives that describe a party without naming another, which
     * may stand between "the" and the head of a singular "the N" reference; the phrase is then that reference (one
     * that `categoryNouns` lists, "the jihadist group", stays the category's).
     */
    describingAdjectives: z.array(z.string().min(1)).default([]),
    /** "the two countries": nouns a bare pair reference ("the two") may stand before and stay a reference. */
    pairHeads: z.array(z.string().min(1)).default([]),
    /**
     * "the alliance" after "... the umbrella group Army of Mujahideen": the nouns a definite reference's head may be
     * that stand for a party of a gazetteer kind however its name ends, by kind ("coalition": alliance, coalition).
     */
    kindHeads: z.record(z.string(), z.array(z.string().min(1))).default({}),
    /**
     * "the YPG militia which says it captured ...": words that report speech, after which a reference inside a relative
     * clause stands in what is reported and is not bound to the clause's antecedent.
     */
    speechWords: z.array(z.string().min(1)).default([]),
    /**
     * "Division 30 said it was attacked by Y": verbs of saying, irregular ones among them ("said", "told"), that make a
     * name before them its sentence's subject, the speaker, which a reference in what is said may stand for.
     */
    speechVerbs: z.array(z.string().min(1)).default([]),
    /**
     * "the group", "the unit": heads of a definite reference that any kind of group takes (not "the alliance", "the
     * front"), which, where the one reference rule finds no antecedent, stands for the one group its own sentence names
     * before it, the relation's other side apart.
     */
    genericHeads: z.array(z.string().min(1)).default([]),
    /**
     * "US launchers have engaged the group's rocket teams" after "The Turkish army fired on IS positions": the heads of
     * a definite reference that names an armed group ("the group", "the militia"), never a party of these gazetteer
     * kinds (a state, its forces, an international body), whatever the one reference rule finds.
     */
    /**
     * "The formation of the Islamic Front in November 2013 marked ... Its founding components ...": nouns of a group's
     * beginning or story that, opening a sentence with the group after "of", make it the sentence's salient party.
     */
    topicHeads: z.array(z.string().min(1)).default([]),
    groupHeads: z.object({
      heads: z.array(z.string().min(1)),
      notKinds: z.array(GroupKind),
    }).default({ heads: [], notKinds: [] }),
    /**
     * "The SDF declare ...", "The Coalition congratulates ...": present-tense verbs of declaring with which a group
     * opening a document's first sentence issues the document as its statement (its "we" and "our").
     */
    issuerVerbs: z.array(z.string().min(1)).default([]),
    /**
     * "which changed its name when it broke ties": the clause boundaries that open a time clause inside a relative one,
     * which a reference may stand past and still be bound to the relative's antecedent.
     */
    timeConnectives: z.array(z.string().min(1)).default([]),
  }),
  clauseReading: ClauseReading,
  /** The calibration of confidence (data/lexicon/relation-confidence.json, joined in by the reference loader). */
  confidenceModel: RelationConfidenceModel.optional(),
});
export type RelationLexicon = z.infer<typeof RelationLexicon>;
