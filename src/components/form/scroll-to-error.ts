// After a refused save, the first field with an error is scrolled into view: on a long form the user otherwise
// taps and sees nothing happen. The scroll waits for the render that marks the fields (an effect runs after it).
import { useCallback, useEffect, useState } from 'react';
import { scrollToFirst } from '@/platform/scroll-to';

/** A function that asks for the scroll; call it where the errors are set. */
export function useScrollToFirstError(): () => void {
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked > 0) scrollToFirst('.jx-field--error');
  }, [asked]);
  return useCallback(() => setAsked((n) => n + 1), []);
}
