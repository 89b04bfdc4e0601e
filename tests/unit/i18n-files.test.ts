import { describe, expect, it } from 'vitest';
import { ROLE_NAMES, ROLES } from '../../shared/contract/roles';
import { STATE_LABELS } from '../../shared/domain/ballot-messages';
import { t } from '../../shared/i18n/translator';
import { fileLostError } from '../../main/engine/file-rescue';
import { fileLocked } from '../../main/db/open-files';
import { errorText } from '../helpers/error-text';

describe('storage/file/engine/export messages (shared/i18n/vi-files.ts)', () => {
  it('names every role and ballot state the way the domain labels do, in both languages', () => {
    for (const role of ROLES) {
      const vi = t('vi', 'work.notOwn', { role, device: 'B1', channel: 'x' });
      const en = t('en', 'work.notOwn', { role, device: 'B1', channel: 'x' });
      expect(vi.startsWith(`${ROLE_NAMES[role].vi} «B1»`), role).toBe(true);
      expect(en.startsWith(`${ROLE_NAMES[role].en} ("B1")`), role).toBe(true);
    }
    for (const [state, label] of Object.entries(STATE_LABELS)) {
      expect(t('vi', 'export.ballotNotCounted', { title: 'T', state })).toContain(`«T» ${label.vi}:`);
      expect(t('en', 'export.ballotNotCounted', { title: 'T', state })).toContain(`"T" is ${label.en}:`);
    }
  });

  it('counts per language and says "1 time" in English; identifiers stay as given', () => {
    expect(t('en', 'engine.gaveUp', { count: 1 })).toContain('stopped 1 time in a row');
    expect(t('en', 'engine.gaveUp', { count: 3 })).toContain('stopped 3 times in a row');
    expect(t('vi', 'file.walEvidenceNotKept', { path: 'p', count: 1500, detail: 'd' })).toContain('(1.500 giao dịch đã ghi sẽ mất)');
    expect(t('en', 'file.walEvidenceNotKept', { path: 'p', count: 1500, detail: 'd' })).toContain(
      '(1,500 committed transactions would be lost)',
    );
    expect(t('vi', 'file.fromNewerApp', { path: 'p', version: '1500', supported: '6' })).toContain('lược đồ 1500');
  });

  it('builds the lost-file error from the loss kind, with code, key and parameters', () => {
    const saved = fileLostError(
      { kind: 'replaced', path: 'a.congress', detectedAt: 'now', emergencyCopy: 'e.congress', emergencyError: null },
      true,
    );
    expect(saved).toMatchObject({
      code: 'FILE_LOST',
      key: 'file.lostSavedWithLast',
      params: { path: 'a.congress', kind: 'replaced', emergencyCopy: 'e.congress' },
    });
    expect(errorText(saved)).toBe(
      'Tệp đại hội «a.congress» đã bị thay bằng một tệp khác trong khi ứng dụng đang chạy. Ứng dụng đã ngừng ghi. Mọi thao tác đã xác nhận (kể cả thao tác vừa rồi) được lưu trong bản khẩn cấp «e.congress». Hãy mở bản đó để làm tiếp.',
    );
    const lost = fileLostError({
      kind: 'wal_removed',
      path: 'a.congress',
      detectedAt: 'now',
      emergencyCopy: null,
      emergencyError: 'EACCES',
    });
    expect(lost).toMatchObject({ code: 'FILE_LOST', key: 'file.lostNotSaved', params: { kind: 'wal_removed', emergencyError: 'EACCES' } });
    expect(errorText(lost, 'en')).toBe(
      'The congress file "a.congress" lost its write-ahead log (-wal) while the app was running. The app has stopped writing. The emergency copy could not be written (EACCES). Open the latest backup.',
    );
  });

  it('says under which name a locked file is open only when the name differs', () => {
    expect(fileLocked('a.congress', 'A.congress')).toMatchObject({
      code: 'FILE_LOCKED',
      key: 'file.lockedAs',
      params: { heldAs: 'A.congress' },
      details: { heldAs: 'A.congress' },
    });
    expect(fileLocked('a.congress', 'a.congress')).toMatchObject({
      code: 'FILE_LOCKED',
      key: 'file.locked',
      details: { heldAs: 'a.congress' },
    });
  });
});
