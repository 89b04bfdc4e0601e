/**
 * How roster headers are spelt in the files organisers actually have. Compared after folding
 * (no case, no diacritics, no punctuation, no "(…)" notes), so "HỌ VÀ TÊN", "Họ và tên" and
 * "Ho va ten" are one alias. Extend by adding a spelling, never by special-casing code.
 */
import type { RosterField } from '../../shared/domain/delegate';
import type { AliasTable, HeaderOptions } from './header-detection';

export const ROSTER_HEADER_ALIASES: AliasTable<RosterField> = {
  ordinal: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  code: ['Mã', 'Mã ĐB', 'Mã đại biểu', 'Mã số', 'Mã số đại biểu', 'Số thẻ', 'Số thẻ đại biểu'],
  fullName: ['Họ và tên', 'Họ tên', 'Họ tên đại biểu', 'Họ và tên đại biểu'],
  gender: ['Giới tính', 'Nam/Nữ', 'Nam-Nữ', 'Giới'],
  birthDate: ['Ngày sinh', 'Năm sinh', 'Ngày tháng năm sinh', 'Sinh ngày', 'Ngày, tháng, năm sinh'],
  ethnicity: ['Dân tộc'],
  religion: ['Tôn giáo'],
  partyMember: ['Đảng viên', 'Đảng phái', 'ĐV'],
  education: ['Trình độ', 'Trình độ học vấn', 'Trình độ chuyên môn', 'Học vấn', 'Trình độ văn hóa'],
  // One column holding both is common; it goes to position, which is what is printed anyway.
  position: ['Chức vụ', 'Chức vụ đơn vị', 'Chức vụ, đơn vị công tác', 'Chức vụ, đơn vị', 'Chức danh'],
  unit: ['Đơn vị', 'Đơn vị công tác', 'Nơi công tác', 'Cơ quan', 'Cơ quan công tác'],
  group: ['Tổ', 'Tổ thảo luận', 'Đoàn', 'Nhóm'],
  seat: ['Ghế', 'Số ghế', 'Vị trí ngồi', 'Chỗ ngồi'],
  kind: ['Thành phần', 'Thành phần đại biểu', 'Cơ cấu'],
  status: ['Loại', 'Loại đại biểu', 'Tư cách', 'Tư cách đại biểu'],
};

/** Sub-column labels of two-level headers. Order matters for gender and birth date: Nam = 0, Nữ = 1. */
export const GENDER_SUB = { male: 0, female: 1 } as const;

export const ROSTER_HEADER_OPTIONS: HeaderOptions<RosterField> = {
  aliases: ROSTER_HEADER_ALIASES,
  required: 'fullName',
  minFields: 2,
  scanRows: 30,
  splits: {
    // "Năm sinh" over "Nam" | "Nữ": the year is written in the column of the delegate's gender.
    birthDate: ['Nam', 'Nữ'],
    // "Giới tính" over "Nam" | "Nữ": a mark in one of the two.
    gender: ['Nam', 'Nữ'],
    // "Họ và tên" over "Họ (và tên) đệm" | "Tên": the name in two cells.
    fullName: ['Họ', 'Họ đệm', 'Họ và đệm', 'Họ và tên đệm', 'Họ và chữ đệm', 'Tên'],
  },
};

/** The field whose columns are joined with a space rather than ", " when several are mapped. */
export const JOIN_WITH_SPACE: ReadonlySet<RosterField> = new Set(['fullName']);
