// What several project verbs share: naming the project, picking one at a terminal, asking who
// adopted it, and telling what a stage change did.
import { splitAdopters } from '../../../domain/adoption.js';
import type { Stage } from '../../../domain/types.js';
import { ADOPTION_KINDS } from '../../../domain/types.js';
import { NotFoundError } from '../../../errors.js';
import { t } from '../../../i18n/index.js';
import type { ProjectRef } from '../../../usecases/project-ref.js';
import type { StageChange, StageInput } from '../../../usecases/project-stages.js';
import { knownPerson } from '../../../usecases/participants.js';
import { listProjectsFiltered } from '../../../usecases/projects.js';
import type { Invocation } from '../../invocation.js';
import type { Session } from '../../session.js';
import { displayId } from '../../views/participant.js';
import { kindLabel, projectPairs, scoreText, stageCell, stageLabel } from '../../views/project.js';
import type { Prompts, Wizard } from '../../wizard.js';
import { nonEmpty } from '../../wizard.js';

/** The options of every command addressing one project (`ID`, or `NIP --cohort CODE`). */
export interface AddressedOptions {
  cohort?: string;
}

export function refOf(invocation: Invocation<AddressedOptions>): ProjectRef {
  const [target] = invocation.args as [string];
  return { target, cohort: invocation.opts.cohort };
}

/** Pick a project still under way, by typing part of a name, NIP, title or id. */
export async function pickProject(p: Prompts, { db }: Session): Promise<string> {
  const open = listProjectsFiltered(db, {}).filter((pr) => pr.stage !== 'adoption' && pr.stage !== 'dropped');
  if (open.length === 0) throw new NotFoundError('cli.project.ask.noneOpen');
  return p.searchPrompt(
    t('cli.project.ask.project'),
    open.map((pr) => ({ value: String(pr.id), name: `${pr.id} · ${pr.name} · ${pr.nip} · ${pr.title} · ${stageLabel(pr.stage)}` })),
  );
}

export type AdoptionAnswers = Pick<StageInput, 'by' | 'kind' | 'award'>;

/** Who adopted the project (one per --by; typed at a prompt, separated by `;`) and how; an award when guided. */
export async function askAdoption(wizard: Wizard, given: AdoptionAnswers, guided = false): Promise<AdoptionAnswers> {
  let by = given.by;
  if (!by?.length) by = splitAdopters(await wizard.need(undefined, '--by', (p) => p.textPrompt(t('cli.project.ask.by'), nonEmpty)));
  const kind = await wizard.need(given.kind, '--kind', (p) =>
    p.selectPrompt(
      t('cli.project.ask.kind'),
      ADOPTION_KINDS.map((k) => ({ value: k, name: kindLabel(k)!, description: t(`cli.project.kindHelp.${k}`) })),
    ),
  );
  const award = guided ? await wizard.maybe(given.award, (p) => p.textPrompt(t('cli.project.ask.award'))) : given.award;
  return { by, kind, award };
}

/** The options of a stage change, as the one-line command gives them. */
export function changeFlags(opts: StageInput): Record<string, string | string[] | undefined> {
  return { '--date': opts.date, '--note': opts.note, '--score': opts.score, '--by': opts.by, '--kind': opts.kind, '--award': opts.award };
}

/** The project afterwards on stdout; on stderr what changed and what to do next. */
export function reportChange({ db, out }: Pick<Session, 'db' | 'out'>, change: StageChange): void {
  const { project } = change;
  if (out.json) return out.data(project);
  const owner = ownerOf(db, project.nip);
  out.record(projectPairs(out, project));
  const date = change.events.at(-1)?.date ?? project.stage_date;
  const skipped = change.events.filter((e) => e.kind === 'skipped').map((e) => stageCell(out, e.to_stage));
  if (change.from !== change.to) out.success(t('cli.project.moved', { id: project.id, ...owner, from: stageCell(out, change.from), to: stageCell(out, change.to), date }));
  if (skipped.length > 0) out.hint(t('cli.project.skipped', { stages: skipped.join(', ') }));
  if (change.score !== null) out.success(t('cli.project.scored', { score: scoreText(change.score, null), predicate: change.predicate }));
  if (change.adoption) {
    out.success(t('cli.project.adopted', { id: project.id, kind: kindLabel(change.adoption.kind), by: change.adoption.adopters.join(', ') }));
  }
  out.hint(t('cli.next', { command: nextCommand(project.id, project.stage) }));
}

/** The participant of a project as a confirmation names them: the name and the NIP (or NRP) as written. */
export function ownerOf(db: Session['db'], nip: string): { name: string; nip: string } {
  const person = knownPerson(db, nip);
  return person ? { name: person.name, nip: displayId(person) } : { name: '?', nip };
}

function nextCommand(id: number, stage: Stage): string {
  switch (stage) {
    case 'presentation':
      return `proper project adopt ${id} --by "…" --kind ${t('cli.project.kindChoices')}`;
    case 'adoption':
      return `proper project history ${id}`;
    case 'dropped':
      return `proper project reopen ${id}`;
    default:
      return `proper project advance ${id}`;
  }
}
