import { describe, expect, it } from "vitest";
import { triggerAt } from "../../lib/extract/dates/relation-time.ts";

/** What `triggerAt` answered before its scan: the trigger's words as whole words, by one pattern from the start. */
function byPattern(text: string, trigger: string): number {
  const words = trigger.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\W+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu").exec(text)?.index ?? -1;
}

const CASES: [string, string][] = [
  ["Rebels attacked the town, then attacked it again.", "attacked"],
  ["The counterattacked positions fell; ATTACKED twice.", "attacked"],
  ["ISIS attacked—and later attacked again", "attacked again"],
  ["They backed, or rather backed up, the army", "backed up"],
  ["backed__up and backed_up and backed - up", "backed up"],
  ["U.S. strikes and u.s. STRIKES", "U.S. strikes"],
  ["the al-Nusra Front and AL-NUSRA", "al-Nusra"],
  ["ſupported, then supported", "supported"],
  ["the \u212Aurds and the Kurds", "Kurds"],
  ["\u{1D400}attacked then \u{1D400} attacked", "attacked"],
  ["attacked\u{1D400} and attacked\u{1F600}", "attacked"],
  ["éattacked, attackedé, attacked", "attacked"],
  ["x(y and x (y", "x (y"],
  ["İdlib and idlib", "İdlib"],
  ["Turkey's army", "Turkey's"],
  ["nothing here", "attacked"],
  ["", "attacked"],
];

describe("triggerAt(text, trigger)", () => {
  it("triggerAt(text, trigger) finds the trigger's first whole-word place as its pattern does, case, marks and surrogate pairs included", () => {
    for (const [text, trigger] of CASES) {
      expect(triggerAt(text, trigger), `${trigger} in ${text}`).toBe(byPattern(text, trigger));
    }
  });
});
