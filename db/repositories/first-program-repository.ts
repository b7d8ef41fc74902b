import { eq } from 'drizzle-orm';
import {
  firstProgramSteps,
  type FirstProgramState,
  type FirstProgramStep,
  type ParsedInput,
} from '../../shared/contract/index.ts';
import { nowIso, type WorkbookDb } from '../open.ts';
import { firstProgram } from '../schema/index.ts';

type Row = typeof firstProgram.$inferSelect;

const notStarted: FirstProgramState = {
  step: 'candidates',
  completed: [],
  partnerId: null,
  firstCallMeetingId: null,
  kickoffMeetingId: null,
  campaignActivityId: null,
  reviewMeetingId: null,
  decisionId: null,
  legalReview: null,
  updatedAt: null,
};

const isStep = (value: unknown): value is FirstProgramStep =>
  typeof value === 'string' && (firstProgramSteps as readonly string[]).includes(value);

function parseSteps(text: string): FirstProgramStep[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? firstProgramSteps.filter((s) => value.includes(s)) : [];
  } catch {
    return [];
  }
}

function toState(row: Row): FirstProgramState {
  return {
    step: isStep(row.step) ? row.step : 'candidates',
    completed: parseSteps(row.completed),
    partnerId: row.partnerId,
    firstCallMeetingId: row.firstCallMeetingId,
    kickoffMeetingId: row.kickoffMeetingId,
    campaignActivityId: row.campaignActivityId,
    reviewMeetingId: row.reviewMeetingId,
    decisionId: row.decisionId,
    legalReview:
      row.legalReview === 'needed' || row.legalReview === 'not_needed' ? row.legalReview : null,
    updatedAt: row.updatedAt,
  };
}

/** The links to the records the guided start made, which a step done again updates. */
export type FirstProgramLinks = Partial<
  Pick<
    FirstProgramState,
    | 'firstCallMeetingId'
    | 'kickoffMeetingId'
    | 'reviewMeetingId'
    | 'campaignActivityId'
    | 'decisionId'
  >
>;

/** The guided start's single row: read as "not started" until first saved. */
export function createFirstProgramRepository(db: WorkbookDb) {
  const read = () => db.select().from(firstProgram).where(eq(firstProgram.id, 1)).get();
  const get = (): FirstProgramState => {
    const row = read();
    return row ? toState(row) : { ...notStarted };
  };
  const save = (fields: ParsedInput<'firstProgram.save'>): FirstProgramState => {
    const now = nowIso();
    const values = { ...fields, completed: JSON.stringify(fields.completed), updatedAt: now };
    db.insert(firstProgram)
      .values({ id: 1, ...values, createdAt: now })
      .onConflictDoUpdate({ target: firstProgram.id, set: values })
      .run();
    const row = read();
    if (!row) throw new Error('The guided start was not saved.');
    return toState(row);
  };
  return {
    get,
    save,
    /** Remembers the records a step made, keeping the step and the steps done. */
    link(links: FirstProgramLinks): FirstProgramState {
      const { updatedAt: _updatedAt, ...current } = get();
      return save({ ...current, ...links });
    },
  };
}
export type FirstProgramRepository = ReturnType<typeof createFirstProgramRepository>;
