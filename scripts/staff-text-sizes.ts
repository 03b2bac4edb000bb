// Staff text must not grow with PC WeChat's window: with `resizable: true`, rpx is a share of the window's width,
// so a font size in rpx in the back office or its tables would double when the window does. Reads built WXSS and
// names every rule for the wide window (the back office, the side navigation, the staff table) that sizes its text
// in rpx — those rules are written in CSS px, in files pxtransform is told to leave alone.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Selectors of the rules a wide window uses: the back-office frame, its navigation, the staff table. */
export const WIDE_WINDOW_SELECTORS = /\.jx-(wide|side-nav|table|check)(?![a-z0-9])/;

export interface CssRule {
  selector: string;
  body: string;
}

/** The innermost rules of a stylesheet (inside @media too), comments removed. */
export function cssRules(css: string): CssRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: CssRule[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      stack.push(i);
    } else if (char === '}') {
      const open = stack.pop();
      if (open === undefined) continue;
      const body = text.slice(open + 1, i);
      if (!body.includes('{')) {
        const before = text.slice(0, open);
        const selector = before.slice(
          Math.max(before.lastIndexOf('}'), before.lastIndexOf('{'), before.lastIndexOf(';')) + 1,
        );
        rules.push({ selector: selector.trim(), body });
      }
    }
  }
  return rules;
}

const RPX_FONT_SIZE = /(^|;|\s)(font-size|--[\w-]*font-size)\s*:\s*([^;]*\d(?:\.\d+)?rpx[^;]*)/i;

/** Each wide-window rule of `css` that sizes text in rpx, as `selector { font-size: … }`. */
export function rpxTextInWideRules(css: string): string[] {
  const found: string[] = [];
  for (const rule of cssRules(css)) {
    if (!WIDE_WINDOW_SELECTORS.test(rule.selector)) continue;
    const match = RPX_FONT_SIZE.exec(rule.body);
    if (match) found.push(`${rule.selector} { ${match[2]}: ${match[3]!.trim()} }`);
  }
  return found;
}

/** How many wide-window rules `css` holds (a check that finds none has checked nothing). */
export function wideRuleCount(css: string): number {
  return cssRules(css).filter((rule) => WIDE_WINDOW_SELECTORS.test(rule.selector)).length;
}

/**
 * Checks every WXSS file of the staff subpackages (`roots`, e.g. `admin`) in a weapp build: problems for each
 * wide-window rule with an rpx font size, and one if no wide-window rule is there at all.
 */
export function checkStaffTextSizes(dir: string, roots: readonly string[]): string[] {
  const problems: string[] = [];
  let rules = 0;
  for (const root of roots) {
    const base = path.join(dir, root);
    const files = readdirSync(base, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.wxss'))
      .map((entry) => path.join(entry.parentPath, entry.name));
    for (const file of files) {
      const css = readFileSync(file, 'utf8');
      rules += wideRuleCount(css);
      for (const rule of rpxTextInWideRules(css)) {
        problems.push(`${path.relative(dir, file)}: staff text in rpx grows with PC WeChat's window: ${rule}`);
      }
    }
  }
  if (rules === 0)
    problems.push(`no wide-window rules (.jx-wide, .jx-table…) in the staff subpackages ${roots.join(', ')}`);
  return problems;
}
