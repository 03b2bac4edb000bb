// The app root: Taro mounts every page inside it.
import type { PropsWithChildren } from 'react';
import './app.css';
// Shared by pages in the main package and in subpackages: loaded once with the theme, in one order everywhere.
import './components/form/fields.css';
import './components/dialog/dialog.css';
import { syncClock } from './platform/clock-source';

// Before the first page asks what day it is, where the platform has a clock to follow.
void syncClock();

export default function App({ children }: PropsWithChildren) {
  return children;
}
