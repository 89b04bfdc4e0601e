import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoRoster } from '../../../main/demo/demo-roster';
import { writeRosterXlsx } from '../../../main/demo/roster-file';
import { runCli } from '../../../main/cli/index';
import { ROOT } from './cli-process';

/** The shell blocks of the README's "Recipes", in order: what the reader copies is what runs here. */
function recipes(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('#### Recipes'), readme.indexOf('\n## ', readme.indexOf('#### Recipes')));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'congress-recipes-'));
  writeFileSync(join(dir, 'danh-sach.xlsx'), await writeRosterXlsx(generateDemoRoster(20, 2)));
  writeFileSync(
    join(dir, 'ung-vien.csv'),
    '\uFEFFSTT,Họ và tên,Ngày sinh\n1,Phạm Văn Đức,1970\n2,Trần Thị Anh,1985\n3,Nguyễn Văn Bình,1968\n4,Lê Thị Dung,1979\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A recipe run by bash in the recipes' folder; `npm` reaches the project as from any folder of the hall laptop. */
function runRecipe(script: string): { code: number; stdout: string; stderr: string } {
  const prelude = `set -euo pipefail\nnpm() { command npm --prefix ${JSON.stringify(ROOT)} "$@"; }\n`;
  const r = spawnSync('bash', ['-c', prelude + script], {
    cwd: dir,
    env: { ...process.env, CONGRESS_DESK_HOME: join(dir, 'home') },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function show(): Promise<{ congress: Record<string, unknown>; documents: Record<string, unknown> }> {
  const lines: string[] = [];
  expect(
    await runCli(
      ['congress', 'show', join(dir, 'phuong'), '--json'],
      (l) => lines.push(l),
      () => {},
    ),
  ).toBe(0);
  return JSON.parse(lines.join('\n'));
}

const pdfText = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('README recipes, each run as written', () => {
  it('there are three: prepare, verify a file handed over, export for the higher level', () => {
    expect(recipes()).toHaveLength(3);
  });

  it('prepares a congress from files: details and signers set, roster and agenda in, cards and papers printed', async () => {
    const r = runRecipe(recipes()[0]!);
    expect(r.code, r.stderr).toBe(0);
    const { congress, documents } = await show();
    expect(congress).toMatchObject({ term: '2026–2031', venue: 'Hội trường UBND phường Hòa Bình', startDate: '2026-03-20' });
    expect(documents).toMatchObject({
      parentOrganisation: 'ỦY BAN MTTQ VIỆT NAM QUẬN BA ĐÌNH',
      place: 'Hà Nội',
      presidiumSigner: 'Nguyễn Văn An',
      countingBoardChair: 'Trần Thị Bình',
      countingBoardMembers: ['Lê Văn Cường', 'Phạm Thị Dung'],
    });
    const printed = readdirSync(join(dir, 'in-an')).filter((f) => f.endsWith('.pdf'));
    expect(printed).toHaveLength(2);
    const papers = pdfText(
      join(
        dir,
        'in-an',
        printed.find((f) => f.startsWith('Phieu'))!,
      ),
    );
    expect(papers).toContain('Phạm Văn Đức');
    expect(papers).toContain('ỦY BAN MTTQ VIỆT NAM QUẬN BA ĐÌNH');
  }, 180_000);

  it('verifies a file handed over, and says so when the copy is damaged', () => {
    mkdirSync(join(dir, 'nhan'));
    copyFileSync(join(dir, 'phuong.congress'), join(dir, 'nhan', 'phuong.congress'));
    const intact = runRecipe(recipes()[1]!);
    expect(intact.stdout.trim()).toBe('Tệp nguyên vẹn / the file is intact');
    expect(JSON.parse(readFileSync(join(dir, 'kiem-tra.json'), 'utf8'))).toMatchObject({ ok: true });

    const h = openSync(join(dir, 'nhan', 'phuong.congress'), 'r+');
    writeSync(h, Buffer.alloc(4096, 0x33), 0, 4096, 4096 * 2); // a page overwritten on the way
    closeSync(h);
    const damaged = runRecipe(recipes()[1]!);
    expect(damaged.stdout.trim()).toMatch(/^(PHÁT HIỆN SAI LỆCH|Tệp hỏng)/);
  }, 60_000);

  it('exports everything for the higher level, and the sums check', () => {
    const r = runRecipe(recipes()[2]!);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Đủ, khớp tổng kiểm / complete, sums match');
    const [archive] = readdirSync(join(dir, 'nop-cap-tren'));
    expect(existsSync(join(dir, 'nop-cap-tren', archive!, 'phuong.congress'))).toBe(true);
  }, 120_000);
});
