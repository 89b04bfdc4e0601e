import { useState } from 'react';
import { MAX_ROSTER_BYTES, rosterTooLarge } from '../../../shared/domain/file-limits';
import { useApp } from '../../app/app-store';
import { client } from '../../app/client-instance';
import { useT } from '../../i18n/i18n';
import { FilePicker } from '../common/file-picker';
import { fileToBase64 } from '../roster/file-to-base64';
import type { Ballot } from './ballots-store';
import { CandidatesPreview, type CandidatesPreviewData } from './candidates-preview';

interface Chosen {
  fileName: string;
  contentBase64: string;
  preview: CandidatesPreviewData;
}

/**
 * The list from xlsx/csv, read with the roster's header recognition on the engine side, shown
 * before anything is written; the operator imports it with Enter.
 */
export function CandidatesImport({ ballot }: { ballot: Ballot }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);

  const choose = async (file: File, input: HTMLInputElement) => {
    input.value = ''; // the same file can be chosen again after fixing it
    if (file.size > MAX_ROSTER_BYTES) return useApp.getState().fail(rosterTooLarge(file.name, file.size));
    setBusy(true);
    const content = { fileName: file.name, contentBase64: await fileToBase64(file) };
    const r = await client().call('ballots:previewCandidates', { id: ballot.id, ...content });
    setBusy(false);
    if (!r.ok) return useApp.getState().fail(r.error);
    setChosen({ ...content, preview: r.value });
  };

  const confirm = async () => {
    if (!chosen || busy) return;
    setBusy(true);
    const r = await client().call('ballots:importCandidates', {
      id: ballot.id,
      fileName: chosen.fileName,
      contentBase64: chosen.contentBase64,
    });
    setBusy(false);
    if (!r.ok) return useApp.getState().fail(r.error);
    setChosen(null);
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
      {chosen && (
        <CandidatesPreview
          preview={chosen.preview}
          current={ballot.candidates.length}
          busy={busy}
          onConfirm={() => void confirm()}
          onClose={() => setChosen(null)}
        />
      )}
    </div>
  );
}
