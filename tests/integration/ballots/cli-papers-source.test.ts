/**
 * `ballot papers` goes through the contract's batch command (papers:recordMany): its papers say they
 * came from a file on the command line's device, and the audit names the command line as the actor.
 */
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, useCliSandbox } from '../../helpers/cli-sandbox';

let dir: string;
useCliSandbox('congress-cli-papers-', (d) => (dir = d));

const LIST = 'STT,Họ và tên,Ngày sinh\n1,Lê Văn An,1970\n2,Trần Thị Bình,1980\n3,Phạm Văn Cường,1975\n';

it('papers from a file are recorded by the batch command, with source, device and actor', async () => {
  const file = join(dir, 'c.congress');
  await cli('new', file, '--name', 'Đại hội');
  writeFileSync(join(dir, 'ds.csv'), LIST);
  const id = (
    await cli('ballot', 'create', file, '--title', 'Bầu', '--seats-approved', '2', '--seats', '2', '--candidates', join(dir, 'ds.csv'))
  ).out.trim();
  writeFileSync(join(dir, 'p.csv'), 'paper,struck,invalid\n1,3,\n2,1,\n');
  expect((await cli('ballot', 'papers', file, id, join(dir, 'p.csv'))).code).toBe(0);

  const db = new Database(file, { readonly: true });
  const papers = db.prepare('SELECT paper, source, device FROM paper_entries ORDER BY paper').all() as { source: string; device: string }[];
  const actors = db.prepare("SELECT DISTINCT rule, actor FROM audit WHERE action = 'paper.record'").all() as {
    rule: number;
    actor: string;
  }[];
  db.close();
  expect(papers.map((p) => p.source)).toEqual(['file', 'file']);
  expect(papers[0]!.device).toMatch(/^cli@./);
  expect(actors).toHaveLength(1);
  expect(actors[0]!.rule).toBe(3);
  expect(JSON.parse(actors[0]!.actor)).toEqual(['operator', papers[0]!.device, 'command line']);

  const log = await cli('ballot', 'log', file, id);
  expect(log.out).toMatch(/Phiếu {5}1 \| 3 +\[tệp, cli@.+\]/);
});
