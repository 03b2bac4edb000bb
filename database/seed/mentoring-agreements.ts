// Demo agreements (fictional), written through the modules the mentoring function uses:
//   纺织 master (demo-mw-textile) and 朱红梅: an agreement in force since they paired (monthly checks, quarterly
//     reviews), three checks recorded, the fourth overdue — it shows to both and in the staff's cadence table.
//   起重 master (demo-mw-port): three pairs of last year, each ended by 出师考核 — 何振东 优秀, 吕晓峰 合格,
//     施红英 不合格 (she may start a new term or take another master).
import { addMonths, overdueDays } from '../../src/shared/mentoring/agreement';
import type { GraduationGrade } from '../../src/shared/mentoring/vocabulary';
import { addDays, beijingDay } from '../../src/shared/time/beijing';
import type { Db } from '../../server/kit/db';
import {
  apprenticeChecks,
  checkIdOf,
  pairs,
  type AgreementTerms,
  type CheckRecord,
  type PairRecord,
} from '../../server/mentoring/agreement-records';
import { cadenceState } from '../../server/mentoring/agreements';
import { graduatePair } from '../../server/mentoring/ending';
import { formPair } from '../../server/mentoring/pairing';
import type { MasterRecord } from '../../server/mentoring/records';
import { displayName, type UserRecord } from '../../server/people/users';

const DAY = 86_400_000;
const tWorker = (n: number) => `u-demo-t${String(n).padStart(2, '0')}`;
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

function termsFrom(since: Date, goals: Array<[string, number]>, master: MasterRecord): AgreementTerms {
  const start = beijingDay(since);
  return {
    version: 1,
    goals: goals.map(([text, months], i) => ({
      goalId: `demo-goal-${i + 1}`,
      text,
      targetDate: addMonths(start, months),
    })),
    term: { start, end: addDays(addMonths(start, 12), -1) },
    cadence: { checkEveryMonths: 1, reviewEveryMonths: 3 },
    proposedAt: since,
    proposedBy: master._id,
    confirmedAt: new Date(since.getTime() + DAY),
    content: {},
  };
}

async function agree(db: Db, pair: PairRecord, terms: AgreementTerms, checks: string[]) {
  const _ = db.command;
  for (const [i, date] of checks.entries()) {
    const check: CheckRecord = {
      _id: checkIdOf(pair._id, i + 1),
      apprenticeship: pair._id,
      n: i + 1,
      date,
      kind: (i + 1) % 3 === 0 ? 'review' : 'check',
      notes: ['完成基础操作训练，规范意识明显提高', '能独立处理常见故障，速度仍需提高', '季度评估：主要目标进度正常'][
        i % 3
      ]!,
      progress: terms.goals.map((goal, g) => ({
        goalId: goal.goalId,
        percent: Math.min(100, (i + 1) * (25 - g * 5)),
      })),
      content: {},
      by: pair.master,
      recordedAt: at(date),
    };
    await apprenticeChecks.of(db).add(check);
  }
  await pairs
    .of(db)
    .doc(pair._id)
    .update({
      agreed: _.set(terms),
      proposal: null,
      agreementVersion: 1,
      checkCount: checks.length,
      ...cadenceState(terms, checks.at(-1) ?? null),
    });
}

export async function seedAgreements(db: Db, masters: MasterRecord[], byId: Map<string, UserRecord>, now: Date) {
  // The textile pair: checks in the first three months, the fourth not yet recorded.
  const textile = masters.find((master) => master.trade === 'textile_operator')!;
  const { data } = (await pairs.of(db).where({ master: textile._id, state: 'active' }).get()) as {
    data: PairRecord[];
  };
  for (const pair of data) {
    const terms = termsFrom(
      pair.since,
      [
        ['熟练掌握细纱机换管与接头操作', 3],
        ['独立处理断头、飘花等常见故障', 6],
        ['达到挡车工高级工水平', 11],
      ],
      textile,
    );
    const checks = [1, 2, 3].map((m) => addMonths(terms.term.start, m)).filter((day) => day <= beijingDay(now));
    await agree(db, pair, terms, checks);
    if (overdueDays(addMonths(terms.term.start, checks.length + 1), now) === 0) {
      console.warn('demo mentoring: the textile pair has no overdue check (formed too recently)');
    }
  }

  // The port master's pairs of last year, each graduated after its year with a grade.
  const port = masters.find((master) => master.trade === 'crane_operator')!;
  const ended: Array<[number, GraduationGrade, string]> = [
    [16, 'excellent', '技能全面，多次在班组比武中获奖，准予出师'],
    [17, 'pass', '达到协议目标，准予出师，仍需加强夜班作业规范'],
    [18, 'fail', '主要目标未达成，建议续签一年或另择师傅'],
  ];
  for (const [i, [worker, grade, comment]] of ended.entries()) {
    const since = new Date(now.getTime() - (420 + i * 5) * DAY);
    const person = byId.get(tWorker(worker))!;
    const parties = {
      master: { id: port._id, name: port.name, trade: port.trade, orgPath: port.orgPath },
      apprentice: { id: person._id, name: displayName(person), orgPath: person.orgPath },
    };
    const formed = await formPair(db, parties, {
      source: 'assignment',
      field: 'apprenticeId',
      now: since,
    });
    const terms = termsFrom(
      since,
      [
        ['掌握门机、轮胎吊规范操作', 4],
        ['独立完成集装箱装卸作业', 10],
      ],
      port,
    );
    await agree(
      db,
      formed,
      terms,
      [3, 6, 9].map((m) => addMonths(terms.term.start, m)),
    );
    await graduatePair(
      db,
      { ...formed, state: 'active' },
      { grade, comment, content: {}, by: port._id, byName: port.name },
      at(addDays(terms.term.end, 1)),
    );
  }
}
