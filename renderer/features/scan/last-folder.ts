/**
 * The folder last read for a ballot, kept on this laptop (localStorage): the scanner writes into the
 * same folder all day, and typing a path in front of the hall is slow. Per congress file and ballot.
 */
const keyOf = (congress: string, ballotId: number) => `congress-desk-scan-folder:${congress}:${ballotId}`;

export function lastFolder(congress: string, ballotId: number): string {
  try {
    return localStorage.getItem(keyOf(congress, ballotId)) ?? '';
  } catch {
    return '';
  }
}

export function rememberFolder(congress: string, ballotId: number, folder: string): void {
  try {
    localStorage.setItem(keyOf(congress, ballotId), folder);
  } catch {
    // private mode: the path is typed again next time
  }
}
