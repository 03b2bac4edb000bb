// WeChat build: the identity is the platform's, so there is nothing to switch.
import type { PersonaSwitcherProps } from './persona-switcher-types';

export function PersonaSwitcher(_props: PersonaSwitcherProps) {
  return null;
}
