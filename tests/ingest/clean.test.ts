import { describe, expect, it } from "vitest";
import { cleanText } from "../../lib/ingest/clean.ts";
import { readLeadIn } from "../../lib/ingest/lead-in.ts";
import { splitSentences } from "../../lib/ingest/sentences.ts";
import { findTagList } from "../../lib/ingest/tag-list.ts";

describe("cleanText(raw)", () => {
  it("cleanText(raw, {statedTitle}) keeps a document that is nothing but its headline as its text", () => {
    const headline = "Barrel bombs kill 13 in a market town: monitor";
    const stated = cleanText(headline, { statedTitle: headline });
    expect(stated.text).toBe(headline);
    expect(stated.removed).toEqual([]);
    const alone = cleanText(`${headline}\n`);
    expect(alone.text).toBe(headline);
    // a stated title that reads like a date line is still the document's headline
    const report = "Registration Trends for Syrians (as of 13 Dec 2012)";
    expect(cleanText(report, { statedTitle: report }).text).toBe(report);
    // a headline and a date line, with no body, is still a page with nothing of its own
    expect(cleanText(`${headline}\n26 January, 2017`, { statedTitle: headline }).text).toBe("");
  });

  it("cleanText(raw) takes out a repeated title, read time, dateline and a caption", () => {
    const raw =
      "Rebels join forces\n\nRebels join forces\nSeveral groups joined.\n3 min read\n26 January, 2017\nJFS is listed as a group [AFP]\n\nSix groups joined Ahrar al-Sham.";
    const cleaned = cleanText(raw);
    expect(cleaned.title?.value).toBe("Rebels join forces");
    expect(cleaned.text).toBe("Several groups joined.\n\nSix groups joined Ahrar al-Sham.");
    expect(cleaned.removed.map((span) => span.kind)).toEqual([
      "title",
      "duplicate-title",
      "read-time",
      "dateline",
      "caption",
    ]);
    for (const span of cleaned.removed) expect(raw.slice(span.start, span.end)).toBe(span.text);
  });

  it("cleanText(raw) takes out a standfirst the first paragraph repeats, whatever its marks, case or letters", () => {
    const lead = "Syrian rebels say the Free Syrian Army took the town after heavy fighting";
    const cases: [string, string][] = [
      [lead, `${lead}, a spokesman said.`],
      [lead, `${lead.toUpperCase()} -- a spokesman said.`],
      [`"${lead}"`, `${lead.replaceAll(" ", "  ")}; a spokesman said.`],
      [
        "Ünal Çelik says rebels took the town after heavy fighting",
        "Ünal Çelik says rebels took the town after heavy fighting on Monday.",
      ],
    ];
    for (const [standfirst, paragraph] of cases) {
      const cleaned = cleanText(
        `Rebels take the town\n\n${standfirst}\n\n${paragraph}\n\nThe town was held by the regime.`,
      );
      expect(cleaned.removed.map((span) => span.kind)).toEqual(["title", "duplicate-lead"]);
      expect(cleaned.text.startsWith(paragraph.replace(/ +/g, " "))).toBe(true);
    }
    // a paragraph that only opens like it, or is no longer than it, is no repeat
    for (const paragraph of [lead.slice(0, 40) + " and more.", lead, `The ${lead}, a spokesman said.`]) {
      const cleaned = cleanText(`Rebels take the town\n\n${lead}\n\n${paragraph}`);
      expect(cleaned.removed.map((span) => span.kind)).toEqual(["title"]);
    }
  });

  it("cleanText(raw) takes out a date line with a long weekday, times and zones, not a line of prose with a date", () => {
    const raw = "Rebels join forces\n\nSeveral groups joined.\n" +
      "Wednesday, 26th of September, 2017 at 10:30 GMT | 11:45 UTC | 12:45 pm\n" +
      "On 26 September 2017 at 10:30 six groups joined Ahrar al-Sham in the north.\n\nThey fought.";
    const cleaned = cleanText(raw);
    expect(cleaned.removed.map((span) => span.kind)).toEqual(["title", "dateline"]);
    expect(cleaned.text).toContain("On 26 September 2017 at 10:30 six groups joined");
  });

  it("cleanText(raw) keeps reader comments apart", () => {
    const cleaned = cleanText("Five were killed in Daraa.\n2 Comments\nFirst comment.\nSecond comment.");
    expect(cleaned.text).toBe("Five were killed in Daraa.");
    expect(cleaned.comments.map((comment) => comment.text)).toEqual(["First comment.", "Second comment."]);
  });

  it("cleanText(raw) folds every run of white space and zero-width space in a paragraph to one space", () => {
    const paragraphs = [
      "Rebels took the town after a week of fighting, the monitor said on Sunday.",
      "  Rebels took the town after a week of fighting,\u00a0the monitor said on Sunday. ",
      "Rebels took the town after a week of fighting,  the monitor\tsaid\u200bon Sunday.\ufeff",
    ];
    const texts = paragraphs.map((paragraph) =>
      cleanText(`${paragraph}\n\nA second paragraph of prose follows it here.`).text
    );
    expect(texts.map((text) => text.split("\n\n")[0])).toEqual([
      "Rebels took the town after a week of fighting, the monitor said on Sunday.",
      "Rebels took the town after a week of fighting, the monitor said on Sunday.",
      "Rebels took the town after a week of fighting, the monitor said on Sunday.",
    ]);
  });

  it("cleanText(raw) keeps a short last line that is not page furniture", () => {
    expect(cleanText("Five were killed in Daraa.\n\nMore to follow").text).toBe(
      "Five were killed in Daraa.\n\nMore to follow",
    );
  });

  it("cleanText(raw) joins a hard-wrapped line to the line whose sentence it continues (issue 10, round 94)", () => {
    // a line ending in a word no sentence ends with, or in a comma, or followed by a line in lower case
    const raw = "Rebels of the Free Syrian Army, backed by Turkey, clashed with\n" +
      "Islamic State fighters near al-Bab on Monday, the monitor said,\n" +
      "and the Kurdish YPG shelled their\npositions near Tal Rifaat.\n\nA second paragraph.";
    const cleaned = cleanText(raw);
    expect(cleaned.title).toBe(null);
    expect(cleaned.text).toBe(
      "Rebels of the Free Syrian Army, backed by Turkey, clashed with Islamic State fighters near al-Bab on Monday, " +
        "the monitor said, and the Kurdish YPG shelled their positions near Tal Rifaat.\n\nA second paragraph.",
    );
    expect(splitSentences(cleaned.text)).toHaveLength(2);
  });

  it("cleanText(raw) keeps lines of their own apart: finished sentences, list items, headings and table rows", () => {
    const lines = [
      "Rebels took the town after a week of fighting, the monitor said.",
      "Fighters of the Free Syrian Army then moved on towards",
      "* the airport of Menagh and the villages around it and",
      "* the road to the Bab al-Salama crossing with Turkey",
      "## The aftermath of the battle for the town of Azaz",
      "| Free Syrian Army | Northern Storm Brigade | July 2012 |",
      "Rebels of the Northern Storm Brigade held the town of Azaz",
      "Turkey closed the border crossing at Bab al-Salama for a week.",
    ];
    expect(cleanText(lines.join("\n")).text.split("\n\n")).toEqual(lines);
  });

  it("cleanText(raw) takes the timecodes out of a subtitle transcript and joins the lines of one sentence", () => {
    const inline = "Subtitles, Azaz (4')\n00:00:08 After ten days of fighting, the Northern Storm Brigade\n" +
      "00:00:12 and other Free Syrian Army units took the town\n00:00:15 from government forces on Thursday.";
    const cleaned = cleanText(inline);
    expect(cleaned.text.split("\n\n").at(-1)).toBe(
      "After ten days of fighting, the Northern Storm Brigade and other Free Syrian Army units took the town from " +
        "government forces on Thursday.",
    );
    expect(cleaned.removed.filter((span) => span.kind === "timecode").map((span) => span.text)).toEqual([
      "00:00:08",
      "00:00:12",
      "00:00:15",
    ]);
    for (const span of cleaned.removed) expect(inline.slice(span.start, span.end)).toBe(span.text);
    const srt = "1\n00:00:01,000 --> 00:00:04,000\nRebels of the Free Syrian Army clashed with\n\n" +
      "2\n00:00:04,000 --> 00:00:07,500\nIslamic State fighters near al-Bab.\n\n" +
      "3\n00:00:08,000 --> 00:00:10,000\nThe monitor said so.";
    expect(cleanText(srt).text).toBe(
      "Rebels of the Free Syrian Army clashed with Islamic State fighters near al-Bab.\n\nThe monitor said so.",
    );
    // one time of day opening a line of prose is no transcript
    expect(cleanText("Live updates\n\n10:30 Rebels took the town.\n\n12:05:10 The army withdrew.").text).toBe(
      "10:30 Rebels took the town.\n\n12:05:10 The army withdrew.",
    );
  });
});

describe("readLeadIn(line, lineStart, statedTitle)", () => {
  it("readLeadIn(line) strips a dateline, a byline and the title glued before the first sentence", () => {
    const line =
      'April 5 2017 by Youssef Diab and Najla Habriri "Chemical" Massacre in Idlib Defies the World Warplanes struck.';
    const leadIn = readLeadIn(line, 0, "Chemical Massacre in Idlib Defies the World");
    expect(leadIn.removed.map((span) => span.kind)).toEqual(["dateline", "byline", "duplicate-title"]);
    expect(leadIn.author).toBe("Youssef Diab and Najla Habriri");
    expect(line.slice(leadIn.keepFrom)).toBe("Warplanes struck.");
  });

  it("readLeadIn(line) strips a title, a wire credit and a dateline in that order", () => {
    const line = "Car bomb kills 15 in Homs NGO AFP Thursday 6 Mar 2014 At least 15 people were killed.";
    const leadIn = readLeadIn(line, 0, "Car bomb kills 15 in Homs NGO - Region - World - Ahram Online");
    expect(line.slice(leadIn.keepFrom)).toBe("At least 15 people were killed.");
  });

  it("readLeadIn(line) keeps a title its sentence's verb follows: an encyclopedia's bold subject is no glued title", () => {
    const line = "**Jabhat Thuwar Saraqib** is an armed group based in Saraqib.";
    const leadIn = readLeadIn(line, 0, "Jabhat Thuwar Saraqib");
    expect(leadIn.removed).toEqual([]);
    expect(line.slice(leadIn.keepFrom)).toBe(line);
    // a title glued before a capitalised sentence, or before a byline, is still removed
    const glued = "Hundreds killed as battles rage in Kobani. Kurdish militia fought street battles.";
    expect(glued.slice(readLeadIn(glued, 0, "Hundreds killed as battles rage in Kobani").keepFrom)).toBe(
      "Kurdish militia fought street battles.",
    );
  });
});

describe("splitSentences(text)", () => {
  it("splitSentences(text) does not split after abbreviations and initials", () => {
    const text = 'The U.S. said on Feb. 3 that Mr. Smith left. "We will win," he said.\n\nGeorge W. Bush spoke.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "The U.S. said on Feb. 3 that Mr. Smith left.",
      '"We will win," he said.',
      "George W. Bush spoke.",
    ]);
  });
});

describe("findTagList(text)", () => {
  it("findTagList(text) finds a keyword list glued before the first sentence", () => {
    const text = "Clashes continue. Tags Syria Free Syrian Army Idlib The brigade announced on Monday that it had won.";
    const tags = findTagList(text)!;
    expect(text.slice(tags.start, tags.end)).toBe("Tags Syria Free Syrian Army Idlib ");
  });

  it("findTagList(text) takes a trailing keyword block to the end", () => {
    const text = "Five were killed. Tags Daesh Syria Raqqa Community standardsDiscussion Comment via Sputnik News";
    expect(text.slice(findTagList(text)!.start)).toBe(
      "Tags Daesh Syria Raqqa Community standardsDiscussion Comment via Sputnik News",
    );
  });

  it("findTagList(text) leaves a list in place when no sentence start can be told apart from it", () => {
    expect(findTagList("Tags Syria Aleppo regime forces Syrian troops and gunmen repelled an offensive on Tuesday."))
      .toBeNull();
  });

  it("cleanText(raw) removes the keyword list and keeps the sentences around it", () => {
    const cleaned = cleanText("Clashes continue. Tags Syria Idlib The brigade announced on Monday that it had won.");
    expect(cleaned.text).toBe("Clashes continue. The brigade announced on Monday that it had won.");
    expect(cleaned.removed).toEqual([{ kind: "tags", text: "Tags Syria Idlib ", start: 18, end: 35 }]);
  });
});
