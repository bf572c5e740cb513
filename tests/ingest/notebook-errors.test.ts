import { describe, expect, it } from "vitest";
import { notebookErrors } from "../../lib/cli/notebooks.ts";

describe("notebookErrors(notebook)", () => {
  it("notebookErrors(notebook) names the cell of each error output", () => {
    const notebook = {
      cells: [
        { cell_type: "markdown", source: "# Title" },
        { cell_type: "code", source: ["const x = 1;\n", "x"], outputs: [{ output_type: "execute_result" }] },
        {
          cell_type: "code",
          source: "await boom()",
          outputs: [{ output_type: "error", ename: "ReferenceError", evalue: "boom is not defined" }],
        },
      ],
    };
    expect(notebookErrors(notebook)).toEqual(["cell 3 (await boom()): ReferenceError: boom is not defined"]);
  });

  it("notebookErrors(notebook) reports a show() cell whose output was lost", () => {
    expect(notebookErrors({ cells: [{ cell_type: "code", source: "await show(chart)", outputs: [] }] })).toEqual([
      "cell 1 (await show(chart)): shows nothing (its output was lost)",
    ]);
  });
});
