// Benchmarking sites (lokus): the governments and offices a cohort visits, and the innovations
// they are known for.
import type { Lokus } from '../domain/types.js';
import type { LokusCounts, LokusFields } from '../db/lokus.js';
import {
  countLokusRecords,
  deleteLokusWithVisits,
  insertLokus,
  listLokus,
  lokusCodeTaken,
  requireLokus,
  setInnovations,
  updateLokus,
} from '../db/lokus.js';
import type { Db } from '../db/open.js';
import { parseCode } from '../domain/text.js';
import type { VisitWithLokusName } from '../db/visits.js';
import { listVisits } from '../db/visits.js';
import { ConflictError, InvalidDataError, NotFoundError } from '../errors.js';
import { pick } from './cohorts.js';
import { text, valueOf } from './validate.js';

export interface LokusInput {
  name?: string | undefined;
  agency?: string | undefined;
  city?: string | undefined;
  province?: string | undefined;
  innovation?: string[] | undefined;
}

export interface LokusEditInput extends LokusInput {
  code?: string | undefined;
  addInnovation?: string[] | undefined;
  removeInnovation?: string[] | undefined;
}

export function addLokus(db: Db, code: string, input: LokusInput): Lokus {
  const fields: LokusFields = {
    code: valueOf(parseCode(code), 'CODE'),
    name: requiredName(input.name),
    agency: text(input.agency, 'agency') ?? null,
    city: text(input.city, 'city') ?? null,
    province: text(input.province, 'province') ?? null,
  };
  const innovations = innovationList(input.innovation ?? [], 'innovation');
  return db
    .transaction(() => {
      if (lokusCodeTaken(db, fields.code)) throw new ConflictError('lokus.exists', { code: fields.code });
      const id = insertLokus(db, fields);
      setInnovations(db, id, innovations);
      return requireLokus(db, fields.code);
    })
    .immediate();
}

export function editLokus(db: Db, ref: string, input: LokusEditInput): Lokus {
  const replacement = input.innovation !== undefined ? innovationList(input.innovation, 'innovation') : undefined;
  const added = innovationList(input.addInnovation ?? [], 'addInnovation');
  const removed = innovationList(input.removeInnovation ?? [], 'removeInnovation');
  return db
    .transaction(() => {
      const current = requireLokus(db, ref.trim());
      const next: LokusFields = {
        code: input.code !== undefined ? valueOf(parseCode(input.code), 'code') : current.code,
        name: input.name !== undefined ? requiredName(input.name) : current.name,
        agency: pick(text(input.agency, 'agency'), current.agency),
        city: pick(text(input.city, 'city'), current.city),
        province: pick(text(input.province, 'province'), current.province),
      };
      if (next.code.toLowerCase() !== current.code.toLowerCase() && lokusCodeTaken(db, next.code)) throw new ConflictError('lokus.exists', { code: next.code });
      updateLokus(db, current.id, next);
      let innovations = replacement ?? current.innovations;
      for (const name of removed) {
        if (!innovations.includes(name)) throw new NotFoundError('lokus.innovationNotFound', { field: 'removeInnovation', name, code: current.code });
        innovations = innovations.filter((i) => i !== name);
      }
      innovations = [...innovations, ...added.filter((name) => !innovations.includes(name))];
      setInnovations(db, current.id, innovations);
      return requireLokus(db, next.code);
    })
    .immediate();
}

export function listLokusFiltered(db: Db, filter: { city?: string | undefined; province?: string | undefined }): Lokus[] {
  return listLokus(db, { city: text(filter.city, 'city') ?? undefined, province: text(filter.province, 'province') ?? undefined });
}

export interface LokusDetail extends Lokus {
  visits: Omit<VisitWithLokusName, 'lokus' | 'lokus_name'>[];
  inspired_projects: number;
}

export function showLokus(db: Db, ref: string): LokusDetail {
  const lokus = requireLokus(db, ref.trim());
  const visits = listVisits(db, { lokusId: lokus.id }).map(({ lokus: _code, lokus_name: _name, ...visit }) => visit);
  return { ...lokus, visits, inspired_projects: countLokusRecords(db, lokus.id).inspired_projects };
}

/** Removes a lokus. One that has been visited needs `force`, and its visits go with it. */
export function removeLokus(db: Db, ref: string, force: boolean): { lokus: Lokus; counts: LokusCounts } {
  return db
    .transaction(() => {
      const lokus = requireLokus(db, ref.trim());
      const counts = countLokusRecords(db, lokus.id);
      if (counts.visits > 0 && !force) throw new ConflictError('lokus.hasVisits', { code: lokus.code, visits: counts.visits });
      deleteLokusWithVisits(db, lokus.id);
      return { lokus, counts };
    })
    .immediate();
}

function requiredName(input: string | undefined): string {
  const name = text(input, 'name');
  if (!name) throw new InvalidDataError('lokus.nameEmpty', { field: 'name' });
  return name.replace(/\s+/g, ' ');
}

/** Trimmed innovation names, each once, in the order given; an empty one is invalid. */
function innovationList(names: readonly string[], field: string): string[] {
  const list: string[] = [];
  for (const raw of names) {
    const name = text(raw, field)?.replace(/\s+/g, ' ') ?? '';
    if (name === '') throw new InvalidDataError('lokus.innovationEmpty', { field });
    if (!list.includes(name)) list.push(name);
  }
  return list;
}
