import { describe, expect, it } from "vitest";
import { dateAuditReport } from "../../lib/eval/date-audit.ts";

describe("dateAuditReport()", () => {
  it("dateAuditReport counts the hand verdicts of data/gold/fakes-date-audit.json by their first word", async () => {
    expect(await dateAuditReport()).toMatch(/14 drawn at random.*our date in 10, the crowd's in 1, neither in 3$/);
  });
});
