/** `export …`: every document of the app from the command line (the same command as the export panel). */
import { EXPORT_FORMATS, EXPORT_FORMATS_OF, EXPORT_KINDS, type ExportKind } from '../../shared/contract/export-schemas';
import { AppError } from '../../shared/contract/result';
import type { Engine } from '../engine/engine';
import { renderMessage } from '../../shared/i18n/messages';
import { type Out, type Parsed, choiceOption, cliLocale, errorLine, intOption, refusal, refusalText, sessionOption } from './args';

export const EXPORT_USAGE = `  npm run cli -- export <tệp> <tài-liệu> [--ballot <số>] [--session <số>] [--format …] [--out <thư-mục|tệp>] [--json]
        tài liệu / documents: ${EXPORT_KINDS.map((k) => `${k} (${EXPORT_FORMATS_OF[k].join('|')})`).join(', ')}
        [--per-page 1|2|4] (ballot_papers)  [--missing-only] (cards)
        [--overwrite]: ghi đè tài liệu cùng tên đã có (mặc định: từ chối, không ghi gì) / replace a document already there
`;

/** What the file holds beyond its name (a layout other than the one asked for), in the CLI's language; --json keeps the key. */
function noteText(note: { key: string; params: Record<string, string | number> } | undefined, values: Parsed['values']): string {
  return note ? `  — ${renderMessage(cliLocale(values), note)}` : '';
}

export async function exportCommand(engine: Engine, args: string[], values: Parsed['values'], out: Out): Promise<number> {
  const [file, what] = args;
  if (!file || !what) throw new Error(`Cách dùng:\n${EXPORT_USAGE}`);
  if (!(EXPORT_KINDS as readonly string[]).includes(what)) throw new Error(`Tài liệu không rõ: «${what}».\n\n${EXPORT_USAGE}`);
  const kind = what as ExportKind;
  const format = choiceOption(values, 'format', EXPORT_FORMATS) ?? EXPORT_FORMATS_OF[kind][0]!;
  const perPage = intOption(values, 'per-page', 1, 4);
  if (perPage !== undefined && ![1, 2, 4].includes(perPage)) throw new Error('--per-page chỉ nhận 1, 2 hoặc 4');
  const ballotId = intOption(values, 'ballot', 1, 1_000_000_000);
  engine.open(file);
  const request = {
    what: kind,
    format,
    ballotId,
    sessionId: sessionOption(values),
    out: values.out,
    perPage,
    missingOnly: values['missing-only'],
    // A script names the file it will print or send next: a silent "… (2)" would hand it the old one,
    // so the command line refuses instead, unless told to overwrite (docs/exports.md).
    ifExists: values.overwrite ? ('overwrite' as const) : ('refuse' as const),
  };
  let last = '';
  const stop = engine.on((name, payload) => {
    if (name !== 'exports:progress' || values.json) return;
    const { label } = payload as { label: string };
    if (label !== last) process.stderr.write(`… ${(last = label)}\n`);
  });
  try {
    const result = await engine.call('exports:run', request);
    if (values.json) out(JSON.stringify(result));
    else for (const f of result.files) out(`✓ ${f.path}  (${f.bytes} byte, sha256 ${f.sha256.slice(0, 12)}…)${noteText(f.note, values)}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === 'FILE_EXISTS' && !values.json) {
      out(
        `${errorLine(refusalText(error, values), values)}\n  Dòng lệnh: thêm --overwrite để ghi đè, hoặc --out <thư-mục khác>. / Add --overwrite to replace it, or --out another folder.`,
      );
      return 1;
    }
    return refusal(error, values, out);
  } finally {
    stop();
  }
}
