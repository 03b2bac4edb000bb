// Browser: each Taro page scrolls inside its own element (and earlier pages stay in the document, hidden), so the
// first match on the page shown is brought into view by the browser itself.
export function scrollToFirst(selector: string): void {
  const shown = Array.from(document.querySelectorAll(selector)).find((element) => {
    const page = element.closest('.taro_page');
    return !page || getComputedStyle(page).display !== 'none';
  });
  shown?.scrollIntoView({ block: 'center' });
}
