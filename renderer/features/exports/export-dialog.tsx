import { useEffect, useState } from 'react';
import { EXPORT_FORMATS_OF, EXPORT_KINDS, type ExportFormat, type ExportKind } from '../../../shared/contract/export-schemas';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useErrorText, useT } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/vi';
import { useEscape } from '../common/use-escape';
import { DocumentSettingsForm } from './document-settings-form';
import { ExportConflict } from './export-conflict';
import { useExports } from './exports-store';
import { printable, printExported } from './print-export';

const NEEDS_BALLOT = new Set<ExportKind>(['minutes', 'entry_log', 'ballot_papers']);
const NEEDS_SESSION = new Set<ExportKind>(['credentials', 'attendance']);

/** Tệp ▸ Xuất tài liệu: pick a document, its ballot or session and format, and watch it being made. */
export function ExportDialog() {
  const t = useT();
  const noteText = useErrorText();
  const { open, settings, running, progress, files, kind, preset, hide, run } = useExports();
  const congress = useApp((s) => s.congress);
  const [what, setWhat] = useState<ExportKind>('minutes');
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [ballots, setBallots] = useState<{ id: number; title: string }[]>([]);
  const [ballotId, setBallotId] = useState<number | null>(null);
  /** 0: every ballot in one workbook. */
  const [tallyBallot, setTallyBallot] = useState(0);
  const [sessionId, setSessionId] = useState<number | null>(null);
  const [perPage, setPerPage] = useState<1 | 2 | 4>(1);
  const [missingOnly, setMissingOnly] = useState(false);
  const [out, setOut] = useState('');

  useEffect(() => {
    if (!open) return;
    void client()
      .call('ballots:list', {})
      .then((r) => {
        if (!r.ok) return;
        setBallots(r.value);
        setBallotId((id) => id ?? r.value[r.value.length - 1]?.id ?? null);
      });
  }, [open]);
  // Each opening that names a document starts on it (set while rendering: no effect, no extra frame).
  const [presetSeen, setPresetSeen] = useState(preset);
  if (preset !== presetSeen) {
    setPresetSeen(preset);
    if (preset) setWhat(preset.what);
  }
  useEscape(hide, open);
  if (!open) return null;

  const formats = EXPORT_FORMATS_OF[what];
  const chosenFormat = formats.includes(format) ? format : formats[0]!;
  const needsBallot = NEEDS_BALLOT.has(what);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    void run({
      what,
      format: chosenFormat,
      ...(needsBallot && ballotId !== null ? { ballotId } : {}),
      ...(what === 'tally' && tallyBallot > 0 ? { ballotId: tallyBallot } : {}),
      ...(NEEDS_SESSION.has(what) && sessionId !== null ? { sessionId } : {}),
      ...(what === 'ballot_papers' ? { perPage } : {}),
      ...(what === 'cards' ? { missingOnly } : {}),
      ...(out.trim() ? { out: out.trim() } : {}),
    });
  };
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('exports.title')}>
      <div className="dialog wide export-dialog">
        <h2>{t('exports.title')}</h2>
        <p className="hint">{t('exports.intro')}</p>
        <form className="export-form" onSubmit={submit}>
          <label className="field">
            {t('exports.what')}
            <select autoFocus value={what} onChange={(e) => setWhat(e.target.value as ExportKind)} disabled={running}>
              {EXPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`exports.kind.${k}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('exports.format')}
            <select value={chosenFormat} onChange={(e) => setFormat(e.target.value as ExportFormat)} disabled={running}>
              {formats.map((f) => (
                <option key={f} value={f}>
                  {f === 'folder' ? 'thư mục / folder' : `.${f}`}
                </option>
              ))}
            </select>
          </label>
          {(needsBallot || what === 'tally') && (
            <label className="field">
              {t('exports.ballot')}
              {ballots.length === 0 ? (
                <span className="warn">{t('exports.noBallot')}</span>
              ) : (
                <select
                  value={needsBallot ? (ballotId ?? '') : tallyBallot}
                  onChange={(e) => (needsBallot ? setBallotId : setTallyBallot)(Number(e.target.value))}
                  disabled={running}
                >
                  {!needsBallot && <option value={0}>{t('exports.allBallots')}</option>}
                  {ballots.map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.id}. {b.title}
                    </option>
                  ))}
                </select>
              )}
            </label>
          )}
          {NEEDS_SESSION.has(what) && (
            <label className="field">
              {t('exports.session')}
              <select
                value={sessionId ?? ''}
                onChange={(e) => setSessionId(e.target.value ? Number(e.target.value) : null)}
                disabled={running}
              >
                <option value="">{t('exports.currentSession')}</option>
                {congress?.sessions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          {what === 'ballot_papers' && (
            <label className="field">
              {t('exports.perPage')}
              <select value={perPage} onChange={(e) => setPerPage(Number(e.target.value) as 1 | 2 | 4)} disabled={running}>
                {[1, 2, 4].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </label>
          )}
          {what === 'cards' && (
            <label className="checkbox">
              <input type="checkbox" checked={missingOnly} onChange={(e) => setMissingOnly(e.target.checked)} disabled={running} />{' '}
              {t('exports.missingOnly')}
            </label>
          )}
          <label className="field export-out">
            {t('exports.out')}
            <input value={out} onChange={(e) => setOut(e.target.value)} placeholder={t('exports.outHint')} disabled={running} />
          </label>
          <div className="dialog-actions">
            {running && progress && (
              <div
                className="export-progress"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-label={t('exports.running')}
              >
                <div className="export-progress-bar" style={{ width: `${percent}%` }} />
                <span>{progress.label || t('exports.running')}</span>
              </div>
            )}
            <button type="button" className="ghost" onClick={hide} disabled={running}>
              {t('common.close')}
            </button>
            <button type="submit" className="primary" disabled={running || (needsBallot && ballots.length === 0)}>
              {running ? t('exports.running') : t('exports.run')}
            </button>
          </div>
        </form>
        <ExportConflict />
        {files.length > 0 && (
          <div className="export-result" role="status">
            <p>{t('exports.done', { count: files.length })}</p>
            <ul>
              {files.slice(0, 30).map((f) => (
                <li key={f.path}>
                  <code>{f.path}</code>
                  {printable(kind, f) && (
                    <button
                      type="button"
                      className="print-button"
                      onClick={() => printExported(f, t('exports.printBlocked'))}
                      title={t('exports.printTitle', { file: f.path })}
                      data-testid="export-print"
                    >
                      {t('exports.print')}
                    </button>
                  )}
                  {/* What the file holds beyond its name, e.g. fewer papers per page than asked: the operator prints from it. */}
                  {f.note && (
                    <span className="hint" data-testid="export-note">
                      {' '}
                      — {noteText(f.note)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        <details className="export-settings-box">
          <summary>{t('exports.settings')}</summary>
          {settings && <DocumentSettingsForm key={JSON.stringify(settings)} settings={settings} />}
        </details>
      </div>
    </div>
  );
}
