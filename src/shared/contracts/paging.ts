// Paged list actions: the input carries the cursor the previous page answered with (absent for the first page).
import * as z from 'zod';

export const pageInput = { cursor: z.string().max(64).optional() };
