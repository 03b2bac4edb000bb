// Registration fields an organiser adds to a contest (text, single or multiple choice, number, date, photo;
// required or not). They are data: the server validates each answer against the stored definition with the schema
// `answersSchemaFor` builds, the same one the registration form checks with, so an answer of the wrong type is
// refused naming its field (`answers.<key>`) wherever it comes from.
import * as z from 'zod';

export const customFieldTypes = ['text', 'single', 'multi', 'number', 'date', 'photo'] as const;
export type CustomFieldType = (typeof customFieldTypes)[number];
export const customFieldTypeLabels: Record<CustomFieldType, string> = {
  text: '文字',
  single: '单选',
  multi: '多选',
  number: '数字',
  date: '日期',
  photo: '照片',
};

const optionSchema = z.string().trim().min(1, { error: '选项不能为空' }).max(20, { error: '选项最多20个字' });

export const customFieldSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9]{0,15}$/, { error: '字段标识须是小写字母和数字' }),
    label: z.string().trim().min(2, { error: '字段名称2到20个字' }).max(20, { error: '字段名称2到20个字' }),
    type: z.enum(customFieldTypes, { error: '请选择字段类型' }),
    required: z.boolean(),
    /** The choices of a single or multiple choice field (2–12, distinct); empty for the other types. */
    options: z.array(optionSchema).max(12, { error: '最多12个选项' }),
  })
  .strict()
  .superRefine((field, ctx) => {
    const choice = field.type === 'single' || field.type === 'multi';
    if (choice && field.options.length < 2)
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选择题至少2个选项' });
    if (!choice && field.options.length > 0)
      ctx.addIssue({ code: 'custom', path: ['options'], message: '只有选择题有选项' });
    if (new Set(field.options).size !== field.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: '选项不能重复' });
    }
  });
export type CustomField = z.infer<typeof customFieldSchema>;

export const customFieldsSchema = z
  .array(customFieldSchema)
  .max(10, { error: '最多10个报名字段' })
  .superRefine((fields, ctx) => {
    const keys = new Set<string>();
    const labels = new Set<string>();
    fields.forEach((field, index) => {
      if (keys.has(field.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: '字段标识重复' });
      if (labels.has(field.label)) ctx.addIssue({ code: 'custom', path: [index, 'label'], message: '字段名称重复' });
      keys.add(field.key);
      labels.add(field.label);
    });
  });

/** A stored photo is a cloud file id; the server also checks it is in the registrant's own folder. */
const photoAnswer = z
  .string()
  .trim()
  .regex(/^cloud:\/\/\S{1,300}$/, { error: '请上传照片' });

function answerSchemaOf(field: CustomField): z.ZodType {
  const name = field.label;
  switch (field.type) {
    case 'text': {
      const text = z
        .string({ error: `${name}须是文字` })
        .trim()
        .max(200, { error: `${name}最多200个字` });
      return field.required ? text.min(1, { error: `请填写${name}` }) : text;
    }
    case 'single':
      return z.enum(field.options as [string, ...string[]], { error: `请选择${name}` });
    case 'multi': {
      const picks = z
        .array(z.enum(field.options as [string, ...string[]], { error: `${name}的选项无效` }), {
          error: `请选择${name}`,
        })
        .refine((list) => new Set(list).size === list.length, { error: `${name}的选项重复` });
      return field.required ? picks.refine((list) => list.length > 0, { error: `请选择${name}` }) : picks;
    }
    case 'number':
      return z
        .number({ error: `${name}须是数字` })
        .finite({ error: `${name}须是数字` })
        .min(-1e9)
        .max(1e9);
    case 'date':
      return z.iso.date({ error: `请选择${name}` });
    case 'photo':
      return photoAnswer;
  }
}

/** The schema of a registrant's answers to `fields`: required ones must be there, unknown keys are refused. */
export function answersSchemaFor(fields: readonly CustomField[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const answer = answerSchemaOf(field);
    shape[field.key] = field.required ? answer : answer.optional();
  }
  return z.object(shape).strict();
}

/** An answer as a list or an export shows it. */
export function answerText(field: CustomField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (field.type === 'photo') return '（照片）';
  if (Array.isArray(value)) return value.join('、');
  return String(value);
}
