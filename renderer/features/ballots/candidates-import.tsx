import { useState } from 'react';
import { MAX_ROSTER_BYTES, rosterTooLarge } from '../../../shared/domain/file-limits';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { FilePicker } from '../common/file-picker';
import { fileToBase64 } from '../roster/file-to-base64';
import type { Ballot } from './ballots-store';

/** The list from xlsx/csv, read with the roster's header recognition on the engine side. */
export function CandidatesImport({ ballot }: { ballot: Ballot }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const choose = async (file: File, input: HTMLInputElement) => {
    if (file.size > MAX_ROSTER_BYTES) {
      return useApp.getState().fail(rosterTooLarge(file.name, file.size));
    }
    setBusy(true);
    const r = await client().call('ballots:importCandidates', {
      id: ballot.id,
      fileName: file.name,
      contentBase64: await fileToBase64(file),
    });
    setBusy(false);
    input.value = ''; // the same file can be chosen again after fixing it
    if (!r.ok) return useApp.getState().fail(r.error);
    useApp.getState().info(t('cand.imported', { n: r.value.candidates.length }));
  };
  return (
    <div className="candidates-import">
      <FilePicker
        label={t('cand.import')}
        accept=".xlsx,.csv,.txt"
        disabled={busy}
        testId="candidates-file"
        onFile={(f, input) => void choose(f, input)}
      />
      {busy && <span className="hint">{t('import.reading')}</span>}
    </div>
  );
}
