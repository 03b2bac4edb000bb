// The app root: Taro mounts every page inside it.
import { redirectTo, usePageNotFound } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { PAGES, withQuery } from './shared/routes';
import './app.css';
// Shared by pages in the main package and in subpackages: loaded once with the theme, in one order everywhere.
import './components/form/fields.css';
import './components/dialog/dialog.css';
import { syncClock } from './platform/clock-source';

// Before the first page asks what day it is, where the platform has a clock to follow.
void syncClock();

export default function App({ children }: PropsWithChildren) {
  // A link to a page that does not exist (an old code, a mistyped share) lands on the app's own page with the way
  // home, not on the platform's blank one. The redirect is synchronous: the platform ignores a later one.
  usePageNotFound(({ path }) => {
    void redirectTo({ url: withQuery(PAGES.main.notFound, { path }) });
  });
  return children;
}
