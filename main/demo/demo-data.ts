/**
 * Word lists for the demo congress of the fictional ward of Hòa Bình. Every person is synthetic:
 * names are drawn from common family, middle and given names, never copied from a real list.
 * Weights of family names follow their rough frequency in Vietnam (Nguyễn ≈ 38 %).
 */
import type { Gender } from '../../shared/domain/delegate';

export type Weighted<T> = readonly (readonly [T, number])[];

export const FAMILY_NAMES: Weighted<string> = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 4],
  ['Phan', 4],
  ['Vũ', 3],
  ['Võ', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 1],
  ['Ngô', 1],
  ['Dương', 1],
  ['Lý', 1],
  ['Đinh', 1],
  ['Trương', 1],
  ['Đoàn', 1],
  ['Lương', 1],
  ['Cao', 1],
  ['Tạ', 1],
];

export const MIDDLE_NAMES: Record<Gender, readonly string[]> = {
  male: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Thành', 'Xuân', 'Ngọc', 'Quốc', 'Trọng', 'Đình', 'Anh'],
  female: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Minh', 'Hồng', 'Mai', 'Phương', 'Bích', 'Diệu', 'Thùy'],
};

/** Second middle names, for "Nguyễn Thị Thu Hằng"-style four-word names. */
export const SECOND_MIDDLE_NAMES: Record<Gender, readonly string[]> = {
  male: ['Minh', 'Quốc', 'Hoàng', 'Thanh', 'Đức', 'Hữu'],
  female: ['Thu', 'Ngọc', 'Thanh', 'Kim', 'Mỹ', 'Phương'],
};

export const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Đức',
    'Đạt',
    'Định',
    'Hùng',
    'Hưng',
    'Hải',
    'Hiếu',
    'Khoa',
    'Long',
    'Lực',
    'Nam',
    'Nghĩa',
    'Phúc',
    'Quân',
    'Sơn',
    'Thắng',
    'Trung',
    'Tuấn',
    'Vinh',
    'Việt',
    'Toàn',
    'Lượng',
    'Khánh',
    'Thịnh',
    'Tùng',
    'Trường',
    'Dương',
    'Phong',
    'Tâm',
    'Thuận',
    'Lợi',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Đào',
    'Điệp',
    'Hà',
    'Hằng',
    'Hạnh',
    'Hoa',
    'Hương',
    'Huyền',
    'Lan',
    'Liên',
    'Linh',
    'Mai',
    'Ngân',
    'Nga',
    'Nhung',
    'Oanh',
    'Phượng',
    'Thảo',
    'Thư',
    'Trang',
    'Uyên',
    'Vân',
    'Yến',
    'Thủy',
    'Nhàn',
    'Thương',
    'Nguyệt',
    'Tuyết',
    'Xuân',
    'Hường',
    'Loan',
  ],
};

/** Ethnic minorities seen in southern and northern wards, each with family names common among them. */
export const MINORITIES: readonly { ethnicity: string; families: readonly string[] }[] = [
  { ethnicity: 'Tày', families: ['Nông', 'Hoàng', 'Lương'] },
  { ethnicity: 'Nùng', families: ['Nông', 'Hoàng', 'Lý'] },
  { ethnicity: 'Mường', families: ['Bùi', 'Đinh', 'Quách'] },
  { ethnicity: 'Khmer', families: ['Thạch', 'Sơn', 'Kim', 'Danh'] },
  { ethnicity: 'Hoa', families: ['Lâm', 'Quách', 'Trương', 'Lý'] },
  { ethnicity: 'Thái', families: ['Lò', 'Cầm', 'Vi'] },
];

export const RELIGIONS: Weighted<string> = [
  ['Phật giáo', 8],
  ['Công giáo', 5],
  ['Cao Đài', 2],
  ['Hòa Hảo', 1],
  ['Tin Lành', 1],
];

export const EDUCATION: Weighted<string> = [
  ['Đại học', 48],
  ['Thạc sĩ', 9],
  ['Cao đẳng', 9],
  ['Trung cấp', 8],
  ['12/12', 18],
  ['9/12', 5],
  ['Tiến sĩ', 1],
];

/**
 * Posts held by exactly one delegate, for the ex officio delegates (the outgoing committee and
 * the heads of member organisations). `gender` where the post implies it.
 */
export interface Post {
  title: string;
  gender?: Gender;
  religion?: string;
  /** Whether the post implies Party membership (a Party cell secretary) or its absence (clergy). */
  party?: boolean;
  /** Age range the post implies, in years at the congress date. */
  ages?: readonly [number, number];
}

export const UNIQUE_POSTS: readonly Post[] = [
  { title: 'Chủ tịch Ủy ban MTTQ phường', party: true, ages: [45, 58] },
  { title: 'Phó Chủ tịch Ủy ban MTTQ phường' },
  { title: 'Phó Chủ tịch Ủy ban MTTQ phường' },
  { title: 'Chủ tịch Hội Cựu chiến binh phường', gender: 'male', party: true, ages: [58, 72] },
  { title: 'Chủ tịch Hội Liên hiệp Phụ nữ phường', gender: 'female' },
  { title: 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh phường', party: true, ages: [26, 33] },
  { title: 'Chủ tịch Công đoàn cơ sở phường' },
  { title: 'Chủ tịch Hội Người cao tuổi phường', ages: [65, 75] },
  { title: 'Chủ tịch Hội Chữ thập đỏ phường' },
  { title: 'Chủ tịch Hội Khuyến học phường' },
  { title: 'Trưởng Công an phường', gender: 'male', party: true, ages: [38, 52] },
  { title: 'Hiệu trưởng Trường Tiểu học Hòa Bình' },
  { title: 'Trưởng Trạm Y tế phường' },
  { title: 'Linh mục Chánh xứ Giáo xứ Hòa Bình', gender: 'male', religion: 'Công giáo', party: false, ages: [45, 70] },
  { title: 'Trụ trì chùa Phước Hòa', religion: 'Phật giáo', party: false, ages: [45, 75] },
  { title: 'Chức sắc Họ đạo Cao Đài Hòa Bình', religion: 'Cao Đài', party: false, ages: [50, 75] },
  { title: 'Giám đốc Công ty TNHH Thương mại Hòa Bình', party: false },
  { title: 'Ủy viên Ban Thường trực Ủy ban MTTQ phường' },
];

/** Posts repeated in every residential quarter (khu phố); `{n}` is the quarter's number. */
export const QUARTER_POSTS: readonly Post[] = [
  { title: 'Trưởng Ban công tác Mặt trận khu phố {n}' },
  { title: 'Bí thư Chi bộ khu phố {n}', party: true },
  { title: 'Trưởng khu phố {n}' },
  { title: 'Chi hội trưởng Chi hội Phụ nữ khu phố {n}', gender: 'female' },
  { title: 'Chi hội trưởng Chi hội Cựu chiến binh khu phố {n}', gender: 'male', ages: [55, 75] },
  { title: 'Bí thư Chi đoàn khu phố {n}', ages: [25, 32] },
  { title: 'Tổ trưởng Tổ dân phố {n}' },
  { title: 'Người có uy tín khu phố {n}' },
  { title: 'Hộ kinh doanh cá thể, khu phố {n}' },
  { title: 'Giáo viên, khu phố {n}' },
];

/** Appointed delegates: staff of the ward, named by the outgoing committee. */
export const STAFF_POSTS: readonly string[] = [
  'Công chức Văn hóa – Xã hội phường',
  'Cán bộ Ủy ban MTTQ phường',
  'Công chức Văn phòng – Thống kê phường',
  'Công chức Tư pháp – Hộ tịch phường',
];

/** Guests: leaders of the ward and of the city above it. */
export const GUEST_POSTS: readonly string[] = [
  'Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố',
  'Bí thư Đảng ủy phường',
  'Phó Bí thư Thường trực Đảng ủy phường',
  'Chủ tịch Hội đồng nhân dân phường',
  'Chủ tịch Ủy ban nhân dân phường',
  'Trưởng Ban Dân vận Đảng ủy phường',
  'Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam thành phố',
  'Nguyên Chủ tịch Ủy ban MTTQ phường',
];

export const QUARTERS = 8;
export const GROUPS = 6;
