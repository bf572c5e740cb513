export { extractMentions, matcherFor, sentenceIndexAt } from "./extract-mentions.ts";
export { candidateKey, candidateSpans, type GroupCandidate, unknownGroupCandidates } from "./candidates.ts";
export {
  acceptedAsGroup,
  DISCOVERED_PREFIX,
  type DiscoveredSlugs,
  discoverMentions,
  type DiscoveryLexicon,
  extractMentionsWithDiscovered,
  isDiscovered,
  slugOf,
} from "./discover.ts";
export { descriptorMayApply, lineageAt } from "./lineage.ts";
export { compileFolding, type Folding, joinsName, type NameToken, nameTokens } from "./fold.ts";
export { compileNameMatcher, crosswalkNames, type MatcherLexicon, type NameMatch, type NameMatcher } from "./trie.ts";
export { matchNames } from "./scan.ts";
