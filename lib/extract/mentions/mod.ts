export { extractMentions, matcherFor, sentenceIndexAt } from "./extract-mentions.ts";
export { type GroupCandidate, unknownGroupCandidates } from "./candidates.ts";
export { descriptorMayApply, lineageAt } from "./lineage.ts";
export { compileFolding, type Folding, joinsName, type NameToken, nameTokens } from "./fold.ts";
export { compileNameMatcher, type MatcherLexicon, type NameMatch, type NameMatcher } from "./trie.ts";
export { matchNames } from "./scan.ts";
