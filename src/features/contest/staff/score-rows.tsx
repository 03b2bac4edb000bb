// The score sheet's lines: in a wide window a table (line, name, unit, theory and practical inputs, total, place,
// 更正 once published), on a phone one card per contestant with the same inputs. Contestants who did not check in
// (缺考, or not yet on the day) have no inputs; a published sheet shows its scores as text.
import { Button } from '@nutui/nutui-react-taro';
import { Input, Text, View } from '@tarojs/components';
import { TextField } from '@/components/form/fields';
import { useWideWindow } from '@/components/staff/wide-window';
import type { ResultRow, ResultsView } from '@/shared/contracts/contest';
import {
  placeText,
  scorable,
  SIDE_LABELS,
  SIDES,
  type DraftLine,
  type ScoreDraft,
  type SheetErrors,
  type Side,
  type Standing,
} from './score-sheet-form';
import '@/components/staff/admin.css';
import '@/components/staff/back-office.css';
import '@/components/data-table/data-table.css';
import '../contest.css';
import './scores.css';

export interface ScoreRowsProps {
  view: ResultsView;
  draft: ScoreDraft;
  errors: SheetErrors['byEntry'];
  standings: Map<string, Standing>;
  onType: (entryId: string, side: Side, text: string) => void;
  onCorrect: (row: ResultRow) => void;
}

const totalText = (standing: Standing | undefined) =>
  standing?.total === null || standing?.total === undefined ? '—' : `${standing.total}分`;

function placeClass(row: ResultRow, standing: Standing | undefined) {
  // A place may wrap at its dot (第2名 · 获奖) at the largest font rather than run into the next cell.
  if (standing?.awarded) return 'jx-tag jx-tag--success';
  if (row.absent) return 'jx-tag jx-tag--alert';
  return 'jx-tag';
}

function Place({ row, standing }: { row: ResultRow; standing: Standing | undefined }) {
  return <Text className={placeClass(row, standing)}>{placeText(row, standing)}</Text>;
}

/** One score in a table cell: an input while scores may be typed, else the stored score. */
function ScoreCell(props: ScoreRowsProps & { row: ResultRow; side: Side }) {
  const { row, side, view, draft, errors } = props;
  const label = `${row.name}${SIDE_LABELS[side]}成绩`;
  if (!scorable(row)) return <Text>—</Text>;
  if (view.published) return <Text>{row.result[side] ?? '—'}</Text>;
  const error = errors[row.entryId]?.[side];
  return (
    <View>
      <Input
        className={`jx-scores__input${error ? ' jx-scores__input--error' : ''}`}
        type="digit"
        value={(draft[row.entryId] as DraftLine | undefined)?.[side] ?? ''}
        placeholder="0～100"
        maxlength={5}
        aria-label={label}
        nativeProps={{ 'aria-label': label, 'aria-invalid': error ? 'true' : 'false' }}
        onInput={(event) => props.onType(row.entryId, side, event.detail.value)}
      />
      {error ? <Text className="jx-scores__error">{error}</Text> : null}
    </View>
  );
}

function CorrectButton({ row, onCorrect }: { row: ResultRow; onCorrect: (row: ResultRow) => void }) {
  return (
    <Button className="jx-button" fill="outline" onClick={() => onCorrect(row)}>
      {`更正${row.name}`}
    </Button>
  );
}

function ScoreTable(props: ScoreRowsProps) {
  const { view, standings } = props;
  // 更正 names its contestant on the button: room for a name at the largest font.
  const template = view.published
    ? '0.5fr 1fr 1.6fr 1fr 1fr 0.9fr 1.5fr 2fr'
    : '0.5fr 1fr 1.8fr 1.1fr 1.1fr 0.9fr 1.4fr';
  const columns = [
    '行',
    view.teams ? '队名' : '姓名',
    view.teams ? '队员' : '单位',
    '理论',
    '实操',
    '总分',
    '名次',
    ...(view.published ? ['更正'] : []),
  ];
  return (
    <View className="jx-table jx-table--wide jx-scores__table">
      <View className="jx-table__grid" role="table" aria-label="成绩表" aria-rowcount={view.rows.length + 1}>
        <View className="jx-table__row jx-table__row--head" role="row" style={{ gridTemplateColumns: template }}>
          {columns.map((title) => (
            <View key={title} className="jx-table__cell jx-table__cell--head" role="columnheader">
              <Text>{title}</Text>
            </View>
          ))}
        </View>
        {view.rows.map((row, index) => {
          const standing = standings.get(row.entryId);
          return (
            <View
              key={row.entryId}
              className={`jx-table__row${standing?.awarded ? ' jx-scores__row--awarded' : ''}`}
              role="row"
              aria-label={row.name}
              style={{ gridTemplateColumns: template }}
            >
              <View className="jx-table__cell" role="cell">
                <Text>{index + 1}</Text>
              </View>
              <View className="jx-table__cell" role="cell">
                <Text>{row.name}</Text>
              </View>
              <View className="jx-table__cell" role="cell">
                <Text>{row.orgName ?? '—'}</Text>
              </View>
              {SIDES.map((side) => (
                <View key={side} className="jx-table__cell" role="cell">
                  <ScoreCell {...props} row={row} side={side} />
                </View>
              ))}
              <View className="jx-table__cell" role="cell">
                <Text>{totalText(standing)}</Text>
              </View>
              <View className="jx-table__cell" role="cell">
                <Place row={row} standing={standing} />
              </View>
              {view.published ? (
                <View className="jx-table__cell" role="cell">
                  {scorable(row) ? <CorrectButton row={row} onCorrect={props.onCorrect} /> : <Text>—</Text>}
                </View>
              ) : null}
            </View>
          );
        })}
      </View>
    </View>
  );
}

function ScoreCard(props: ScoreRowsProps & { row: ResultRow; line: number }) {
  const { row, line, view, draft, errors, standings } = props;
  const standing = standings.get(row.entryId);
  const typed = draft[row.entryId];
  return (
    <View className="jx-card" aria-label={`第${line}行 ${row.name}`}>
      <View className="jx-contest-card__head">
        <Place row={row} standing={standing} />
        <Text className="jx-text-body">{`${line}. ${row.name}`}</Text>
      </View>
      <Text className="jx-text-secondary jx-block">
        {view.teams ? `队员：${row.orgName ?? ''}` : (row.orgName ?? '')}
      </Text>
      {scorable(row) && !view.published && typed
        ? SIDES.map((side) => (
            <TextField
              key={side}
              label={`${SIDE_LABELS[side]}成绩`}
              type="digit"
              value={typed[side]}
              onChange={(text) => props.onType(row.entryId, side, text)}
              error={errors[row.entryId]?.[side]}
              placeholder="0～100"
              maxLength={5}
            />
          ))
        : null}
      {scorable(row) && view.published ? (
        <Text className="jx-text-body jx-block">
          理论 {row.result.theory ?? '—'} · 实操 {row.result.practical ?? '—'}
        </Text>
      ) : null}
      <Text className="jx-text-body jx-block">总分：{totalText(standing)}</Text>
      {view.published && scorable(row) ? (
        <View className="jx-actions">
          <CorrectButton row={row} onCorrect={props.onCorrect} />
        </View>
      ) : null}
    </View>
  );
}

export function ScoreRows(props: ScoreRowsProps) {
  const wide = useWideWindow();
  if (wide) return <ScoreTable {...props} />;
  return (
    <View aria-label="成绩表">
      {props.view.rows.map((row, index) => (
        <ScoreCard key={row.entryId} {...props} row={row} line={index + 1} />
      ))}
    </View>
  );
}
