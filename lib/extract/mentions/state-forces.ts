import type { Gazetteer } from "../../records/mod.ts";
import type { NameMatch } from "./trie.ts";
import { escapeRegExp } from "../../records/pattern.ts";

/** Years of a government as ACLED writes them after a state force's name: "(2000-2024)", "(2024-)". */
type Period = { from: number; until: number | null };

/** One state force an `acled` name states: its prefix ("Military Forces of"), country and years. */
type StatedForce = { prefix: string; country: string; period: Period; groupId: string; founded: string | null };

/**
 * ACLED's state-force names compiled from the gazetteer: the forces its `acled` names state, by prefix and country,
 * and each foreign state's entry by its name, for countries no `acled` name states.
 */
export type StateForceNames = {
  pattern: RegExp | null;
  stated: StatedForce[];
  countries: Map<string, string>;
};

const PERIOD = String.raw`\((\d{4})\s*[-–]\s*(\d{4})?\)`;
const COUNTRY = String.raw`(?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})`;
/** The last day a partial date may mean ("2024-12" → "2024-12-31"), so "founded by then" is certain. */
const latestDay = (date: string) => date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;

const countryKey = (country: string) => country.toLowerCase().replace(/^the /, "");

/**
 * Compiles the reading of ACLED's state-force names, "<prefix> <Country> (<years>)" with the prefixes of
 * `acledStateForcePrefixes` ("Military Forces of", "Police Forces of"): from the gazetteer's `acled` names that have
 * this shape, and its foreign states' names.
 */
export function compileStateForceNames(gazetteer: Gazetteer, prefixes: Iterable<string>): StateForceNames {
  const alternatives = [...prefixes].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
  if (alternatives === "") return { pattern: null, stated: [], countries: new Map() };
  const named = new RegExp(`^(${alternatives}) ${COUNTRY} ${PERIOD}$`, "u");
  const stated: StatedForce[] = [];
  for (const group of gazetteer.groups) {
    for (const written of group.acled ?? []) {
      const match = written.match(named);
      if (!match) continue;
      const period = { from: Number(match[3]), until: match[4] === undefined ? null : Number(match[4]) };
      stated.push({
        prefix: match[1],
        country: countryKey(match[2]),
        period,
        groupId: group.id,
        founded: group.founded,
      });
    }
  }
  const countries = new Map<string, string>();
  for (const group of gazetteer.groups) {
    if (group.kind !== "foreign-state") continue;
    for (const name of [group.name, ...group.aliases]) {
      if (/^\p{Lu}/u.test(name) && !countries.has(countryKey(name))) countries.set(countryKey(name), group.id);
    }
  }
  return { pattern: new RegExp(`\\b(${alternatives}) ${COUNTRY}(?: ?${PERIOD})?`, "gu"), stated, countries };
}

const covers = (period: Period, year: number) => period.from <= year && (period.until === null || year <= period.until);

/**
 * The force one ACLED state-force name stands for: the `acled` name with the same prefix, country and years; else
 * the one force of that prefix and country whose years cover the name's first year (the latest to start, where a
 * government's years end in the year the next one's begin); else the same with the other prefixes; else the
 * country's foreign-state entry. Null when the country is not known.
 */
function resolveForce(names: StateForceNames, prefix: string, country: string, period: Period): string | null {
  const ofCountry = names.stated.filter((force) => force.country === country);
  const exact = ofCountry.find((force) =>
    force.prefix === prefix && force.period.from === period.from && force.period.until === period.until
  );
  if (exact) return exact.groupId;
  for (const forces of [ofCountry.filter((force) => force.prefix === prefix), ofCountry]) {
    const covering = forces.filter((force) => covers(force.period, period.from))
      .sort((a, b) => b.period.from - a.period.from);
    if (covering.length > 0) return covering[0].groupId;
  }
  return names.countries.get(country) ?? null;
}

/**
 * The force a name without years stands for on `date`: of the forces of that prefix and country whose years cover
 * the date and that were founded by then for certain (a month-precise founding counts from the month's end), the
 * latest to start ("Military Forces of Syria" is the Assad government's
 * army in 2019, the new army in 2025). Null when the date decides nothing.
 */
function forceOnDate(names: StateForceNames, prefix: string, country: string, date: string | null): string | null {
  if (date === null) return null;
  const year = Number(date.slice(0, 4));
  const current = names.stated.filter((force) =>
    force.prefix === prefix && force.country === country && covers(force.period, year) &&
    (force.founded === null || latestDay(force.founded) <= date)
  ).sort((a, b) => b.period.from - a.period.from);
  return current[0]?.groupId ?? null;
}

/**
 * Spans of `text` written with ACLED's state-force names ("Military Forces of Jordan (1999-)", "Police Forces of
 * Syria (2000-2024)"), each as a name of the force it stands for, years included, so it wins over the bare name. A
 * name written without its years is read by the text's `date`.
 */
export function stateForceSpans(text: string, names: StateForceNames, date: string | null): NameMatch[] {
  if (names.pattern === null) return [];
  const found: NameMatch[] = [];
  for (const match of text.matchAll(names.pattern)) {
    const country = countryKey(match[2]);
    if (match[3] === undefined) {
      const groupId = forceOnDate(names, match[1], country, date);
      if (groupId !== null) {
        found.push({ groupId, start: match.index, end: match.index + match[0].length, method: "exact" });
      }
      continue;
    }
    const period = { from: Number(match[3]), until: match[4] === undefined ? null : Number(match[4]) };
    const groupId = resolveForce(names, match[1], country, period);
    if (groupId === null) continue;
    found.push({ groupId, start: match.index, end: match.index + match[0].length, method: "exact" });
  }
  return found;
}
