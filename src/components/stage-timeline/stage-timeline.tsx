// Where a selection campaign stands: every stage in order with the day it starts, those passed ticked and the
// current one said in words (colour only repeats it).
import { Text, View } from '@tarojs/components';
import { formatDay } from '@/components/format/format';
import type { Schedule } from '@/shared/selection/rules';
import { stageIndex, stageLabels, stages, type Stage } from '@/shared/selection/stages';
import './stage-timeline.css';

export function StageTimeline({ stage, schedule }: { stage: Stage; schedule: Schedule }) {
  const current = stageIndex(stage);
  return (
    <View className="jx-timeline" role="list" aria-label="评选进程">
      {stages
        .filter((step) => step !== 'draft')
        .map((step) => {
          const at = stageIndex(step);
          const state = at < current ? 'done' : at === current ? 'current' : 'next';
          const mark = state === 'done' ? '✓ ' : state === 'current' ? '▶ ' : '';
          const date = schedule[step as Exclude<Stage, 'draft'>];
          return (
            <View key={step} className={`jx-timeline__step jx-timeline__step--${state}`} role="listitem">
              <Text className="jx-text-body jx-timeline__name">
                {mark}
                {stageLabels[step]}
                {state === 'current' ? '（当前）' : ''}
              </Text>
              <Text className="jx-text-secondary jx-timeline__date">{formatDay(date)}起</Text>
            </View>
          );
        })}
    </View>
  );
}
