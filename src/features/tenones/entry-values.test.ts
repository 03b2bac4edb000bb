import { blankEntry, entryProblems } from './entry-values';

const now = new Date('2026-12-01T10:00:00+08:00');
const filled = { ...blankEntry(4, '2026-12-01'), title: '刀具快换夹具' };

test('a filled entry has no problems', () => {
  expect(entryProblems(filled, 0, now)).toEqual({});
});

test('the form names each field in the contract’s words and the year rule’s', () => {
  expect(entryProblems({ ...filled, item: null }, 0, now).item).toBe('请选择要记录的项目');
  expect(entryProblems({ ...filled, title: 'x' }, 0, now).title).toBe('请填写内容（2到60个字）');
  expect(entryProblems({ ...filled, date: '2026-12-02' }, 0, now).date).toBe('日期不能晚于今天');
  expect(entryProblems({ ...filled, date: '2024-12-02' }, 0, now).date).toContain('已经结束登记');
  expect(entryProblems(filled, 10, now).photos).toBe('最多9张照片');
  expect(entryProblems({ ...filled, detail: '长'.repeat(501) }, 0, now).detail).toBe('说明最多500个字');
});
