import { z } from "zod";
import { DatePrecision } from "../records/mod.ts";
import { ingest } from "../ingest/ingest.ts";
import { loadGold } from "./gold.ts";

/** What a header style must be read as: the publication date, its precision, and whether two readings stay open. */
const Expected = z.object({
  date: z.string().nullable(),
  precision: DatePrecision.nullable(),
  ambiguous: z.boolean(),
  alternative: z.array(z.string()).nullable(),
});

export const HeaderStyle = z.object({
  style: z.string(),
  outlet: z.string(),
  file: z.string(),
  text: z.string(),
  expected: Expected,
  /** Where the outlet's numeric-date convention decides: the locale it writes dates in. */
  outletLocale: z.string().optional(),
  why: z.string(),
});
export type HeaderStyle = z.infer<typeof HeaderStyle>;
export type HeaderReading = z.infer<typeof Expected>;

/** Reads data/gold/header-styles.json (real outlets' header conventions, invented text, written blind), validated. */
export async function loadHeaderStyles(): Promise<HeaderStyle[]> {
  const schema = z.object({ description: z.string(), styles: z.array(HeaderStyle) });
  return (await loadGold("header-styles.json", schema, "header-style set")).styles;
}

/**
 * Ingests one fixture entry the way a user's folder is ingested: its text written under its own file name (so front
 * matter and HTML heads take the real path) into a fresh one-file folder, nothing stated about it, except, where
 * the entry says the outlet's convention decides, a metadata.json naming the outlet (and, for an outlet that
 * data/outlets.json does not know, its day-month order, as an analyst would state it).
 */
export async function readHeaderStyle(entry: HeaderStyle, knownOutlet: (name: string) => boolean): Promise<
  HeaderReading | { error: string }
> {
  const dir = await Deno.makeTempDir({ prefix: "header-style-" });
  try {
    await Deno.writeTextFile(`${dir}/${entry.file}`, entry.text);
    if (entry.outletLocale) {
      const stated: Record<string, string> = { outlet: entry.outlet };
      if (!knownOutlet(entry.outlet)) stated.dateOrder = entry.outletLocale === "en-US" ? "MDY" : "DMY";
      await Deno.writeTextFile(`${dir}/metadata.json`, JSON.stringify({ [entry.file]: stated }));
    }
    for await (const item of ingest(dir)) {
      if (item.kind === "rejected") return { error: item.rejected.message };
      if (item.kind === "skipped") return { error: item.skipped.message };
      const published = item.article.published;
      return {
        date: published.date,
        precision: published.precision,
        ambiguous: published.ambiguous ?? false,
        alternative: published.alternative ?? null,
      };
    }
    return { error: "no article" };
  } catch (error) {
    return { error: (error as Error).message };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** Whether a reading is the expected one, field by field. */
export function readsRight(expected: HeaderReading, got: HeaderReading | { error: string }): boolean {
  return !("error" in got) && got.date === expected.date && got.precision === expected.precision &&
    got.ambiguous === expected.ambiguous && JSON.stringify(got.alternative) === JSON.stringify(expected.alternative);
}

/** The eval's section: how many fixture styles are read right, and which are not. */
export async function headerStylesReport(knownOutlet: (name: string) => boolean): Promise<string> {
  const styles = await loadHeaderStyles();
  const wrong: string[] = [];
  for (const entry of styles) {
    const got = await readHeaderStyle(entry, knownOutlet);
    if (!readsRight(entry.expected, got)) {
      wrong.push(`  ${entry.style}: expected ${JSON.stringify(entry.expected)}, got ${JSON.stringify(got)}`);
    }
  }
  return [
    `publication dates on the header-style fixture: ${styles.length - wrong.length} of ${styles.length} read right`,
    ...(wrong.length ? ["not read right:", ...wrong] : []),
  ].join("\n");
}
