import type { Kysely } from 'kysely';

/**
 * One schema step. Frozen once landed: never edit a released migration, add a new one.
 * Migrations import kysely only, never app code, so they keep meaning what they meant.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}
