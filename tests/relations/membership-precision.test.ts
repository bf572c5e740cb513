import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";
import { kindsAllow } from "../../lib/extract/relations/extract-relations.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import type { GroupKind } from "../../lib/records/mod.ts";
import {
  checkedMembershipPrecision,
  loadCheckedMemberships,
  loadGoldRelationsWikipedia,
  loadGoldRelationsWikipedia2,
  membershipScore,
} from "../../lib/eval/relations.ts";

// Issue 10, round 5: why the alliance matrix held memberships of states in armed groups. Sentences of their own.
const NAMES: [string, string][] = [
  ["Islamic State", "islamic-state"],
  ["Syrian government", "syrian-government"],
  ["Syrian Army", "syrian-government"],
  ["Russia", "russia"],
  ["Turkey", "turkey"],
  ["Levant Front", "levant-front"],
  ["SDF", "syrian-democratic-forces"],
  ["YPG", "ypg"],
  ["Syrian National Army", "syrian-national-army"],
  ["Army of Conquest", "jaish-al-fatah"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Fourth Division", "fourth-armoured-division"],
  ["US-led coalition", "us-led-coalition"],
  ["United States", "united-states"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("kindsAllow(relation, kinds, rule)", () => {
  const rule = defaultReference().lexicon.relations.membershipKinds;
  const kinds = new Map<string, GroupKind>([
    ["syrian-government", "state-force"],
    ["fourth-armoured-division", "state-force"],
    ["islamic-state", "group"],
    ["turkey", "foreign-state"],
    ["us-led-coalition", "coalition"],
    ["ahrar-al-sham", "group"],
  ]);
  it("kindsAllow(relation, kinds, rule) refuses a state force as a member of an armed group", () => {
    expect(kindsAllow({ type: "member", subject: "syrian-government", object: "islamic-state" }, kinds, rule)).toBe(
      false,
    );
  });
  it("kindsAllow(relation, kinds, rule) keeps a state in a coalition and a unit in its state's forces", () => {
    expect(kindsAllow({ type: "member", subject: "turkey", object: "us-led-coalition" }, kinds, rule)).toBe(true);
    expect(
      kindsAllow({ type: "member", subject: "fourth-armoured-division", object: "syrian-government" }, kinds, rule),
    ).toBe(true);
  });
  it("kindsAllow(relation, kinds, rule) lets nothing join a foreign state but a proxy affiliated with it", () => {
    expect(kindsAllow({ type: "joined", subject: "ahrar-al-sham", object: "turkey" }, kinds, rule)).toBe(false);
    expect(kindsAllow({ type: "affiliate", subject: "ahrar-al-sham", object: "turkey" }, kinds, rule)).toBe(true);
  });
  it("kindsAllow(relation, kinds, rule, partOf) lets a state force join the state the gazetteer says it is part of, at any depth", () => {
    const withIran = new Map<string, GroupKind>([
      ...kinds,
      ["quds-force", "state-force"],
      ["irgc", "state-force"],
      ["iran", "foreign-state"],
    ]);
    const partOf = new Map([["quds-force", "irgc"], ["irgc", "iran"]]);
    expect(kindsAllow({ type: "member", subject: "quds-force", object: "iran" }, withIran, rule, partOf)).toBe(true);
    expect(kindsAllow({ type: "member", subject: "irgc", object: "iran" }, withIran, rule, partOf)).toBe(true);
    // not another state, and not without the gazetteer's word
    expect(kindsAllow({ type: "member", subject: "quds-force", object: "turkey" }, withIran, rule, partOf)).toBe(false);
    expect(kindsAllow({ type: "member", subject: "quds-force", object: "iran" }, withIran, rule)).toBe(false);
    // a part joins its whole; it does not "join" it as a group joins another
    expect(kindsAllow({ type: "joined", subject: "irgc", object: "iran" }, withIran, rule, partOf)).toBe(false);
  });
  it("kindsAllow(relation, kinds, rule) leaves hostile and ally relations and parties of no known kind alone", () => {
    expect(kindsAllow({ type: "clash", subject: "syrian-government", object: "islamic-state" }, kinds, rule)).toBe(
      true,
    );
    expect(kindsAllow({ type: "member", subject: "new:some-brigade", object: "turkey" }, kinds, rule)).toBe(false);
    expect(kindsAllow({ type: "member", subject: "syrian-government", object: "new:some-front" }, kinds, rule)).toBe(
      true,
    );
  });
});

describe("extractRelations(article, mentions) membership precision", () => {
  it("extractRelations(article, mentions) reads no membership where a possessed noun is the subject ('Russia's goals include helping X')", () => {
    expect(read(
      "Apart from fighting groups such as the Islamic State, Russia's goals include helping the Syrian government retake territory.",
    )).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no membership of a state force in an armed group, whatever the frame", () => {
    expect(read("The Islamic State includes the Syrian government.")).toEqual([]);
    expect(read("The Syrian Army is part of the Nusra Front.")).toEqual([]);
  });

  it("extractRelations(article, mentions) keeps a state in a coalition and a unit in its army", () => {
    expect(read("Turkey is part of the US-led coalition.")).toEqual(["member turkey us-led-coalition"]);
    expect(read("The Syrian Army's Fourth Division attacked the Islamic State.")).toContain(
      "member fourth-armoured-division syrian-government",
    );
  });

  it("extractRelations(article, mentions) reads former members of X in a composition as no membership of X", () => {
    expect(read("The Levant Front includes former members of the SDF.")).toEqual([]);
    expect(read("The Army of Conquest includes the Nusra Front and Ahrar al-Sham.")).toEqual([
      "member ahrar-al-sham jaish-al-fatah",
      "member jabhat-al-nusra jaish-al-fatah",
    ]);
  });

  it("extractRelations(article, mentions) reads fighters of X joining Y as no joining of X", () => {
    expect(read("Fighters of Ahrar al-Sham joined the Nusra Front.")).toEqual([]);
    expect(read("Ahrar al-Sham joined the Syrian National Army.")).toEqual([
      "joined ahrar-al-sham syrian-national-army",
    ]);
  });

  it("extractRelations(article, mentions) still reads people of X in a composition ('made up of fighters from X')", () => {
    expect(read("The SDF is made up of fighters from the YPG and Arab tribes.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
  });
});

describe("membershipScore(sets) and checkedMembershipPrecision(checked, extracted)", () => {
  it("membershipScore(sets) scores organisational relations only, pooled over sets", () => {
    const gold = [{ articleId: "a", type: "member" as const, subject: "x", object: "y" }];
    const extracted = [
      ...gold,
      { articleId: "a", type: "joined" as const, subject: "x", object: "z" },
      { articleId: "a", type: "clash" as const, subject: "x", object: "w" },
    ];
    const score = membershipScore([{ extracted, gold }, { extracted: [], gold }]);
    expect([score.tp, score.fp, score.fn]).toEqual([1, 1, 1]);
  });

  it("checkedMembershipPrecision(checked, extracted) counts verdicts of what is extracted now and what is unchecked", () => {
    const checked = [
      { corpus: "fakes" as const, articleId: "a", type: "member" as const, subject: "x", object: "y" },
      { corpus: "fakes" as const, articleId: "a", type: "member" as const, subject: "z", object: "y" },
    ].map((c, i) => ({
      ...c,
      frame: "f",
      quote: "q",
      verdict: i === 0 ? "correct" as const : "wrong" as const,
      why: "w",
    }));
    const result = checkedMembershipPrecision(checked, [{
      corpus: "fakes",
      documents: (id) => id !== "held",
      relations: [
        { articleId: "a", type: "member", subject: "x", object: "y" },
        { articleId: "a", type: "member", subject: "q", object: "y" },
        { articleId: "held", type: "member", subject: "q", object: "y" },
        { articleId: "a", type: "clash", subject: "q", object: "y" },
      ],
    }]);
    expect([result.correct, result.wrong, result.unchecked, result.precision]).toEqual([1, 0, 1, 1]);
  });

  it("loadCheckedMemberships() reads a verdict and why per relation, from no page of a blind set", async () => {
    const checked = await loadCheckedMemberships();
    const blind = new Set(
      [...(await loadGoldRelationsWikipedia()).passages, ...(await loadGoldRelationsWikipedia2()).passages].map((p) =>
        p.file
      ),
    );
    expect(checked.pages.filter((page) => blind.has(page))).toEqual([]);
    const pages = new Set(checked.pages.map((page) => page.replace(/\.md$/, "")));
    for (const r of checked.relations) {
      if (r.corpus === "wikipedia") expect(pages.has(r.articleId)).toBe(true);
      expect(r.why.length).toBeGreaterThan(0);
    }
  });
});
