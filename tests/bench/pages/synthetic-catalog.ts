import type { Catalog, Procedure } from '../../../src/domain/procedure.ts';
import { PROVINCES } from '../../../src/domain/provinces.ts';
import { ONLINE_LEVELS } from '../../../src/domain/online-level.ts';
import { seededRandom } from '../../support/seeded-random.ts';

/**
 * A synthetic catalogue bigger than the national one (20,000 procedures), with names made the
 * way the portal's are: an action, an object, often a qualifier. Deterministic (seeded), so
 * every run indexes the same text.
 */

const ACTIONS = [
  'Đăng ký',
  'Cấp',
  'Cấp lại',
  'Cấp đổi',
  'Gia hạn',
  'Điều chỉnh',
  'Thay đổi nội dung',
  'Xác nhận',
  'Thẩm định',
  'Phê duyệt',
  'Thu hồi',
  'Chứng thực',
  'Công nhận',
  'Đề nghị',
  'Giải quyết',
  'Hỗ trợ',
  'Miễn',
  'Giảm',
  'Đính chính',
  'Chấm dứt',
  'Chấp thuận',
  'Công bố',
  'Thông báo',
  'Cho phép',
  'Kiểm tra',
  'Thành lập',
  'Giải thể',
  'Chuyển đổi',
  'Sáp nhập',
];

const OBJECTS = [
  'giấy phép xây dựng',
  'giấy chứng nhận quyền sử dụng đất',
  'khai sinh',
  'kết hôn',
  'khai tử',
  'hộ kinh doanh',
  'giấy phép lái xe',
  'chứng chỉ hành nghề',
  'giấy phép kinh doanh',
  'hợp tác xã',
  'doanh nghiệp tư nhân',
  'thường trú',
  'tạm trú',
  'căn cước',
  'hộ chiếu',
  'trợ cấp xã hội',
  'bảo hiểm y tế',
  'bảo hiểm xã hội',
  'giấy phép lao động',
  'nhãn hiệu',
  'giấy phép khai thác khoáng sản',
  'giấy phép môi trường',
  'quyền sở hữu nhà ở',
  'thuế thu nhập cá nhân',
  'cơ sở giáo dục mầm non',
  'trường trung học phổ thông',
  'phòng khám đa khoa',
  'nhà thuốc',
  'cơ sở bán lẻ xăng dầu',
  'đăng kiểm phương tiện',
  'biển số xe',
  'tàu cá',
  'giống cây trồng',
  'thuốc bảo vệ thực vật',
  'chứng nhận an toàn thực phẩm',
  'di tích lịch sử',
  'lễ hội truyền thống',
  'quỹ xã hội',
  'hội nghề nghiệp',
  'tổ chức tôn giáo',
  'người có công với cách mạng',
  'nhận nuôi con nuôi',
  'giám hộ',
  'lý lịch tư pháp',
  'quốc tịch Việt Nam',
  'dạy nghề',
];

const QUALIFIERS = [
  '',
  '',
  '',
  'cho nhà ở riêng lẻ',
  'đối với doanh nghiệp',
  'có yếu tố nước ngoài',
  'tại cấp xã',
  'lưu động',
  'trong trường hợp bị mất, hư hỏng',
  'cho người nước ngoài',
  'cấp tỉnh',
  'đối với hộ gia đình, cá nhân',
  'theo quy định của Luật Đất đai',
  'khu công nghiệp',
  'trên địa bàn tỉnh',
  'cho tổ chức',
  'do thay đổi thông tin',
  'lần đầu',
  'vùng đồng bào dân tộc thiểu số',
];

const FIELDS = [
  'Hộ tịch',
  'Đất đai',
  'Xây dựng',
  'Thành lập và hoạt động doanh nghiệp',
  'Đường bộ',
  'Bảo trợ xã hội',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Lao động',
  'Thuế',
  'Môi trường',
  'Văn hóa',
  'Nông nghiệp',
  'Công thương',
  'Tư pháp',
  'Tôn giáo',
  'Khoáng sản',
  'Thủy sản',
];

const AGENCIES = [
  'Ủy ban nhân dân cấp xã',
  'Sở Tư pháp',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Môi trường',
  'Sở Tài chính',
  'Sở Y tế',
  'Công an tỉnh',
  'Sở Công Thương',
  'Cục Thuế',
];

export function syntheticProcedures(count: number, seed = 42): Procedure[] {
  const next = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const procedures: Procedure[] = [];
  for (let i = 0; i < count; i += 1) {
    // Codes in the portal's shape, in a range of their own (1.x, 2.x and 3.x are real ones).
    const code = `9.${String(100000 + i).padStart(6, '0')}`;
    const qualifier = pick(QUALIFIERS);
    const name = [next() < 0.25 ? 'Thủ tục' : '', pick(ACTIONS), pick(OBJECTS), qualifier]
      .filter(Boolean)
      .join(' ');
    const province = next() < 0.4 ? pick(PROVINCES).code : undefined;
    procedures.push({
      code,
      name: { vi: name.charAt(0).toUpperCase() + name.slice(1) },
      fields: [pick(FIELDS)],
      governmentLevels: [pick(['ministry', 'province', 'commune'] as const)],
      agencies: [pick(AGENCIES)],
      ...(province ? { province } : {}),
      onlineLevel: pick(ONLINE_LEVELS),
      methods: [],
      documents: [],
      steps: [],
      results: [],
      legalBasis: [],
      portalUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?ma_thu_tuc=${code}`,
    });
  }
  return procedures;
}

export function syntheticCatalog(count: number, seed = 42): Catalog {
  return {
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    procedures: syntheticProcedures(count, seed),
  };
}
