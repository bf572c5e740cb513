import { describe, expect, it } from "vitest";
import type { Alliances, Relation } from "../../lib/records/mod.ts";
import { Alliances as AlliancesSchema } from "../../lib/records/alliance.ts";
import { loadAlliances } from "../../lib/reference/mod.ts";
import { membershipTimeline } from "../../lib/analyze/membership-timeline.ts";
import { membershipByYear, membershipMatrix } from "../../lib/analyze/membership-matrix.ts";
import { relationNetwork } from "../../lib/analyze/relation-network.ts";

const ALLIANCES: Alliances = {
  description: "test",
  alliances: [{
    id: "jaish-al-fatah",
    name: "Jaish al-Fatah",
    formed: { date: "2015-03-24", precision: "day" },
    dissolved: { date: "2017-01", precision: "month" },
    sources: ["s"],
    memberships: [
      {
        group: "jabhat-al-nusra",
        role: "founder",
        start: { date: "2015-03-24", precision: "day" },
        end: null,
        sources: ["s"],
      },
      {
        group: "jund-al-aqsa",
        role: "left",
        start: { date: "2015-03-24", precision: "day" },
        end: { date: "2015-10-23", precision: "day" },
        sources: ["s"],
      },
    ],
  }],
};

function relation(
  type: Relation["type"],
  subject: string,
  object: string,
  date: string | null,
  articleId = "a",
): Relation {
  return {
    articleId,
    type,
    subject,
    object,
    date: {
      value: date,
      precision: date ? (date.length === 4 ? "year" : date.length === 7 ? "month" : "day") : null,
      from: "article",
    },
    quote: `${subject} ${type} ${object}`,
    start: 0,
    end: 10,
    sentenceIndex: 0,
    confidence: 0.8,
  };
}

describe("membershipTimeline(relations, alliances)", () => {
  it("membershipTimeline(relations, alliances) attaches a text relation to the reference membership it falls within", () => {
    const timeline = membershipTimeline(
      [relation("member", "jabhat-al-nusra", "jaish-al-fatah", "2016-05")],
      ALLIANCES,
    );
    const nusra = timeline.memberships.find((m) => m.group === "jabhat-al-nusra")!;
    expect(nusra.evidence.map((e) => e.kind)).toEqual(["reference", "text"]);
    expect(timeline.memberships).toHaveLength(2);
  });

  it("membershipTimeline(relations, alliances) opens a text-only membership dated by the relation when no reference has the pair", () => {
    const timeline = membershipTimeline([
      relation("joined", "suqour-al-sham", "ahrar-al-sham", "2017-01-26"),
      relation("joined", "suqour-al-sham", "ahrar-al-sham", "2017-02", "b"),
    ], ALLIANCES);
    const suqour = timeline.memberships.find((m) => m.group === "suqour-al-sham")!;
    expect(suqour.role).toBe("joined");
    expect(suqour.start).toEqual({ date: "2017-01-26", precision: "day" });
    expect(suqour.evidence.map((e) => (e.kind === "text" ? e.articleId : e.entry))).toEqual(["a", "b"]);
  });

  it("membershipTimeline(relations, alliances) ignores clash and rival relations", () => {
    const timeline = membershipTimeline([relation("clash", "islamic-state", "levant-front", "2015")], ALLIANCES);
    expect(timeline.memberships).toHaveLength(2);
  });
});

describe("membershipMatrix(timeline, {at})", () => {
  const timeline = membershipTimeline(
    [relation("merger", "jabhat-fateh-al-sham", "hayat-tahrir-al-sham", "2017-02")],
    ALLIANCES,
  );

  it("membershipMatrix(timeline, {at}) shows founders and members under way on the day, with evidence counts", () => {
    const cells = membershipMatrix(timeline, { at: "2015-06" });
    expect(cells.map((c) => `${c.group} ${c.coalition} ${c.role} ${c.evidenceCount}`)).toEqual([
      "jabhat-al-nusra jaish-al-fatah founder 1",
      "jund-al-aqsa jaish-al-fatah founder 1",
    ]);
  });

  it("membershipMatrix(timeline, {at}) shows a departure as 'left' after it, and nothing once the coalition dissolved", () => {
    expect(membershipMatrix(timeline, { at: "2015-12" }).find((c) => c.group === "jund-al-aqsa")?.role).toBe("left");
    expect(membershipMatrix(timeline, { at: "2017-06" }).map((c) => c.coalition)).toEqual(["hayat-tahrir-al-sham"]);
  });

  it("membershipByYear(timeline, years) evaluates the matrix at the end of each year", () => {
    const years = membershipByYear(timeline, [2014, 2015, 2017]);
    expect(years.map((y) => y.cells.length)).toEqual([0, 2, 1]);
  });
});

describe("relationNetwork(relations, options)", () => {
  it("relationNetwork(relations, {from, to}) keeps dated relations in the window, one edge per type and pair", () => {
    const network = relationNetwork([
      relation("clash", "a-group", "b-group", "2015-06"),
      relation("clash", "a-group", "b-group", "2015-07", "b"),
      relation("rival", "a-group", "c-group", "2017-01"),
      relation("ally", "a-group", "c-group", null),
    ], { from: "2015", to: "2016" });
    expect(network.edges.map((e) => `${e.type} ${e.source} ${e.target} ${e.count}`)).toEqual([
      "clash a-group b-group 2",
    ]);
    expect(network.nodes.map((n) => n.id).sort()).toEqual(["a-group", "b-group"]);
  });

  it("relationNetwork(relations) places nodes on the unit circle deterministically", () => {
    const relations = [relation("clash", "a", "b", "2015"), relation("member", "c", "b", "2015")];
    const first = relationNetwork(relations);
    expect(relationNetwork([...relations].reverse())).toEqual({ ...first, edges: first.edges });
    for (const n of first.nodes) expect(Math.hypot(n.x, n.y)).toBeCloseTo(1);
  });

  it("relationNetwork(relations, {maxNodes}) keeps the most connected groups and says what it left out", () => {
    const network = relationNetwork([
      relation("clash", "a", "b", "2015"),
      relation("clash", "a", "b", "2015", "b"),
      relation("ally", "a", "c", "2015"),
      relation("rival", "d", "e", "2015"),
    ], { maxNodes: 3 });
    expect(network.nodes.map((n) => n.id).sort()).toEqual(["a", "b", "c"]);
    expect(network.leftOut).toEqual({ groups: 2, edges: 1 });
  });
});

describe("data/alliances.json", () => {
  it("loadAlliances() validates and every id is a group of data/groups.json", async () => {
    const alliances = await loadAlliances();
    const groups = new Set(
      JSON.parse(await Deno.readTextFile(new URL("../../data/groups.json", import.meta.url))).groups.map((
        g: { id: string },
      ) => g.id),
    );
    for (const alliance of alliances.alliances) {
      expect(groups.has(alliance.id), alliance.id).toBe(true);
      for (const m of alliance.memberships) expect(groups.has(m.group), `${alliance.id}/${m.group}`).toBe(true);
    }
  });

  it("Alliances rejects a bound whose precision does not match its date", () => {
    const bad = {
      ...ALLIANCES,
      alliances: [{ ...ALLIANCES.alliances[0], formed: { date: "2015-03", precision: "day" } }],
    };
    expect(AlliancesSchema.safeParse(bad).success).toBe(false);
  });
});

describe("membershipTimeline(relations, alliances, groups)", () => {
  it("membershipTimeline(relations, alliances, groups) ends a text-only membership when its group was renamed", () => {
    const nusra = {
      id: "jabhat-al-nusra",
      name: "Jabhat al-Nusra",
      kind: "group" as const,
      aliases: [],
      acronyms: [],
      founded: "2012-01",
      dissolved: null,
      lineage: [{ type: "renamed-to" as const, group: "jabhat-fateh-al-sham", date: "2016-07-28" }],
      descriptors: [],
      sources: ["test"],
    };
    const timeline = membershipTimeline(
      [relation("affiliate", "jabhat-al-nusra", "al-qaeda", "2015-06-09")],
      { description: "none", alliances: [] },
      [nusra],
    );
    expect(timeline.memberships[0]).toMatchObject({
      group: "jabhat-al-nusra",
      coalition: "al-qaeda",
      start: { date: "2015-06-09" },
      end: { date: "2016-07-28", precision: "day" },
    });
  });
});
