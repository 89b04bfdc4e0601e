/**
 * Vietnamese and English labels of the ballot rules, shared by the UI, the projector and the documents
 * (biên bản kiểm phiếu) so the same thing is always called the same.
 */
import type { AllStruckRule, BallotState, InvalidReason, RulePreset, ThresholdBase, TieRule } from './ballot';

export interface Label {
  vi: string;
  en: string;
}

export const INVALID_REASON_LABELS: Record<InvalidReason, Label> = {
  not_issued_form: { vi: 'Không phải phiếu do Ban kiểm phiếu phát ra / không có dấu', en: 'Not the issued form / not stamped' },
  written_in: { vi: 'Ghi thêm tên hoặc nội dung khác', en: 'Names or other content written in' },
  identifying_mark: { vi: 'Có ký tên hoặc đánh dấu riêng', en: 'Signed or bearing an identifying mark' },
  undeterminable: { vi: 'Không xác định được ý chí', en: 'The choice cannot be determined' },
  too_many_kept: { vi: 'Giữ lại quá số lượng được bầu', en: 'More names kept than seats' },
  all_struck: { vi: 'Gạch hết tên', en: 'All names struck' },
};

/** A ballot's state as messages and documents name it (the operator's badges have their own shorter words). */
export const STATE_LABELS: Record<BallotState, Label> = {
  preparing: { vi: 'đang chuẩn bị', en: 'being prepared' },
  open: { vi: 'đang nhập phiếu', en: 'open for entry' },
  counted: { vi: 'đã kiểm phiếu', en: 'counted' },
  published: { vi: 'đã công bố', en: 'published' },
  finalized: { vi: 'đã chốt kết quả', en: 'finalized' },
};

/** What "more than half" is counted against, as the minutes name it. */
export const BASE_LABELS: Record<ThresholdBase, Label> = {
  present: { vi: 'Đại biểu chính thức có mặt', en: 'Official delegates present' },
  summoned: { vi: 'Đại biểu chính thức được triệu tập', en: 'Official delegates summoned' },
  valid: { vi: 'Số phiếu hợp lệ', en: 'Valid papers' },
  returned: { vi: 'Số phiếu thu vào', en: 'Papers returned' },
};

export const ALL_STRUCK_LABELS: Record<AllStruckRule, Label> = {
  valid: { vi: 'Phiếu gạch hết tên vẫn hợp lệ (không bầu ai)', en: 'A paper with every name struck is valid (votes for nobody)' },
  invalid: { vi: 'Phiếu gạch hết tên là phiếu không hợp lệ', en: 'A paper with every name struck is invalid' },
};

export const TIE_RULE_LABELS: Record<TieRule, Label> = {
  rerun: {
    vi: 'Bằng phiếu ở vị trí cuối: bầu (hiệp thương) lại giữa những người bằng phiếu',
    en: 'Equal votes at the last seat: re-run among the tied candidates',
  },
  older: {
    vi: 'Bằng phiếu ở vị trí cuối: người nhiều tuổi hơn trúng cử',
    en: 'Equal votes at the last seat: the older candidate is elected',
  },
};

/** Presets of ballot.ts; `help` says where the rule comes from, and when it is unconfirmed. */
export const RULE_PRESET_LABELS: Record<RulePreset, Label & { help: Label }> = {
  mttq: {
    vi: 'Hiệp thương MTTQ',
    en: 'Fatherland Front consultation',
    help: {
      vi: 'Quá nửa số đại biểu chính thức có mặt (chưa xác nhận bằng văn bản chính thức; kiểm tra quy chế của Đại hội).',
      en: 'More than half of the official delegates present (not confirmed by an official text; check the congress rules).',
    },
  },
  party: {
    vi: 'Đại hội Đảng (Quy định 190-QĐ/TW)',
    en: 'Party congress (Regulation 190-QĐ/TW)',
    help: {
      vi: 'Quá nửa số đại biểu chính thức được triệu tập, trừ cấp ủy viên và đại biểu vắng mặt suốt thời gian Đại hội không có người thay (nhập số đã trừ).',
      en: 'More than half of the official delegates summoned, less committee members and delegates absent throughout with no replacement (enter the reduced figure).',
    },
  },
  law: {
    vi: 'Theo Luật bầu cử (ĐBQH, HĐND)',
    en: 'Election law (National Assembly, People’s Councils)',
    help: {
      vi: 'Quá nửa số phiếu hợp lệ; bằng phiếu thì người nhiều tuổi hơn trúng cử.',
      en: 'More than half of the valid papers; on equal votes the older candidate is elected.',
    },
  },
  doan: {
    vi: 'Đoàn TNCS Hồ Chí Minh',
    en: 'Ho Chi Minh Communist Youth Union',
    help: {
      vi: 'Quá nửa số phiếu thu vào, kể cả phiếu không hợp lệ (quy định thường gặp ở cơ sở).',
      en: 'More than half of the papers returned, invalid ones included (common local rule).',
    },
  },
};
