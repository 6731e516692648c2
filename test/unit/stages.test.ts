import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  adopt,
  advance,
  drop,
  moveTo,
  nextStage,
  parseStage,
  reopen,
  startProject,
  stateFromEvents,
  type PlannedEvent,
  type StageState,
  type Transition,
} from '../../src/domain/stages.js';
import { ALL_STAGES, STAGES, type ForwardStage, type Result, type Stage } from '../../src/domain/types.js';

const today = new Date(2024, 5, 15);
const at = (stage: Stage, lastDate = '2024-01-10', droppedFrom: ForwardStage | null = null): StageState => ({
  stage,
  stageDate: lastDate,
  lastDate,
  droppedFrom,
});
const adoption = { adopters: ['Pemkot Medan', ' Dinas Kominfo '], kind: 'replicated' as const, award: 'KIPP 2019 Top 99' };

function value(r: Result<Transition>): Transition {
  if (!r.ok) throw new Error(`expected ok, got ${r.problem.key}`);
  return r.value;
}

function key(r: Result<Transition>): string | undefined {
  return r.ok ? undefined : r.problem.key;
}

describe('parseStage', () => {
  it.each([
    ['idea', 'idea'], ['ide', 'idea'], ['Rancangan', 'design'], ['implementasi', 'implementation'],
    ['presentasi', 'presentation'], ['Seminar', 'presentation'], ['adopsi', 'adoption'], ['keberlanjutan', 'adoption'],
    ['batal', 'dropped'], ['BERHENTI', 'dropped'],
  ])('reads "%s" as %s', (input, stage) => {
    expect(parseStage(input)).toEqual({ ok: true, value: stage });
  });

  it('rejects an unknown stage and lists the known ones', () => {
    expect(parseStage('selesai')).toMatchObject({ ok: false, problem: { key: 'domain.stage.unknown', params: { value: 'selesai' } } });
  });
});

describe('startProject', () => {
  it('records a created event at the idea stage, dated today by default', () => {
    expect(value(startProject({}, today))).toEqual({
      state: at('idea', '2024-06-15'),
      events: [{ kind: 'created', from_stage: null, to_stage: 'idea', date: '2024-06-15', note: null }],
      adoption: null,
    });
  });

  it('refuses a start date in the future', () => {
    expect(key(startProject({ date: '2024-06-16' }, today))).toBe('domain.stage.date_future');
  });
});

describe('advance', () => {
  it('moves one stage forward with an advanced event', () => {
    const t = value(advance(at('idea'), { date: '2024-02-01', note: 'rancangan selesai' }, today));
    expect(t.events).toEqual([{ kind: 'advanced', from_stage: 'idea', to_stage: 'design', date: '2024-02-01', note: 'rancangan selesai' }]);
    expect(t.state).toEqual(at('design', '2024-02-01'));
  });

  it('refuses a date before the last event', () => {
    const r = advance(at('design', '2024-03-01'), { date: '2024-02-28' }, today);
    expect(r).toEqual({ ok: false, problem: { key: 'domain.stage.date_before_last', params: { date: '2024-02-28', last: '2024-03-01' } } });
  });

  it('accepts a date equal to the last event', () => {
    expect(advance(at('design', '2024-03-01'), { date: '2024-03-01' }, today).ok).toBe(true);
  });

  it('refuses a date in the future', () => {
    expect(key(advance(at('design'), { date: '2024-06-16' }, today))).toBe('domain.stage.date_future');
  });

  it('refuses an impossible date', () => {
    expect(key(advance(at('design'), { date: '2024-02-30' }, today))).toBe('domain.stage.date_invalid');
  });

  it('from presentation leads to adoption and records who adopted it and how', () => {
    const t = value(advance(at('presentation'), { date: '2024-05-01', adoption }, today));
    expect(t.events).toEqual([{ kind: 'adopted', from_stage: 'presentation', to_stage: 'adoption', date: '2024-05-01', note: null }]);
    expect(t.adoption).toEqual({ kind: 'replicated', adopters: ['Pemkot Medan', 'Dinas Kominfo'], award: 'KIPP 2019 Top 99', date: '2024-05-01' });
  });

  it('from presentation requires adopters and a kind', () => {
    expect(key(advance(at('presentation'), {}, today))).toBe('domain.stage.adoption_required');
    expect(key(advance(at('presentation'), { adoption: { adopters: [' '], kind: 'sustained' } }, today))).toBe('domain.stage.adoption_required');
    expect(key(advance(at('presentation'), { adoption: { adopters: ['Pemkot'], kind: null } }, today))).toBe('domain.stage.adoption_kind_required');
  });

  it('is invalid from adoption', () => {
    expect(key(advance(at('adoption'), {}, today))).toBe('domain.stage.advance_from_adoption');
  });

  it('is invalid on a dropped project', () => {
    expect(key(advance(at('dropped', '2024-01-10', 'design'), {}, today))).toBe('domain.stage.advance_dropped');
  });
});

describe('moveTo', () => {
  it('records one skipped event per stage jumped over, then advanced', () => {
    const t = value(moveTo(at('idea'), 'presentation', { date: '2024-04-01' }, today));
    expect(t.events.map((e) => [e.kind, e.from_stage, e.to_stage])).toEqual([
      ['skipped', 'idea', 'design'],
      ['skipped', 'design', 'implementation'],
      ['advanced', 'implementation', 'presentation'],
    ]);
    expect(t.state.stage).toBe('presentation');
  });

  it('moving forward to adoption needs the adoption record', () => {
    expect(key(moveTo(at('implementation'), 'adoption', {}, today))).toBe('domain.stage.adoption_required');
    const t = value(moveTo(at('implementation'), 'adoption', { adoption }, today));
    expect(t.events.map((e) => e.kind)).toEqual(['skipped', 'adopted']);
  });

  it('moves back only with a reason, kept as the note', () => {
    expect(key(moveTo(at('implementation'), 'design', {}, today))).toBe('domain.stage.reason_required');
    expect(key(moveTo(at('implementation'), 'design', { reason: '   ' }, today))).toBe('domain.stage.reason_required');
    const t = value(moveTo(at('implementation'), 'design', { reason: 'rancangan dikembalikan penguji', date: '2024-02-01' }, today));
    expect(t.events).toEqual([{ kind: 'moved_back', from_stage: 'implementation', to_stage: 'design', date: '2024-02-01', note: 'rancangan dikembalikan penguji' }]);
  });

  it('refuses the stage the project is already at', () => {
    expect(key(moveTo(at('design'), 'design', {}, today))).toBe('domain.stage.same_stage');
  });

  it('to dropped is a drop', () => {
    expect(value(moveTo(at('design'), 'dropped', { reason: 'mutasi' }, today)).events[0]!.kind).toBe('dropped');
  });

  it('on a dropped project reopens it to the stage it was dropped from', () => {
    const t = value(moveTo(at('dropped', '2024-01-10', 'implementation'), 'implementation', {}, today));
    expect(t.events[0]).toMatchObject({ kind: 'reopened', from_stage: 'dropped', to_stage: 'implementation' });
    expect(key(moveTo(at('dropped', '2024-01-10', 'implementation'), 'idea', {}, today))).toBe('domain.stage.reopen_other_stage');
  });
});

describe('adopt', () => {
  it('adds another adoption record to an adopted project without changing its stage date', () => {
    const state: StageState = { stage: 'adoption', stageDate: '2023-05-01', lastDate: '2023-09-01', droppedFrom: null };
    const t = value(adopt(state, { adoption, date: '2024-01-05' }, today));
    expect(t.events).toEqual([{ kind: 'adopted', from_stage: 'adoption', to_stage: 'adoption', date: '2024-01-05', note: null }]);
    expect(t.state).toEqual({ stage: 'adoption', stageDate: '2023-05-01', lastDate: '2024-01-05', droppedFrom: null });
    expect(t.adoption?.kind).toBe('replicated');
  });

  it('is refused before the presentation', () => {
    expect(adopt(at('implementation'), { adoption }, today)).toEqual({
      ok: false,
      problem: { key: 'domain.stage.adopt_before_presentation', params: { stage: 'implementation' } },
    });
  });
});

describe('drop and reopen', () => {
  it('drops from any stage with a reason, remembering where it was', () => {
    for (const stage of STAGES) {
      const t = value(drop(at(stage), { reason: 'peserta pindah tugas' }, today));
      expect(t.events).toEqual([{ kind: 'dropped', from_stage: stage, to_stage: 'dropped', date: '2024-06-15', note: 'peserta pindah tugas' }]);
      expect(t.state.droppedFrom).toBe(stage);
    }
  });

  it('needs a reason to drop', () => {
    expect(key(drop(at('design'), { reason: '' }, today))).toBe('domain.stage.drop_reason_required');
  });

  it('cannot drop a dropped project', () => {
    expect(key(drop(at('dropped', '2024-01-10', 'design'), { reason: 'x' }, today))).toBe('domain.stage.already_dropped');
  });

  it('reopens to the stage before dropping', () => {
    const t = value(reopen(at('dropped', '2024-01-10', 'design'), { date: '2024-02-01' }, today));
    expect(t.events).toEqual([{ kind: 'reopened', from_stage: 'dropped', to_stage: 'design', date: '2024-02-01', note: null }]);
    expect(t.state).toEqual(at('design', '2024-02-01'));
  });

  it('reopens only a dropped project', () => {
    expect(key(reopen(at('design'), {}, today))).toBe('domain.stage.reopen_not_dropped');
  });

  it('needs a target when the stage before dropping is unknown', () => {
    expect(key(reopen(at('dropped'), {}, today))).toBe('domain.stage.reopen_unknown');
    expect(value(reopen(at('dropped'), { to: 'idea' }, today)).state.stage).toBe('idea');
  });
});

describe('stateFromEvents', () => {
  it('returns null for a project without events', () => {
    expect(stateFromEvents([])).toBeNull();
  });

  it('rebuilds the stage, its date, the last date and the stage before dropping', () => {
    const events: PlannedEvent[] = [
      { kind: 'created', from_stage: null, to_stage: 'idea', date: '2024-01-01', note: null },
      { kind: 'advanced', from_stage: 'idea', to_stage: 'design', date: '2024-02-01', note: null },
      { kind: 'dropped', from_stage: 'design', to_stage: 'dropped', date: '2024-03-01', note: 'x' },
    ];
    expect(stateFromEvents(events)).toEqual({ stage: 'dropped', stageDate: '2024-03-01', lastDate: '2024-03-01', droppedFrom: 'design' });
  });
});

describe('stage machine properties', () => {
  type Command =
    | { op: 'advance'; days: number; withAdoption: boolean }
    | { op: 'move'; target: Stage; days: number; reason: boolean; withAdoption: boolean }
    | { op: 'adopt'; days: number }
    | { op: 'drop'; days: number; reason: boolean }
    | { op: 'reopen'; days: number };

  const days = fc.integer({ min: -40, max: 60 });
  const command: fc.Arbitrary<Command> = fc.oneof(
    fc.record({ op: fc.constant('advance' as const), days, withAdoption: fc.boolean() }),
    fc.record({ op: fc.constant('move' as const), target: fc.constantFrom(...ALL_STAGES), days, reason: fc.boolean(), withAdoption: fc.boolean() }),
    fc.record({ op: fc.constant('adopt' as const), days }),
    fc.record({ op: fc.constant('drop' as const), days, reason: fc.boolean() }),
    fc.record({ op: fc.constant('reopen' as const), days }),
  );

  const shift = (iso: string, n: number): string => {
    const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + n));
    return d.toISOString().slice(0, 10);
  };

  function run(state: StageState, c: Command): Result<Transition> {
    const date = shift(state.lastDate, c.days);
    switch (c.op) {
      case 'advance':
        return advance(state, { date, adoption: c.withAdoption ? adoption : null }, today);
      case 'move':
        return moveTo(state, c.target, { date, reason: c.reason ? 'alasan' : null, adoption: c.withAdoption ? adoption : null }, today);
      case 'adopt':
        return adopt(state, { date, adoption }, today);
      case 'drop':
        return drop(state, { date, reason: c.reason ? 'alasan' : null }, today);
      case 'reopen':
        return reopen(state, { date }, today);
    }
  }

  function legal(e: PlannedEvent): boolean {
    const from = e.from_stage;
    const idx = (s: Stage | null) => (s === null || s === 'dropped' ? -1 : STAGES.indexOf(s));
    switch (e.kind) {
      case 'created':
        return false;
      case 'advanced':
      case 'skipped':
        return from !== null && from !== 'dropped' && from !== 'adoption' && nextStage(from) === e.to_stage;
      case 'adopted':
        return e.to_stage === 'adoption' && (from === 'presentation' || from === 'adoption');
      case 'moved_back':
        return from !== 'dropped' && e.to_stage !== 'dropped' && idx(e.to_stage) < idx(from);
      case 'dropped':
        return from !== 'dropped' && e.to_stage === 'dropped';
      case 'reopened':
        return from === 'dropped' && e.to_stage !== 'dropped';
    }
  }

  it('never dates an event backwards or in the future, and only makes legal transitions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.array(command, { maxLength: 30 }), (startBack, commands) => {
        const start = value(startProject({ date: shift('2024-06-15', -startBack) }, today));
        let state = start.state;
        const history: PlannedEvent[] = [...start.events];
        for (const c of commands) {
          const r = run(state, c);
          if (!r.ok) {
            if (c.op === 'advance' && state.stage === 'adoption') expect(r.problem.key).toBe('domain.stage.advance_from_adoption');
            continue;
          }
          expect(c.op === 'advance' && state.stage === 'adoption').toBe(false);
          let previous = state.stage;
          for (const e of r.value.events) {
            expect(e.date >= state.lastDate).toBe(true);
            expect(e.date <= '2024-06-15').toBe(true);
            expect(e.from_stage).toBe(previous);
            expect(legal(e)).toBe(true);
            previous = e.to_stage;
          }
          expect(r.value.state.stage).toBe(previous);
          // Reaching adoption records who adopted it, except when reopening a project dropped after
          // adoption: its adoption records are still there.
          if (r.value.state.stage === 'adoption' && state.stage !== 'adoption' && state.stage !== 'dropped') expect(r.value.adoption).not.toBeNull();
          history.push(...r.value.events);
          state = r.value.state;
          expect(stateFromEvents(history)).toEqual(state);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('isBackward and mayHoldScore', () => {
  it('calls a move back only a step down the forward order', async () => {
    const { isBackward } = await import('../../src/domain/stages.js');
    expect(isBackward('presentation', 'design')).toBe(true);
    expect(isBackward('design', 'presentation')).toBe(false);
    expect(isBackward('design', 'design')).toBe(false);
    expect(isBackward('adoption', 'dropped')).toBe(false);
    expect(isBackward('dropped', 'idea')).toBe(false);
  });

  it('lets only a presented or adopted project hold a score', async () => {
    const { mayHoldScore } = await import('../../src/domain/stages.js');
    expect(['idea', 'design', 'implementation', 'presentation', 'adoption', 'dropped'].filter((s) => mayHoldScore(s as never))).toEqual(['presentation', 'adoption']);
  });
});
