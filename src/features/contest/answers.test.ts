import type { CustomField } from '@/shared/contest/custom-fields';
import { answerErrors, answersOf } from './answers';

const fields: CustomField[] = [
  { key: 'shirt', label: '服装尺码', type: 'single', required: true, options: ['M', 'L'] },
  { key: 'years', label: '工龄', type: 'number', required: true, options: [] },
  { key: 'note', label: '备注', type: 'text', required: false, options: [] },
  { key: 'unit', label: '班组', type: 'text', required: true, options: [] },
  { key: 'tools', label: '自带工具', type: 'multi', required: false, options: ['卡尺', '扳手'] },
];

test('sends numbers as numbers and leaves empty optional answers out', () => {
  expect(answersOf(fields, { shirt: 'L', years: ' 12 ', note: '', unit: '数控班', tools: [] })).toEqual({
    shirt: 'L',
    years: 12,
    unit: '数控班',
  });
});

test('names each field in the shared schema’s words', () => {
  expect(answerErrors(fields, {})).toEqual({ shirt: '请选择服装尺码', years: '请填写工龄', unit: '请填写班组' });
  expect(answerErrors(fields, { shirt: 'XL', years: '十年', unit: '数控班' })).toEqual({
    shirt: '请选择服装尺码',
    years: '工龄须是数字',
  });
  expect(answerErrors(fields, { shirt: 'M', years: '3', unit: '数控班', tools: ['卡尺'] })).toEqual({});
});
