export { type DateExpression, findDateExpressions, formatDate, MONTH_NAMES, MONTH_NUMBERS } from "./expressions.ts";
export { datesInClause, eventDate, type RelationDate, relationDate, statedDate } from "./event-date.ts";
export { readDates, weekdayOfDate, type WrittenDate } from "./read-dates.ts";
