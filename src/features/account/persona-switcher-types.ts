export interface PersonaSwitcherProps {
  /** Called after the local identity changed: the page loads its data again as the new person. */
  onSwitched: () => void;
}
