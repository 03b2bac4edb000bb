// Offset paging for list actions: the cursor is the offset of the next page, as a string the client hands back.
import { PAGE_SIZE } from '../../src/shared/contracts/paging';

/** Documents per page of a staff or public list. */
export const PAGE = PAGE_SIZE;

/** The offset a cursor stands for (a missing or malformed cursor is the first page). */
export const offsetOf = (cursor: string | undefined) => (cursor && /^\d{1,6}$/.test(cursor) ? Number(cursor) : 0);

/** The cursor of the page after one that started at `offset` and held `got` documents, or null at the end. */
export const nextCursor = (offset: number, got: number, size = PAGE) => (got === size ? String(offset + size) : null);
