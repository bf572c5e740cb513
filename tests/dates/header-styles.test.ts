import { describe, expect, it } from "vitest";
import { defaultReference } from "../../lib/reference/mod.ts";
import { outletConvention } from "../../lib/records/outlet.ts";
import { loadHeaderStyles, readHeaderStyle } from "../../lib/eval/header-styles.ts";

const styles = await loadHeaderStyles();
const knownOutlet = (name: string) => outletConvention(defaultReference().outlets, name) !== null;

describe("ingest(dir) reads the publication date of every header style in data/gold/header-styles.json", () => {
  for (const entry of styles) {
    it(
      `ingest(dir) reads the '${entry.style}' header (${entry.outlet}, ${entry.file})`,
      async () => {
        expect(await readHeaderStyle(entry, knownOutlet)).toEqual(entry.expected);
      },
    );
  }
});
