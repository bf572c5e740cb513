import { describe, expect, it } from "vitest";
import { SharedValues } from "../../lib/pipeline/shared-values.ts";

describe("SharedValues", () => {
  it("share(value) gives back the first value seen equal to it, as JSON, so equal places and means are held once", () => {
    const shared = new SharedValues();
    const first = { name: "Idlib", level: "city", lat: 35.93 };
    expect(shared.share(first)).toBe(first);
    const again = shared.share({ name: "Idlib", level: "city", lat: 35.93 });
    expect(again).toBe(first);
    const means = shared.share(["air", "ground fire"]);
    expect(shared.share(["air", "ground fire"])).toBe(means);
    expect(shared.share(["ground fire", "air"])).not.toBe(means);
  });

  it("share(value) keeps strings apart from the JSON of other values, and gives null and undefined back", () => {
    const shared = new SharedValues();
    expect(shared.share("[]")).toBe("[]");
    const empty: string[] = [];
    expect(shared.share(empty)).toBe(empty);
    expect(shared.share(null)).toBe(null);
    expect(shared.share(undefined)).toBe(undefined);
  });
});
