// For component tests: typing into Taro's form elements as its H5 components report it (a CustomEvent whose
// detail carries the value), since jsdom does not run the components' own inner inputs.
import { act, fireEvent, screen } from '@testing-library/react';
import { resetClock, setClock } from '@/platform/clock';

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

/** Picks a day or time in a date or time field (the browser's own picker in H5, NativePicker). */
export function pickIn(label: string, value: string): void {
  const input = screen.getAllByLabelText(label).find((element) => element.tagName === 'INPUT');
  if (!input) throw new Error(`no picker labelled ${label}`);
  act(() => {
    fireEvent.change(input, { target: { value } });
  });
}

export function valueOf(label: string): string {
  const field = (screen.getAllByLabelText(label).find((element) => element.tagName === 'INPUT') ??
    fieldByLabel(label)) as HTMLElement & { value?: string };
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

/**
 * The instant component tests run at unless a test sets another: 周一 23 November 2026, 10:00 Beijing, inside the
 * fixtures' 公示 (src/cloud/testing/campaigns.ts). Pages read the app's clock, so no test depends on the real date.
 */
export const TEST_NOW = '2026-11-23T10:00:00+08:00';

/**
 * The frame of a component test: the app's clock stopped at `now`, Taro's inputs kept quiet, and the real fetch
 * back after each test's fake cloud.
 */
export function componentTestFrame(now: string = TEST_NOW): void {
  const realFetch = global.fetch;
  beforeAll(quietTaroInputs);
  beforeEach(() => setClock(now));
  afterEach(() => {
    global.fetch = realFetch;
    resetClock();
  });
}
