// For component tests: typing into Taro's form elements as its H5 components report it (a CustomEvent whose
// detail carries the value), since jsdom does not run the components' own inner inputs.
import { act, screen } from '@testing-library/react';

const FIELD_TAGS = ['taro-input-core', 'taro-textarea-core'];

export function fieldByLabel(label: string): HTMLElement {
  const field = screen.getAllByLabelText(label).find((element) => FIELD_TAGS.includes(element.tagName.toLowerCase()));
  if (!field) throw new Error(`no input labelled ${label}`);
  return field;
}

export function typeInto(label: string, value: string): void {
  const field = fieldByLabel(label);
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value, cursor: value.length } }));
  });
}

export function valueOf(label: string): string {
  const field = fieldByLabel(label) as HTMLElement & { value?: string };
  return field.value ?? field.getAttribute('value') ?? '';
}

/**
 * jsdom defines Taro's input elements without rendering their inner input, so each controlled value change logs
 * the element's failure to reach it. Those lines say nothing about the code under test.
 */
export function quietTaroInputs(): void {
  const original = console.error;
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    const first = args[0];
    const text = first instanceof Error ? (first.stack ?? first.message) : String(first);
    if (text.includes("reading 'value'") && text.includes('taro-')) return;
    original(...args);
  });
}

/** The frame of a component test: Taro's inputs kept quiet, and the real fetch back after each test's fake cloud. */
export function componentTestFrame(): void {
  const realFetch = global.fetch;
  beforeAll(quietTaroInputs);
  afterEach(() => {
    global.fetch = realFetch;
  });
}
