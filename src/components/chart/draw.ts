// The one place the app touches F2 (@antv/f2 5): a time series as a line or bars on a canvas. F2 has its own JSX
// runtime and the app's JSX is React's, so the chart is built with F2's element function, not with JSX. Only the
// chart component imports this, and only staff subpackages import the chart: F2 stays out of the main package
// (npm run check:weapp fails the build otherwise).
import { Axis, Canvas, Chart, Interval, Line, Point, jsx, type CanvasProps } from '@antv/f2';
import type { CanvasTarget } from './canvas-target-types';

export interface SeriesPoint {
  label: string;
  value: number;
}

export interface DrawSpec {
  kind: 'line' | 'bar';
  points: readonly SeriesPoint[];
  /** How many labels the time axis shows at most (the rest are in the data list). */
  labelCount: number;
  /** The user's WeChat font setting (1 = standard): the axis labels grow with it, as the page's text does. */
  fontScale?: number;
}

/** The brand red on white: 7.3:1, and the axis text the body grey. */
const BRAND = '#a00d25';
const TEXT = '#333333';
const GRID = '#e5e5e5';

/**
 * F2's element function, typed loosely: its components' generic props do not fit its own `ElementType`, and the
 * props here are checked by drawing them (the component test and the journey's screenshot).
 */
const el = jsx as unknown as (type: unknown, props: Record<string, unknown>, ...children: unknown[]) => unknown;

export interface DrawnChart {
  /** Draws another series, or the same at another size, on the same chart (a new chart on the canvas would not). */
  update(target: CanvasTarget, spec: DrawSpec): void;
  destroy(): void;
}

function chartOf(spec: DrawSpec): unknown {
  const data = spec.points.map((point) => ({ label: point.label, value: point.value }));
  const max = Math.max(0, ...data.map((row) => row.value));
  // 11 px at the standard setting; the canvas is outside CSS, so `--jx-scale` cannot reach it.
  const label = { fill: TEXT, fontSize: Math.round(11 * (spec.fontScale ?? 1)) };
  const shapes =
    spec.kind === 'bar'
      ? [el(Interval, { x: 'label', y: 'value', color: BRAND })]
      : [
          el(Line, { x: 'label', y: 'value', color: BRAND, style: { lineWidth: 2 } }),
          el(Point, { x: 'label', y: 'value', color: BRAND, size: 2 }),
        ];
  return el(
    Chart,
    {
      data,
      scale: {
        label: { type: 'cat', tickCount: Math.min(spec.labelCount, data.length) },
        // Whole votes: an empty series still draws a 0–4 axis instead of fractions.
        value: { min: 0, max: Math.max(4, max), nice: true, tickCount: 5 },
      },
    },
    el(Axis, { field: 'label', style: { label, line: { stroke: GRID } } }),
    el(Axis, {
      field: 'value',
      formatter: (value: number) => (Number.isInteger(value) ? String(value) : ''),
      style: { label, grid: { stroke: GRID } },
    }),
    ...shapes,
  );
}

function propsOf(target: CanvasTarget, spec: DrawSpec): CanvasProps {
  return {
    context: target.context,
    width: target.width,
    height: target.height,
    pixelRatio: target.pixelRatio,
    // A mini-program's canvas node and offscreen canvas stand in for the DOM's; F2 uses only what they share.
    ...(target.offscreenCanvas ? { offscreenCanvas: target.offscreenCanvas as CanvasProps['offscreenCanvas'] } : {}),
    ...(target.createImage ? { createImage: target.createImage as CanvasProps['createImage'] } : {}),
    animate: false,
    children: chartOf(spec),
  };
}

export function drawSeries(target: CanvasTarget, spec: DrawSpec): DrawnChart {
  const canvas = new Canvas(propsOf(target, spec));
  let size = { width: target.width, height: target.height };
  void canvas.render();
  return {
    update(next, nextSpec) {
      const resized = next.width !== size.width || next.height !== size.height;
      size = { width: next.width, height: next.height };
      const props = propsOf(next, nextSpec);
      void (resized ? canvas.resize(next.width, next.height) : Promise.resolve()).then(() => canvas.update(props));
    },
    destroy: () => canvas.destroy(),
  };
}
