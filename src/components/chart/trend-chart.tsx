// A time series as a chart, the same everywhere (投票监督's vote trend now; the 十个一 dashboard next): a title, a
// text summary (its total and peak, for everyone and for screen readers), the chart drawn by F2 on a canvas that
// assistive technology skips, and every number in a plain list under it, readable without the canvas. Import it
// only from staff subpackages: F2 is large and must stay out of the main package.
import { Canvas, Text, View } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { readFontScale } from '@/platform/font-scale';
import { canvasTarget, onWindowResized } from './canvas-target';
import { drawSeries, type DrawnChart, type SeriesPoint } from './draw';
import './chart.css';

export type { SeriesPoint } from './draw';

export interface TrendChartProps {
  /** The canvas id, unique on the page. */
  id: string;
  title: string;
  kind: 'line' | 'bar';
  points: readonly SeriesPoint[];
  /** The unit of the values, said after each number: `票`. */
  unit: string;
  /** What the time axis counts, e.g. `北京时间（时）`; shown under the chart. */
  axisLabel: string;
  /** The series in one or two sentences: total and peak (`summarize` in the feature gives the figures). */
  summary: string;
  /** How many labels the time axis shows at most. */
  labelCount?: number;
  /** Entries a row in the data list on a phone: 2 for long labels (dates), else 3 (twice that in a wide window). */
  columns?: 2 | 3;
}

export function TrendChart(props: TrendChartProps) {
  const { id, title, kind, points, unit, axisLabel, summary, labelCount = 8, columns = 3 } = props;
  // A window that changes size (PC WeChat's, a rotated phone) changes the canvas's: drawn again at the new size.
  const [resized, setResized] = useState(0);
  useEffect(() => {
    return onWindowResized(() => setResized((n) => n + 1));
  }, []);
  // One chart for the canvas while it is shown, destroyed with it.
  const chart = useRef<DrawnChart | null>(null);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  // Drawn again whenever the series changes: the key is the data, not the array's identity.
  const key = points.map((point) => `${point.label}:${point.value}`).join('|');
  useEffect(() => {
    let cancelled = false;
    void canvasTarget(id).then((target) => {
      if (cancelled || !target) return;
      const spec = { kind, points, labelCount, fontScale: readFontScale() };
      if (chart.current) chart.current.update(target, spec);
      else chart.current = drawSeries(target, spec);
    });
    return () => {
      cancelled = true;
    };
    // `points` is read through `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id, kind, key, labelCount, resized]);

  return (
    <View className="jx-chart" aria-label={title}>
      <Text className="jx-text-body jx-chart__title jx-block">{title}</Text>
      <Text className="jx-text-secondary jx-block jx-chart__summary">{summary}</Text>
      <View className="jx-chart__canvas-box" aria-hidden>
        <Canvas type="2d" id={id} className="jx-chart__canvas" />
      </View>
      <Text className="jx-text-secondary jx-block jx-chart__axis">
        横轴：{axisLabel}；纵轴：{unit}数
      </Text>
      <View className={`jx-chart__list jx-chart__list--${columns}`} role="list" aria-label={`${title}：逐项数据`}>
        {points.map((point) => (
          <View key={point.label} className="jx-chart__item" role="listitem">
            <Text className="jx-text-secondary jx-chart__label">{point.label}</Text>
            <Text className="jx-text-body jx-chart__value">
              {point.value} {unit}
            </Text>
          </View>
        ))}
      </View>
    </View>
  );
}
