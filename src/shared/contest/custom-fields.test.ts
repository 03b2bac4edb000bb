import {
  answersSchemaFor,
  answerText,
  customFieldSchema,
  customFieldsSchema,
  type CustomField,
} from './custom-fields';

const field = (change: Partial<CustomField>): CustomField => ({
  key: 'f',
  label: '字段',
  type: 'text',
  required: true,
  options: [],
  ...change,
});

describe("an organiser's registration fields", () => {
  const fields: CustomField[] = [
    field({ key: 'shirt', label: '服装尺码', type: 'single', options: ['M', 'L'] }),
    field({ key: 'skills', label: '擅长项目', type: 'multi', required: false, options: ['车', '铣', '磨'] }),
    field({ key: 'years', label: '工龄', type: 'number', required: false }),
    field({ key: 'since', label: '入职日期', type: 'date', required: false }),
    field({ key: 'cert', label: '证书照片', type: 'photo', required: false }),
    field({ key: 'note', label: '备注', type: 'text', required: false }),
  ];
  const schema = answersSchemaFor(fields);
  const firstPath = (answers: object) => schema.safeParse(answers).error?.issues[0]?.path.join('.');

  it('accepts answers of the right type and leaves optional ones out', () => {
    expect(schema.parse({ shirt: 'L', skills: ['车', '磨'], years: 12, since: '2014-03-01', note: ' 无 ' })).toEqual({
      shirt: 'L',
      skills: ['车', '磨'],
      years: 12,
      since: '2014-03-01',
      note: '无',
    });
  });

  it('refuses each wrong type, a missing required answer and an unknown key, naming the field', () => {
    expect(firstPath({})).toBe('shirt');
    expect(firstPath({ shirt: 'XL' })).toBe('shirt');
    expect(firstPath({ shirt: 'L', skills: ['钳'] })).toBe('skills.0');
    expect(firstPath({ shirt: 'L', skills: ['车', '车'] })).toBe('skills');
    expect(firstPath({ shirt: 'L', years: '12' })).toBe('years');
    expect(firstPath({ shirt: 'L', since: '2014/03/01' })).toBe('since');
    expect(firstPath({ shirt: 'L', cert: 'https://evil.example/x.png' })).toBe('cert');
    expect(schema.safeParse({ shirt: 'L', extra: 1 }).error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(schema.safeParse({ shirt: 'L', note: 'x'.repeat(201) }).success).toBe(false);
  });

  it('asks a required text field to be filled and a required multiple choice to have a pick', () => {
    const required = answersSchemaFor([
      field({ key: 'a', label: '单位' }),
      field({ key: 'b', label: '项目', type: 'multi', options: ['x', 'y'] }),
    ]);
    expect(required.safeParse({ a: '  ', b: ['x'] }).error?.issues[0]?.message).toBe('请填写单位');
    expect(required.safeParse({ a: '某厂', b: [] }).error?.issues[0]?.message).toBe('请选择项目');
  });

  it('refuses definitions that cannot be answered', () => {
    expect(customFieldSchema.safeParse(field({ type: 'single', options: ['只有一个'] })).success).toBe(false);
    expect(customFieldSchema.safeParse(field({ type: 'text', options: ['多余'] })).success).toBe(false);
    expect(customFieldSchema.safeParse(field({ type: 'multi', options: ['a', 'a'] })).success).toBe(false);
    expect(customFieldSchema.safeParse(field({ key: 'Bad Key' })).success).toBe(false);
    const twice = customFieldsSchema.safeParse([field({ key: 'a' }), field({ key: 'a', label: '别的' })]);
    expect(twice.error?.issues[0]?.path).toEqual([1, 'key']);
  });

  it('shows answers as text for lists and exports', () => {
    expect(answerText(fields[1]!, ['车', '铣'])).toBe('车、铣');
    expect(answerText(fields[4]!, 'cloud://x')).toBe('（照片）');
    expect(answerText(fields[2]!, undefined)).toBe('');
  });
});
