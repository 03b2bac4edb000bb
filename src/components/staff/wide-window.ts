// Whether the page is in a wide window (PC WeChat, resized beyond a phone): staff pages then lay out as a back
// office (side navigation, real tables) instead of a phone's column of cards. Follows the window as it is resized.
import { useEffect, useState } from 'react';
import { onWindowWidthChange, readWindowWidth } from '@/platform/window-width';

/** From this width (CSS px) on, a window is wide: a tablet held sideways or PC WeChat, never a phone. */
export const WIDE_WINDOW_PX = 768;

export function useWideWindow(): boolean {
  const [width, setWidth] = useState(readWindowWidth);
  useEffect(() => {
    // The width may have changed between the first render and subscribing.
    setWidth(readWindowWidth());
    return onWindowWidthChange(setWidth);
  }, []);
  return width >= WIDE_WINDOW_PX;
}
