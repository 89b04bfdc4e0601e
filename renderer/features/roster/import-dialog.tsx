import { useState } from 'react';
import type { RosterField } from '../../../shared/domain/delegate';
import type { RosterPreviewData } from '../../../shared/contract/types';
import { MAX_ROSTER_BYTES, rosterTooLarge } from '../../../shared/domain/file-limits';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useErrorText, useT } from '../../i18n/i18n';
import { FilePicker } from '../common/file-picker';
import { useEscape } from '../common/use-escape';
import { fileToBase64 } from './file-to-base64';
import { ImportChanges } from './import-changes';
import { ImportErrors } from './import-errors';
import { ImportMapping } from './import-mapping';
import { type ImportMode, ImportModeChoice } from './import-mode';
import { ImportPreviewTable } from './import-preview-table';
import { useEnterConfirm } from '../common/use-enter-confirm';

interface Loaded {
  fileName: string;
  contentBase64: string;
  mapping: Record<string, RosterField | null>;
  preview: RosterPreviewData;
}

/**
 * Choose → preview and map → import all, or (explicitly) only the valid rows. Never half. In update
 * mode the preview is the changes (main/services/roster-update.ts), confirmed with Enter.
 */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const errorText = useErrorText();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const [mode, setMode] = useState<ImportMode>('add');

  const preview = async (fileName: string, contentBase64: string, mapping: Loaded['mapping'], as = mode) => {
    setBusy(true);
    setError(null);
    const r = await client().call('roster:preview', { fileName, contentBase64, mapping, mode: as });
    setBusy(false);
    if (!r.ok) {
      setLoaded(null);
      return setError(errorText(r.error));
    }
    setLoaded({ fileName, contentBase64, mapping, preview: r.value });
  };

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setOnlyValid(false);
    if (file.size > MAX_ROSTER_BYTES) {
      // refused before reading: a wrong 50 MB file must not freeze the operator's screen
      setLoaded(null);
      const tooLarge = rosterTooLarge(file.name, file.size);
      return setError(errorText(tooLarge));
    }
    await preview(file.name, await fileToBase64(file), {});
  };

  const remap = (index: number, field: RosterField | null) => {
    if (!loaded) return;
    void preview(loaded.fileName, loaded.contentBase64, { ...loaded.mapping, [index]: field });
  };

  const switchMode = (next: ImportMode) => {
    setMode(next);
    if (loaded) void preview(loaded.fileName, loaded.contentBase64, loaded.mapping, next);
  };

  const p = loaded?.preview;
  const changes = mode === 'update' ? p?.changes : undefined;
  const nothingChanges = changes !== undefined && changes.added.length + changes.updated.length === 0;
  const blocked = !p || p.validCount === 0 || (p.errorCount > 0 && !onlyValid) || nothingChanges;

  const confirm = async () => {
    if (!loaded || blocked || busy) return;
    setBusy(true);
    const { fileName, contentBase64, mapping } = loaded;
    const r = await client().call('roster:import', { fileName, contentBase64, mapping, onlyValid, mode });
    setBusy(false);
    if (!r.ok) return setError(errorText(r.error));
    const done = r.value.changes;
    useApp
      .getState()
      .info(
        done
          ? t('rosterUpdate.done', { added: done.added.length, updated: done.updated.length })
          : t('import.done', { count: r.value.imported }),
      );
    onClose();
  };

  useEscape(onClose);
  useEnterConfirm(() => void confirm(), !blocked && !busy);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-label={t('import.title')}>
      <div className="dialog wide import-dialog">
        <h2>{t('import.title')}</h2>
        <ImportModeChoice mode={mode} onChange={switchMode} />
        <FilePicker label={t('import.choose')} accept=".xlsx,.csv,.txt" testId="roster-file" onFile={(f) => void choose(f)} />
        {busy && <p className="hint">{t('import.reading')}</p>}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        {p && (
          <>
            <p className="import-summary" data-testid="import-summary">
              {t('import.summary', {
                file: p.fileName,
                sheet: p.sheetName ? ` (${p.sheetName})` : '',
                row: p.headerRow,
                valid: t('import.validRows', { count: p.validCount }),
                errors: t('import.errorRows', { count: p.errorCount }),
              })}
            </p>
            <ImportMapping columns={p.columns} onChange={remap} />
            <ImportErrors errors={p.errors} />
            {changes ? <ImportChanges changes={changes} /> : <ImportPreviewTable rows={p.rows} />}
            {changes && !p.columns.some((c) => c.field === 'code') && <p className="hint warn">{t('rosterUpdate.noCodeColumn')}</p>}
            {nothingChanges && <p className="hint">{t('rosterUpdate.nothingChanges')}</p>}
            {p.errorCount > 0 && p.validCount > 0 && (
              <label className="check">
                <input type="checkbox" checked={onlyValid} onChange={(e) => setOnlyValid(e.target.checked)} />
                {t('import.onlyValid', { count: p.validCount })}
              </label>
            )}
            {p.errorCount > 0 && !onlyValid && <p className="hint warn">{t('import.blocked')}</p>}
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" disabled={blocked || busy} onClick={() => void confirm()}>
            {mode === 'update' ? t('rosterUpdate.confirm') : t('import.confirm', { count: p?.validCount ?? 0 })}
          </button>
        </div>
      </div>
    </div>
  );
}
