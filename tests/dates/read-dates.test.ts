import { describe, expect, it } from "vitest";
import { readDates, weekdayOfDate } from "../../lib/extract/dates/read-dates.ts";
import * as chrono from "chrono-node";

const read = (text: string) =>
  readDates(text).map(({ quote, date, precision, readings }) => ({ quote, date, precision, readings }));

describe("readDates(text)", () => {
  it("readDates(text) keeps both readings of a numeric date that reads two ways", () => {
    expect(read("Published: 03/04/2017")).toEqual([
      { quote: "03/04/2017", date: null, precision: "day", readings: ["2017-04-03", "2017-03-04"] },
    ]);
  });

  it("readDates(text) reads a numeric date whose day cannot be a month one way only", () => {
    expect(read("Posted 4/16/2018 9:15 AM")[0].date).toBe("2018-04-16");
    expect(read("Published: 24/03/17")[0].date).toBe("2017-03-24");
    expect(read("Damascus, SANA- 3/3/2017 Army units")[0].date).toBe("2017-03-03");
  });

  it("readDates(text) reads ISO stamps as written, not shifted to UTC", () => {
    expect(read("2018-02-21T01:10:00+03:00")[0].date).toBe("2018-02-21");
    expect(read("Date: 2017/03/03")[0].date).toBe("2017-03-03");
  });

  it("readDates(text) reads fused forms chrono does not know ('Jul 262016', '09Jun15')", () => {
    expect(read("Jul 262016")[0].date).toBe("2016-07-26");
    expect(read("09Jun15")[0].date).toBe("2015-06-09");
  });

  it("readDates(text) reads written-out forms with weekday and time through chrono-node", () => {
    const [date] = readDates("Wed Dec 14, 2016 | 2:31pm EST");
    expect(date).toMatchObject({ date: "2016-12-14", weekday: 3 });
    expect(read("Saturday, 5 Jumada Al-Akhirah 1438 AH - 04 March 2017")[0].date).toBe("2017-03-04");
    expect(read("8 March\u060c 2017")[0].date).toBe("2017-03-08");
  });

  it("readDates(text) reads a month or a season as no more precise than written", () => {
    expect(read("Policy Analysis | February 2017")[0]).toMatchObject({ date: "2017-02", precision: "month" });
    expect(read("WINTER 2017 ISSUE")[0]).toMatchObject({ date: "2017", precision: "year" });
  });

  it("readDates(text) gives a span's first and last day", () => {
    expect(readDates("Reporting period: 24 February – 9 March 2017")[0].range).toEqual({
      first: "2017-02-24",
      last: "2017-03-09",
    });
  });

  it("readDates(text) reads no relative or yearless date and no document numbers", () => {
    expect(read("Kurdistan24 | 3 hours ago")).toEqual([]);
    expect(read("MOSCOW, March 15. /TASS/.")).toEqual([]);
    expect(read("United Nations S/2017/187; Index Number: MDE 24/5601/2017")).toEqual([]);
  });

  it("weekdayOfDate(date) gives the weekday of a day (0 = Sunday)", () => {
    expect(weekdayOfDate("2017-07-06")).toBe(4);
  });
});

describe("readDates(text) runs chrono only where it can date a month", () => {
  // readDates skips chrono on a text with a year but no month name, no two digits joined by a mark or space and no
  // unit of time: chrono's strict parsers then give no date with a certain year and month (pinned here against
  // chrono upgrades), and readDates keeps only those.
  const certain = (text: string) =>
    chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1))).filter((result) =>
      result.start.isCertain("year") && result.start.isCertain("month")
    );
  it("readDates(text): chrono dates no month in texts with years, weekdays and times but none of those forms", () => {
    for (
      const text of [
        "Since 2011, at least 2000 people were killed.",
        "On Friday 2017 at 10:30 GMT the army said 2016 was worse than 2015.",
        "Rebels took the town in 2013 and lost it at 2014 elections; 2,015 fled on Monday.",
        "In 2016 12 civilians died, in 2017 30.",
      ]
    ) {
      expect(certain(text), text).toEqual([]);
    }
  });
  it("readDates(text) still reads the forms chrono dates: names, numbers joined by a mark, relative units", () => {
    expect(readDates("Published 5 March 2017 at 10:30").map((d) => d.date)).toEqual(["2017-03-05"]);
    expect(readDates("Posted on Wed Dec 14, 2016 | 2:31pm EST").map((d) => d.date)).toEqual(["2016-12-14"]);
    expect(readDates("Updated 2017/03/05").map((d) => d.date)).toEqual(["2017-03-05"]);
  });

  it("readDates(text) read again gives the same dates, and changing what it gave changes nothing later", () => {
    const text = "Between 24 February and 9 March 2017, and on 03/04/2017, shelling killed 12 people.";
    const first = readDates(text);
    expect(first.length).toBeGreaterThan(1);
    const copy = structuredClone(first);
    first[0].readings.push("1999-01-01");
    first[0].date = "changed";
    if (first[0].range) first[0].range.last = "changed";
    expect(readDates(text)).toEqual(copy);
  });
});
