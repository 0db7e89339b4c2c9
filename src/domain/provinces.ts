/**
 * The 34 provinces and centrally-run cities after the 2025 merger (Resolution 202/2025/QH15),
 * with their administrative codes. Names in Vietnamese are official; English names are ours.
 */
export const PROVINCES = [
  { code: '01', vi: 'Thành phố Hà Nội', en: 'Hanoi' },
  { code: '04', vi: 'Tỉnh Cao Bằng', en: 'Cao Bang' },
  { code: '08', vi: 'Tỉnh Tuyên Quang', en: 'Tuyen Quang' },
  { code: '11', vi: 'Tỉnh Điện Biên', en: 'Dien Bien' },
  { code: '12', vi: 'Tỉnh Lai Châu', en: 'Lai Chau' },
  { code: '14', vi: 'Tỉnh Sơn La', en: 'Son La' },
  { code: '15', vi: 'Tỉnh Lào Cai', en: 'Lao Cai' },
  { code: '19', vi: 'Tỉnh Thái Nguyên', en: 'Thai Nguyen' },
  { code: '20', vi: 'Tỉnh Lạng Sơn', en: 'Lang Son' },
  { code: '22', vi: 'Tỉnh Quảng Ninh', en: 'Quang Ninh' },
  { code: '24', vi: 'Tỉnh Bắc Ninh', en: 'Bac Ninh' },
  { code: '25', vi: 'Tỉnh Phú Thọ', en: 'Phu Tho' },
  { code: '31', vi: 'Thành phố Hải Phòng', en: 'Hai Phong' },
  { code: '33', vi: 'Tỉnh Hưng Yên', en: 'Hung Yen' },
  { code: '37', vi: 'Tỉnh Ninh Bình', en: 'Ninh Binh' },
  { code: '38', vi: 'Tỉnh Thanh Hóa', en: 'Thanh Hoa' },
  { code: '40', vi: 'Tỉnh Nghệ An', en: 'Nghe An' },
  { code: '42', vi: 'Tỉnh Hà Tĩnh', en: 'Ha Tinh' },
  { code: '44', vi: 'Tỉnh Quảng Trị', en: 'Quang Tri' },
  { code: '46', vi: 'Thành phố Huế', en: 'Hue' },
  { code: '48', vi: 'Thành phố Đà Nẵng', en: 'Da Nang' },
  { code: '51', vi: 'Tỉnh Quảng Ngãi', en: 'Quang Ngai' },
  { code: '52', vi: 'Tỉnh Gia Lai', en: 'Gia Lai' },
  { code: '56', vi: 'Tỉnh Khánh Hòa', en: 'Khanh Hoa' },
  { code: '66', vi: 'Tỉnh Đắk Lắk', en: 'Dak Lak' },
  { code: '68', vi: 'Tỉnh Lâm Đồng', en: 'Lam Dong' },
  { code: '75', vi: 'Thành phố Đồng Nai', en: 'Dong Nai' },
  { code: '79', vi: 'Thành phố Hồ Chí Minh', en: 'Ho Chi Minh City' },
  { code: '80', vi: 'Tỉnh Tây Ninh', en: 'Tay Ninh' },
  { code: '82', vi: 'Tỉnh Đồng Tháp', en: 'Dong Thap' },
  { code: '86', vi: 'Tỉnh Vĩnh Long', en: 'Vinh Long' },
  { code: '91', vi: 'Tỉnh An Giang', en: 'An Giang' },
  { code: '92', vi: 'Thành phố Cần Thơ', en: 'Can Tho' },
  { code: '96', vi: 'Tỉnh Cà Mau', en: 'Ca Mau' },
] as const;

export type ProvinceCode = (typeof PROVINCES)[number]['code'];

export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as unknown as readonly [
  ProvinceCode,
  ...ProvinceCode[],
];

export function findProvince(code: string | undefined) {
  return PROVINCES.find((p) => p.code === code);
}
