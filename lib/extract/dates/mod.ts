export { type DateExpression, findDateExpressions, formatDate, MONTH_NAMES, MONTH_NUMBERS } from "./expressions.ts";
export { type RelationDate, relationDate, statedDate } from "./event-date.ts";
