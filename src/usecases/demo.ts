// Loads the bundled demo (data/demo/demo.json) through the same use cases the commands use, so the
// demo exercises the real rules: NIP checks, the stage machine, bands and predicates.
import { readFileSync } from 'node:fs';
import type { Db } from '../db/open.js';
import { addCohort } from './cohorts.js';
import { addLokus } from './lokus.js';
import { addMilestone, rateMilestoneById } from './milestones.js';
import { addParticipant } from './participants.js';
import { recordFollowup } from './followups.js';
import { changeStage } from './project-stages.js';
import { addProject, editProject } from './projects.js';
import { addVisit } from './visits.js';

interface DemoEvent {
  stage: string;
  date: string;
  score?: number;
  by?: string[];
  kind?: string;
  award?: string;
  reason?: string;
}

interface DemoProject {
  nip: string;
  title: string;
  innovation_name: string | null;
  inspired_by_lokus: string | null;
  coach?: string;
  mentor?: string;
  created: string;
  events: DemoEvent[];
  /** The unit's IKM before the project (SPEC §11). */
  ikm_before?: number;
}

interface DemoCohort {
  code: string;
  program: string;
  number: number;
  year: number;
  organizer: string;
  start_date: string;
  end_date: string;
  place: string;
  participants: Record<string, string>[];
  visits: { lokus: string; date: string; groups: string[]; companion: string }[];
  projects: DemoProject[];
  milestones: { nip: string; horizon: string; description: string; target_date: string; rating?: string; evidence?: string }[];
  /** Invented checks after the training (SPEC §11), recorded through `followup record`'s use case. */
  followups?: DemoFollowup[];
}

interface DemoFollowup {
  nip: string;
  months: number;
  date: string;
  status: string;
  reason?: string;
  note?: string;
  evidence?: string;
  ikm?: number;
}

export interface DemoData {
  report_cohort: string;
  lokus: { code: string; name: string; agency: string; city: string; province: string; innovations: string[] }[];
  cohorts: DemoCohort[];
}

const demoFile = new URL('../../data/demo/demo.json', import.meta.url);

export function readDemoData(): DemoData {
  return JSON.parse(readFileSync(demoFile, 'utf8')) as DemoData;
}

/** Loads every demo record; returns the code of the cohort whose report the demo shows. */
export function loadDemo(db: Db, data: DemoData, today: Date): string {
  for (const lokus of data.lokus) {
    addLokus(db, lokus.code, { name: lokus.name, agency: lokus.agency, city: lokus.city, province: lokus.province, innovation: lokus.innovations });
  }
  for (const cohort of data.cohorts) loadCohort(db, cohort, today);
  return data.report_cohort;
}

function loadCohort(db: Db, cohort: DemoCohort, today: Date): void {
  addCohort(db, cohort.code, {
    program: cohort.program,
    number: String(cohort.number),
    year: String(cohort.year),
    organizer: cohort.organizer,
    startDate: cohort.start_date,
    endDate: cohort.end_date,
    place: cohort.place,
  });
  for (const { nip, birth_date: birthDate, ...person } of cohort.participants) {
    addParticipant(db, today, nip!, { ...person, birthDate, cohort: cohort.code });
  }
  for (const visit of cohort.visits) {
    addVisit(db, today, { cohort: cohort.code, lokus: visit.lokus, date: visit.date, group: visit.groups, companion: visit.companion });
  }
  for (const project of cohort.projects) loadProject(db, cohort.code, project, today);
  for (const milestone of cohort.milestones) {
    const added = addMilestone(db, { target: milestone.nip, cohort: cohort.code }, {
      horizon: milestone.horizon,
      description: milestone.description,
      targetDate: milestone.target_date,
    });
    if (milestone.rating) rateMilestoneById(db, String(added.id), { rating: milestone.rating, evidence: milestone.evidence });
  }
  loadFollowups(db, cohort, today);
}

function loadFollowups(db: Db, cohort: DemoCohort, today: Date): void {
  for (const project of cohort.projects) {
    if (project.ikm_before !== undefined) editProject(db, { target: project.nip, cohort: cohort.code }, { ikmBefore: String(project.ikm_before) });
  }
  for (const { nip, months, ikm, ...check } of cohort.followups ?? []) {
    recordFollowup(db, { target: nip, cohort: cohort.code }, { ...check, months: String(months), ikm: ikm === undefined ? undefined : String(ikm) }, today);
  }
}

function loadProject(db: Db, cohort: string, project: DemoProject, today: Date): void {
  addProject(
    db,
    {
      nip: project.nip,
      cohort,
      title: project.title,
      innovationName: project.innovation_name ?? undefined,
      inspiredByLokus: project.inspired_by_lokus ?? undefined,
      coach: project.coach,
      mentor: project.mentor,
      date: project.created,
    },
    today,
  );
  const ref = { target: project.nip, cohort };
  for (const event of project.events) {
    if (event.stage === 'dropped') changeStage(db, ref, 'drop', { date: event.date, reason: event.reason }, today);
    else if (event.stage === 'adoption') changeStage(db, ref, 'adopt', { date: event.date, by: event.by, kind: event.kind, award: event.award }, today);
    else changeStage(db, ref, 'advance', { date: event.date, score: event.score === undefined ? undefined : String(event.score) }, today);
  }
}
