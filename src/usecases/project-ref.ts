// How a command names a project, and the one place such a name is resolved to a project.
import { identifierKey } from '../domain/nip.js';
import { requireCohort } from '../db/cohorts.js';
import type { Db } from '../db/open.js';
import type { ProjectRecord } from '../db/projects.js';
import { findProjectById, findProjectOfEnrolment, findProjectsOfNip, lookupEnrolment } from '../db/projects.js';
import { NotFoundError, UsageError } from '../errors.js';

/** Its id, or a participant's NIP (within a cohort when they have projects in several: `NIP --cohort CODE`). */
export interface ProjectRef {
  target: string;
  cohort?: string | undefined;
}

/** The project named; NotFoundError when there is none, UsageError when an NIP needs its cohort. */
export function resolveProject(db: Db, ref: ProjectRef): ProjectRecord {
  const target = ref.target.trim();
  if (ref.cohort !== undefined) {
    const cohort = requireCohort(db, ref.cohort.trim());
    const nip = identifierKey(target);
    const { personId, enrolmentId } = lookupEnrolment(db, nip, cohort.id);
    if (personId === null) throw new NotFoundError('project.personNotFound', { nip });
    if (enrolmentId === null) throw new NotFoundError('project.notEnrolled', { nip, cohort: cohort.code });
    const project = findProjectOfEnrolment(db, enrolmentId);
    if (!project) throw new NotFoundError('project.noneForEnrolment', { nip, cohort: cohort.code });
    return project;
  }
  // Ids are short; an NIP has 18 digits (an NRP needs --cohort to be told from an id).
  if (/^\d{1,9}$/.test(target)) {
    const project = findProjectById(db, Number(target));
    if (!project) throw new NotFoundError('project.notFound', { id: target });
    return project;
  }
  const nip = identifierKey(target);
  const projects = findProjectsOfNip(db, nip);
  if (projects.length === 1) return projects[0]!;
  if (projects.length === 0) throw new NotFoundError('project.noneForNip', { nip });
  throw new UsageError('project.needsCohort', { nip, cohorts: projects.map((p) => p.cohort).join(', ') });
}
