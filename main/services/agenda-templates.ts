import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { agendaTemplateSchema, type agendaTemplateSummarySchema } from '../../shared/contract/agenda-schemas';
import { AppError } from '../../shared/contract/result';
import { inputIssues } from '../../shared/i18n/zod-issues';
import blank from '../../resources/agenda-templates/blank.json';
import doan from '../../resources/agenda-templates/doan.json';
import mttqCommune from '../../resources/agenda-templates/mttq-commune.json';
import mttqProvince from '../../resources/agenda-templates/mttq-province.json';
import mttqResidential from '../../resources/agenda-templates/mttq-residential.json';
import partyCell from '../../resources/agenda-templates/party-cell.json';

export type AgendaTemplate = z.output<typeof agendaTemplateSchema>;
export type AgendaTemplateSummary = z.output<typeof agendaTemplateSummarySchema>;

/**
 * Templates are data: the JSON files in resources/agenda-templates ship with the app (bundled, so
 * a packaged app needs no resource path), and a copy the user adjusted and put in the workspace
 * folder's `agenda-templates/` appears beside them.
 */
const BUILTIN: readonly AgendaTemplate[] = [mttqCommune, mttqProvince, mttqResidential, partyCell, doan, blank].map((t) =>
  agendaTemplateSchema.parse(t),
);

export const WORKSPACE_TEMPLATE_DIR = 'agenda-templates';

/** Parses a template file's text; a bad file is refused with what is wrong and where. */
export function parseTemplateFile(text: string, fileName: string): AgendaTemplate {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw AppError.of('INVALID_INPUT', 'agenda.templateNotJson', { fileName, message: (error as Error).message });
  }
  const parsed = agendaTemplateSchema.safeParse(json);
  if (!parsed.success) {
    throw AppError.of('INVALID_INPUT', 'agenda.templateInvalid', { fileName }, { issues: inputIssues(parsed.error) });
  }
  return parsed.data;
}

/** Well-formed templates in the workspace folder; a broken file is skipped (the CLI names its errors). */
function workspaceTemplates(workspaceDir: string): AgendaTemplate[] {
  const dir = join(workspaceDir, WORKSPACE_TEMPLATE_DIR);
  if (!existsSync(dir)) return [];
  const out: AgendaTemplate[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    try {
      out.push(parseTemplateFile(readFileSync(join(dir, name), 'utf8'), name));
    } catch (error) {
      console.warn(`[agenda] ${(error as Error).message}`);
    }
  }
  return out;
}

function summary(t: AgendaTemplate, source: AgendaTemplateSummary['source']): AgendaTemplateSummary {
  return { id: t.id, title: t.title, titleEn: t.titleEn, description: t.description, stepCount: t.steps.length, source };
}

export function listTemplates(workspaceDir: string | null): AgendaTemplateSummary[] {
  const own = workspaceDir ? workspaceTemplates(workspaceDir) : [];
  const builtin = BUILTIN.filter((b) => !own.some((o) => o.id === b.id));
  return [...builtin.map((t) => summary(t, 'builtin')), ...own.map((t) => summary(t, 'workspace'))];
}

/** A workspace copy with the same id as a built-in template takes its place. */
export function findTemplate(id: string, workspaceDir: string | null): AgendaTemplate {
  const found = (workspaceDir ? workspaceTemplates(workspaceDir) : []).find((t) => t.id === id) ?? BUILTIN.find((t) => t.id === id);
  if (!found) {
    const known = listTemplates(workspaceDir)
      .map((t) => t.id)
      .join(', ');
    throw AppError.of('NOT_FOUND', 'agenda.unknownTemplate', { id, known });
  }
  return found;
}
