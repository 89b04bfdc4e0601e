/** One numbered migration; in its own file so the migrations and the list in index.ts don't import each other. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
