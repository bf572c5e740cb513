import { describe, expect, it } from "vitest";
import { htmlToText } from "../../lib/ingest/html.ts";

describe("htmlToText(html)", () => {
  it("htmlToText(html) drops scripts and navigation and keeps one line a block", () => {
    const page =
      `<html><head><title>Clashes in Idlib</title><meta property="article:published_time" content="2017-01-26T10:00:00Z">
      <script>alert(1)</script></head><body><nav>Home | Donate</nav><h1>Clashes in Idlib</h1>
      <p>Five people were killed.</p><p>The Observatory said so.</p></body></html>`;
    const { text, title, published } = htmlToText(page);
    expect(title).toBe("Clashes in Idlib");
    expect(published).toEqual({ value: "2017-01-26T10:00:00Z", where: '<meta property="article:published_time">' });
    expect(text).toBe("Clashes in Idlib\n\nFive people were killed.\n\nThe Observatory said so.");
  });
});
