import type { Figure } from "../../records/mod.ts";

/** An ACLED-style closing line that states a note's death toll again: "Fatalities: 30." */
const FATALITIES_LINE = /^fatalities\s*:\s*[\d,]+\.?$/i;

/**
 * The figures without a "Fatalities: N" line that repeats the killed figures told before it in the same article (N is
 * the floor of one of them, or the sum of their floors): one toll, not two ("killing more than 30 fighters.
 * Fatalities: 30."). A line whose N no earlier figure accounts for is a toll of its own and stays.
 */
export function withoutRestatements(figures: Figure[]): Figure[] {
  return figures.filter((figure, i) => {
    if (figure.kind !== "killed" || !FATALITIES_LINE.test(figure.quote)) return true;
    const before = figures.slice(0, i).filter((f) => f.kind === "killed" && f.scope === "event" && f.low !== null);
    if (before.length === 0) return true;
    const sum = before.reduce((n, f) => n + (f.low ?? 0), 0);
    return !(before.some((f) => f.low === figure.low) || sum === figure.low);
  });
}
