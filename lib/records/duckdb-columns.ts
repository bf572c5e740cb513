import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
};

/**
 * DuckDB column types for a record schema, read off the zod schema (the single source of types): the same columns
 * for every corpus and every shard, so Parquet files combine by globs, and an empty file still has its columns.
 */
export function duckdbColumns(schema: z.ZodType): Record<string, string> {
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "output" }) as JsonSchema;
  return Object.fromEntries(Object.entries(json.properties ?? {}).map(([name, field]) => [name, duckdbType(field)]));
}

/** The DuckDB type of one JSON-schema node; what has no single SQL type is kept as JSON. */
export function duckdbType(node: JsonSchema): string {
  if (node.anyOf) {
    const types = node.anyOf.filter((option) => option.type !== "null");
    return types.length === 1 ? duckdbType(types[0]) : "JSON";
  }
  const types = (Array.isArray(node.type) ? node.type : [node.type]).filter((type) => type !== "null");
  if (types.length !== 1) return "JSON";
  switch (types[0]) {
    case "string":
      return "VARCHAR";
    case "integer":
      return "BIGINT";
    case "number":
      return "DOUBLE";
    case "boolean":
      return "BOOLEAN";
    case "array":
      return node.items ? `${duckdbType(node.items)}[]` : "JSON";
    case "object":
      return node.properties && Object.keys(node.properties).length > 0
        ? `STRUCT(${
          Object.entries(node.properties).map(([name, field]) => `${quoteIdentifier(name)} ${duckdbType(field)}`).join(
            ", ",
          )
        })`
        : "JSON";
    default:
      return "JSON";
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A DuckDB struct literal of column types, as read_json's `columns` argument takes it. */
export function columnsLiteral(columns: Record<string, string>): string {
  return `{${Object.entries(columns).map(([name, type]) => `${quoteString(name)}: ${quoteString(type)}`).join(", ")}}`;
}
