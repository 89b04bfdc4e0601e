import type { viPapers } from './vi-papers';

export const enPapers: Record<keyof typeof viPapers, string> = {
  'export.papers.perPage': '{perPage} paper(s) per page',
  'export.papers.perPageLong': '{perPage} paper per page: the list is too long',
};
