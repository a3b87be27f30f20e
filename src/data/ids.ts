/** Ids for stored records, in a module of their own so that every data module can use them without importing the database. */

/** A new stable id for a record. */
export function newId(): string {
  return crypto.randomUUID();
}
