export * from "./article.ts";
export * from "./date.ts";
export * from "./group.ts";
export * from "./mention.ts";
export * from "./figure.ts";
export * from "./relation.ts";
export * from "./event.ts";
export * from "./alliance.ts";
