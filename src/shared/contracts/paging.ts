// Paged list actions: the input carries the cursor the previous page answered with (absent for the first page).
import * as z from 'zod';

/** How many rows a page (or a search) answers with: the functions' one page size. */
export const PAGE_SIZE = 20;

export const pageInput = { cursor: z.string().max(64).optional() };
