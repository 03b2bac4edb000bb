// The built-WXSS check that staff text does not grow with PC WeChat's window, on samples: rpx font sizes in the
// back office's and table's rules are named; px (from upper-case PX) and rpx in phone-only rules pass.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkStaffTextSizes, cssRules, rpxTextInWideRules } from './staff-text-sizes';

const GOOD = `
.jx-text-body{font-size:calc(32rpx * var(--jx-scale))}
/* the back office */
.jx-wide .jx-text-body{font-size:calc(16px * var(--jx-scale))}
@media (min-width:768px){.jx-table__cell{padding:8px;font-size:calc(15px * var(--jx-scale))}}
.jx-wide .jx-button{--nutui-button-normal-font-size:calc(15px * var(--jx-scale))}
`;

const BAD = `
.jx-card{padding:32rpx}
.jx-wide .jx-text-title{font-weight:600;font-size:calc(36rpx * var(--jx-scale))}
@media (min-width:768px){.jx-table__cell{font-size:30rpx}}
.jx-wide .jx-button{--nutui-button-normal-font-size:calc(32rpx * var(--jx-scale))}
.jx-side-nav__item{padding:0 40rpx}
`;

describe('staff text sizes in the built WXSS', () => {
  it('reads rules inside media queries, without comments', () => {
    expect(cssRules(GOOD).map((rule) => rule.selector)).toEqual([
      '.jx-text-body',
      '.jx-wide .jx-text-body',
      '.jx-table__cell',
      '.jx-wide .jx-button',
    ]);
  });

  it('passes px in wide-window rules and rpx in phone rules', () => {
    expect(rpxTextInWideRules(GOOD)).toEqual([]);
  });

  it('names each wide-window rule that sizes text in rpx, variables included, and not rpx spacing', () => {
    expect(rpxTextInWideRules(BAD)).toEqual([
      '.jx-wide .jx-text-title { font-size: calc(36rpx * var(--jx-scale)) }',
      '.jx-table__cell { font-size: 30rpx }',
      '.jx-wide .jx-button { --nutui-button-normal-font-size: calc(32rpx * var(--jx-scale)) }',
    ]);
  });

  it('fails a build whose staff subpackage has a bad rule, or no wide-window rule at all', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'jx-wxss-'));
    try {
      mkdirSync(path.join(dir, 'admin', 'pages', 'index'), { recursive: true });
      writeFileSync(path.join(dir, 'admin', 'common.wxss'), GOOD);
      expect(checkStaffTextSizes(dir, ['admin'])).toEqual([]);
      writeFileSync(path.join(dir, 'admin', 'pages', 'index', 'index.wxss'), BAD);
      const problems = checkStaffTextSizes(dir, ['admin']);
      expect(problems).toHaveLength(3);
      expect(problems[0]).toContain(path.join('admin', 'pages', 'index', 'index.wxss'));
      writeFileSync(path.join(dir, 'admin', 'common.wxss'), '.jx-card{padding:32rpx}');
      rmSync(path.join(dir, 'admin', 'pages'), { recursive: true });
      expect(checkStaffTextSizes(dir, ['admin'])).toEqual([
        'no wide-window rules (.jx-wide, .jx-table…) in the staff subpackages admin',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
