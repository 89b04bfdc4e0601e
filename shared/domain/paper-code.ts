/**
 * What the QR code of a ballot paper says (docs/exports.md, Ballot papers): which congress and which
 * ballot (round included) it belongs to, which sheet of how many, the form it was printed in and a hash
 * of its layout. Nothing tells one copy from another: every copy of a sheet carries the same code, so a
 * paper can never be traced to a delegate. The hashes are made in main/services/paper-identity.ts
 * (node:crypto); here only the text, which the scan reader parses.
 *
 * Version 1: `CDP1/<congress>/<ballot>/<sheet>-<sheets>/<perPage><columns>/<size×10>/<layout>`, the
 * hashes 8 upper-case hex digits each, all in the QR alphanumeric set (a smaller code, read more surely).
 */
import type { PaperForm, PerPage } from './paper-layout';

export const PAPER_CODE_VERSION = 1;

export interface PaperCode {
  version: typeof PAPER_CODE_VERSION;
  /** Short hash of the congress file's identity. */
  congress: string;
  /** Short hash of the ballot (its congress, id and round). */
  ballot: string;
  sheet: number;
  sheets: number;
  /** The papers per page and the names' columns and size: with the list, enough to lay the sheets out again. */
  form: PaperForm;
  /** Short hash of the candidates, their order and every sheet's geometry. */
  layout: string;
}

const HASH = /^[0-9A-F]{8}$/;
const PATTERN = /^CDP1\/([0-9A-F]{8})\/([0-9A-F]{8})\/(\d{1,3})-(\d{1,3})\/([124])([123])\/(\d{2,3})\/([0-9A-F]{8})$/;

export function encodePaperCode(code: Omit<PaperCode, 'version'>): string {
  for (const h of [code.congress, code.ballot, code.layout]) if (!HASH.test(h)) throw new Error(`paper code: not a short hash: ${h}`);
  const { perPage, columns, size } = code.form;
  return `CDP${PAPER_CODE_VERSION}/${code.congress}/${code.ballot}/${code.sheet}-${code.sheets}/${perPage}${columns}/${Math.round(size * 10)}/${code.layout}`;
}

/** The code read from a paper, or null when it is not one of ours (or of a version this app does not read). */
export function parsePaperCode(text: string): PaperCode | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const sheet = Number(m[3]);
  const sheets = Number(m[4]);
  if (sheet < 1 || sheet > sheets) return null;
  return {
    version: PAPER_CODE_VERSION,
    congress: m[1]!,
    ballot: m[2]!,
    sheet,
    sheets,
    form: { perPage: Number(m[5]) as PerPage, columns: Number(m[6]) as PaperForm['columns'], size: Number(m[7]) / 10 },
    layout: m[8]!,
  };
}
