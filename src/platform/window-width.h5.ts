// The page's width in CSS px, and its changes, in a browser. The root element's client width is the layout
// viewport without a scrollbar (what the page really has); jsdom, with no layout, reports 0, which is a phone —
// component tests that want a wide window give the root element a width and send `resize`.
export function readWindowWidth(): number {
  return document.documentElement.clientWidth;
}

/** Calls `listener` with the new width whenever the window is resized; returns the unsubscribe. */
export function onWindowWidthChange(listener: (width: number) => void): () => void {
  const handler = () => listener(readWindowWidth());
  window.addEventListener('resize', handler);
  return () => window.removeEventListener('resize', handler);
}
