import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';
import { correctedRoster, firstRoster } from '../engine/roster-update-files';

/** `delegates import … --update`: the corrected roster by code, previewed with --dry-run. */
let dir: string;
useCliSandbox('cli-roster-update-', (d) => (dir = d));

async function saved(name: string, file: Promise<{ contentBase64: string }>): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from((await file).contentBase64, 'base64'));
  return path;
}

interface Printed {
  imported: number;
  errors: { key: string; message: string }[];
  changes?: {
    added: { code: string }[];
    updated: { code: string; fields: { field: string; before: unknown; after: unknown }[] }[];
    unchanged: number;
    notInFile: { code: string }[];
  };
}

const names = async (file: string) =>
  (JSON.parse((await cli('delegates', 'list', file, '--json')).out) as { code: string; fullName: string }[]).map(
    (d) => `${d.code} ${d.fullName}`,
  );

describe('delegates import --update', () => {
  let file = '';
  let corrected = '';
  beforeEach(async () => {
    file = join(dir, 'u.congress');
    await cli('new', file, '--name', 'Cập nhật');
    expect((await cli('delegates', 'import', file, await saved('ds.xlsx', firstRoster()))).code).toBe(0);
    corrected = await saved('ds-sua.xlsx', correctedRoster());
  });

  it('without --update the corrected roster is refused, a known code per row', async () => {
    const r = await cli('delegates', 'import', file, corrected);
    expect(r.code).toBe(1);
    const printed = JSON.parse(r.out) as Printed;
    expect(printed.errors.map((e) => e.key)).toEqual(Array(4).fill('listRow.codeTaken'));
    expect(printed.errors[0]!.message).toContain('đã có trong danh sách');
  });

  it('--dry-run --update prints the changes and changes nothing; --update applies them', async () => {
    const before = await names(file);
    const dry = await cli('delegates', 'import', file, corrected, '--dry-run', '--update');
    expect(dry.code).toBe(0);
    const preview = JSON.parse(dry.out) as Printed;
    expect(preview.imported).toBe(0);
    expect(preview.changes).toMatchObject({
      added: [{ code: 'DB006' }, { code: 'DB007' }],
      updated: [
        { code: 'DB001', fields: [{ field: 'fullName', before: 'Nguyen Van An', after: 'Nguyễn Văn An' }] },
        { code: 'DB002', fields: [{ field: 'unit', before: 'Tổ dân phố 3', after: 'Tổ dân phố 5' }] },
      ],
      unchanged: 2,
      notInFile: [{ code: 'DB005' }],
    });
    expect(await names(file)).toEqual(before);

    const r = await cli('delegates', 'import', file, corrected, '--update');
    expect(r.code).toBe(0);
    const done = JSON.parse(r.out) as Printed;
    expect(done.imported).toBe(2);
    expect(done.changes!.updated.map((u) => u.code)).toEqual(['DB001', 'DB002']);
    expect(await names(file)).toEqual([
      'DB001 Nguyễn Văn An',
      'DB002 Trần Thị Bình',
      'DB003 Lê Văn Cường',
      'DB004 Phạm Thị Dung',
      'DB005 Hoàng Văn Em',
      'DB006 Võ Thị Giang',
      'DB007 Đặng Văn Hải',
    ]);
  });
});
