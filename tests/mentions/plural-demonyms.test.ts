import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

// Issue 10, round 73: families read from the second blind Wikipedia and ReliefWeb mention sets after their first
// measurement. Sentences written for the families, none from a gold set.
describe("extractMentions(article) on a foreign state's plural demonym (pluralDemonymSpans)", () => {
  it("reads 'the Russians', 'the Soviets', 'the British' as the state, the span without 'the'", () => {
    expect(pairs("The British and the Soviets invaded. The loss forced the Russians to retreat.")).toEqual([
      "British→united-kingdom",
      "Soviets→soviet-union",
      "Russians→russia",
    ]);
  });

  it("reads an irregular plural of irregularDemonymPlurals by the demonym its stem opens ('the Turks')", () => {
    expect(pairs("The Turks refused the offer.")).toEqual(["Turks→turkey"]);
  });

  it("reads no state in persons counted ('two Russians') or in a self-plural before a noun or a dash", () => {
    expect(pairs("Two Russians were arrested.")).toEqual([]);
    expect(pairs("They reached the Turkish–Syrian border.")).toEqual([]);
    expect(pairs("The French government protested.")).toEqual(["French government→france"]);
  });

  it("leaves volunteers' plurals to persons ('the Afghans')", () => {
    expect(pairs("The Afghans fought for the regime.")).toEqual([]);
  });
});

describe("extractMentions(article) on more places, labels and non-actors (stateNameNotActor, nonActorNames)", () => {
  it("reads no state on a route or as an occupied land ('through Iran', 'via Turkey', 'Russian-occupied Poland')", () => {
    expect(pairs("Troops moved through Iran toward Baku. Fighters came via Turkey.")).toEqual([]);
    expect(pairs("The Central Powers invaded Russian-occupied Poland.")).toEqual([]);
  });

  it("reads no state as a side of a border ('the border between Turkey and Syria')", () => {
    expect(pairs("A team worked on the border between Turkey and Syria.")).toEqual([]);
  });

  it("reads no state in a full name that labels a line ('Russian Federation: ICRC visit')", () => {
    expect(pairs("Russian Federation: ICRC president visits Moscow")).toEqual([]);
  });

  it("reads the party 'Lebanese Forces' as no army, and 'Lebanese forces' as the army", () => {
    expect(pairs("Kataeb, Lebanese Forces and the Future Movement met.")).toEqual([]);
    expect(pairs("Lebanese forces shelled the hills.")).toEqual(["Lebanese forces→lebanese-armed-forces"]);
  });

  it("reads a demonym before 'divisions' as the state's forces ('German divisions')", () => {
    expect(pairs("German divisions attacked the city.")).toEqual(["German divisions→germany"]);
  });

  it("reads a headline's donor or host state before a present form ('Switzerland contributes', 'Lebanon deports')", () => {
    expect(pairs("Switzerland contributes CHF 1 million")).toEqual(["Switzerland→switzerland"]);
    expect(pairs("Lebanon deports Syrians")).toEqual(["Lebanon→lebanon"]);
  });
});
