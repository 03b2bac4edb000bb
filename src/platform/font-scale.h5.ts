// In a browser the user's zoom already scales rem-based text, so the page keeps the standard factor.
export function readFontScale(): number {
  return 1;
}
