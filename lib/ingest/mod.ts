export {
  type Admission,
  ArticleAdmission,
  ingest,
  type IngestItem,
  prepareArticle,
  type PreparedDocument,
} from "./ingest.ts";
export { buildArticle } from "./article.ts";
export { type CsvColumns, type InputOptions, type RawDocument, readInput } from "./inputs.ts";
export { InputError } from "./input-error.ts";
export { cleanText } from "./clean.ts";
export { splitSentences } from "./sentences.ts";
export { findDateExpressions } from "../extract/dates/expressions.ts";
export { inferredDate, publicationDate } from "./publication-date.ts";
export { articleFromText } from "./article-from-text.ts";
