export { type DateExpression, findDateExpressions, formatDate, MONTH_NAMES, MONTH_NUMBERS } from "./expressions.ts";
export {
  datesInClause,
  documentDate,
  eventDate,
  narrativeYearOf,
  relationDate,
  resolvingDate,
  sentenceDates,
  statedDate,
} from "./event-date.ts";
export { datesBefore, type RelationSpan, relationTime } from "./relation-time.ts";
export { readDates, weekdayOfDate, type WrittenDate } from "./read-dates.ts";
export { type Period, readPeriod } from "./period.ts";
