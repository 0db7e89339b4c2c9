/**
 * What citizens type, with the procedure (or procedures) that should come first: the
 * evaluation set of issue 13. Written from one-stop desks' questions and forum posts, by kind;
 * the codes are the real national catalogue's public identifiers. Where one need has several
 * equally right answers (the same procedure at the province and the central level, the kinds
 * of company one "opens"), any of them counts as first.
 *
 * `heldOut` queries were written at the same time as the rest and are never looked at while
 * tuning the index or the lexicon: their figures say how well the tuning generalises.
 */

import { UNTUNED_QUERIES } from './untuned.ts';

export type QueryKind =
  | 'official'
  | 'no-diacritics'
  | 'short'
  | 'colloquial'
  | 'english'
  | 'extra-words'
  | 'misspelling'
  | 'code';

export interface EvalQuery {
  query: string;
  kind: QueryKind;
  /** Codes any of which is a right first answer. */
  expect: readonly string[];
  heldOut?: true;
  /** Part of the never-tuned set (untuned.ts): held out, and its misses are never read. */
  untuned?: true;
}

// Answers shared by many queries.
const BIRTH = ['1.001193'];
const MARRIAGE = ['1.000894'];
const DEATH = ['1.000656'];
const PERMANENT = ['1.004222'];
const TEMPORARY = ['1.004194'];
const PASSPORT = ['1.001456', '1.001471'];
const ID_CARD = ['1.014061', '1.001247'];
const ID_RENEW = ['1.014063', '1.000889'];
const ID_REISSUE = ['1.014064', '1.000757'];
const DRIVING = ['3.000346'];
const DRIVING_RENEW = ['3.000347'];
const DRIVING_REISSUE = ['3.000348'];
// The citizen's own: 1.012753 is the same for an organisation using land.
const LAND_FIRST = ['1.013978'];
const LAND_LOST = ['1.012786'];
// Sale, gift or inheritance; 1.013977 is an organisation's merger or split.
const LAND_TRANSFER = ['1.013831'];
const COMPANY = ['2.001583', '2.001199', '2.002043', '2.002042', '2.001610'];
const HOUSEHOLD_BUSINESS = ['1.001612'];
const SINGLE = ['1.004873'];
const CRIMINAL = ['3.000333'];
const WORK_PERMIT = ['1.014199'];
const BUILDING = ['1.013225'];
// In Vietnam (commune, notary) and at an embassy: the same need.
const COPY = ['2.000815', '1.001606'];
const SIGNATURE = ['2.000884', '1.001590'];
const SI_LUMP = ['1.001613', '1.014173'];
const PENSION = ['1.014171', '1.014172'];
const MATERNITY = ['2.000693', '1.014166'];
const UNEMPLOYMENT = ['1.014748'];
const HEALTH_CARD = ['1.014137', '1.003116'];
const PATERNITY = ['1.001022'];
const ADOPTION = ['2.001263'];
const VISA_EXTEND = ['1.001146', '1.003326', '1.000039'];
const VISA = ['1.001194', '1.002757', '1.000612'];
const VEHICLE = ['1.013067', '1.012575'];
const VEHICLE_TRANSFER = ['1.013076'];
const VEHICLE_REISSUE = ['1.013080', '1.013082'];
const GUARDIAN = ['1.004837'];
const POOR = ['1.011607', '1.011606'];
const FUNERAL = ['1.014177', '1.001731'];
const CIVIL_COPY = ['2.000635'];
const CIVIL_CHANGE = ['1.004859'];
const TAX_FIRST = ['1.008498'];
const MILITARY = ['1.013133'];
const ABSENCE = ['1.003677'];
const DELETE_PERMANENT = ['1.003197'];
const WILL = ['2.001019'];
const SPLIT_PLOT = ['1.012784'];
const ELECTRICITY = ['3.000001'];
const KARAOKE = ['1.001029'];
const DIPLOMA_COPY = ['3.000465'];
const SCHOOL_TRANSFER = ['2.002854'];
const SOCIAL_ALLOWANCE = ['1.001776'];

const q = (query: string, kind: QueryKind, expect: readonly string[]): EvalQuery => ({
  query,
  kind,
  expect,
});
const held = (query: string, kind: QueryKind, expect: readonly string[]): EvalQuery => ({
  query,
  kind,
  expect,
  heldOut: true,
});

export const EVAL_QUERIES: readonly EvalQuery[] = [
  // Official wording, as the portal or a form names it.
  q('đăng ký khai sinh', 'official', BIRTH),
  q('đăng ký kết hôn', 'official', MARRIAGE),
  q('đăng ký khai tử', 'official', DEATH),
  q('đăng ký thường trú', 'official', PERMANENT),
  q('đăng ký tạm trú', 'official', TEMPORARY),
  q('cấp giấy phép lái xe', 'official', DRIVING),
  q('đổi giấy phép lái xe', 'official', DRIVING_RENEW),
  q('cấp thẻ căn cước', 'official', ID_CARD),
  q('cấp đổi thẻ căn cước', 'official', ID_RENEW),
  q('cấp giấy xác nhận tình trạng hôn nhân', 'official', SINGLE),
  q('đăng ký thành lập hộ kinh doanh', 'official', HOUSEHOLD_BUSINESS),
  q('đăng ký thành lập công ty TNHH một thành viên', 'official', ['2.001583']),
  q('cấp phiếu lý lịch tư pháp', 'official', CRIMINAL),
  q('chứng thực bản sao từ bản chính', 'official', COPY),
  q('đăng ký nhận cha, mẹ, con', 'official', PATERNITY),
  q('đăng ký việc nuôi con nuôi trong nước', 'official', ADOPTION),
  q('hưởng trợ cấp thất nghiệp', 'official', UNEMPLOYMENT),
  q('cấp lại giấy chứng nhận do bị mất', 'official', LAND_LOST),
  q('tách thửa hoặc hợp thửa đất', 'official', SPLIT_PLOT),
  q('khai báo tạm vắng', 'official', ABSENCE),
  q('đăng ký giám hộ', 'official', GUARDIAN),
  q('chứng thực di chúc', 'official', WILL),
  held('cấp lại giấy phép lái xe', 'official', DRIVING_REISSUE),
  held('cấp hộ chiếu phổ thông', 'official', PASSPORT),
  held('giải quyết hưởng bảo hiểm xã hội một lần', 'official', SI_LUMP),
  held('cấp giấy phép lao động cho người nước ngoài', 'official', WORK_PERMIT),
  held('xóa đăng ký thường trú', 'official', DELETE_PERMANENT),
  held('đăng ký thuế lần đầu cá nhân', 'official', TAX_FIRST),
  held('cấp bản sao văn bằng, chứng chỉ từ sổ gốc', 'official', DIPLOMA_COPY),

  // Without diacritics (a phone without a Vietnamese keyboard, a foreign keyboard).
  q('dang ky khai sinh', 'no-diacritics', BIRTH),
  q('dang ky ket hon', 'no-diacritics', MARRIAGE),
  q('dang ky khai tu', 'no-diacritics', DEATH),
  q('dang ky thuong tru', 'no-diacritics', PERMANENT),
  q('dang ky tam tru', 'no-diacritics', TEMPORARY),
  q('cap lai giay phep lai xe', 'no-diacritics', DRIVING_REISSUE),
  q('cap doi the can cuoc', 'no-diacritics', ID_RENEW),
  q('xac nhan tinh trang hon nhan', 'no-diacritics', SINGLE),
  q('thanh lap ho kinh doanh', 'no-diacritics', HOUSEHOLD_BUSINESS),
  q('ly lich tu phap', 'no-diacritics', CRIMINAL),
  q('chung thuc chu ky', 'no-diacritics', SIGNATURE),
  q('tro cap that nghiep', 'no-diacritics', UNEMPLOYMENT),
  q('cap the bao hiem y te', 'no-diacritics', HEALTH_CARD),
  q('dang ky nghia vu quan su lan dau', 'no-diacritics', MILITARY),
  q('cap dien moi', 'no-diacritics', ELECTRICITY),
  held('dang ky nhan cha me con', 'no-diacritics', PATERNITY),
  held('cap ho chieu pho thong', 'no-diacritics', PASSPORT),
  held('nuoi con nuoi trong nuoc', 'no-diacritics', ADOPTION),
  held('dang ky giam ho', 'no-diacritics', GUARDIAN),
  held('chung thuc di chuc', 'no-diacritics', WILL),
  held('chuyen truong hoc sinh', 'no-diacritics', SCHOOL_TRANSFER),

  // Short: one or two words, as a hurried person types.
  q('khai sinh', 'short', BIRTH),
  q('kết hôn', 'short', MARRIAGE),
  q('khai tử', 'short', DEATH),
  q('thường trú', 'short', PERMANENT),
  q('tạm trú', 'short', TEMPORARY),
  q('hộ chiếu', 'short', PASSPORT),
  q('căn cước', 'short', ID_CARD),
  q('giấy phép xây dựng', 'short', BUILDING),
  q('lương hưu', 'short', PENSION),
  q('thai sản', 'short', MATERNITY),
  q('thất nghiệp', 'short', UNEMPLOYMENT),
  q('tạm vắng', 'short', ABSENCE),
  q('hộ nghèo', 'short', POOR),
  q('karaoke', 'short', KARAOKE),
  q('di chúc', 'short', WILL),
  held('giám hộ', 'short', GUARDIAN),
  held('tách thửa', 'short', SPLIT_PLOT),
  held('con nuôi', 'short', ADOPTION),
  held('mai táng', 'short', FUNERAL),
  held('lý lịch tư pháp', 'short', CRIMINAL),
  held('hộ kinh doanh', 'short', HOUSEHOLD_BUSINESS),

  // Colloquial and abbreviated names: what people call the document, not the procedure.
  q('sổ đỏ', 'colloquial', LAND_FIRST),
  q('sổ hồng', 'colloquial', LAND_FIRST),
  q('làm sổ đỏ', 'colloquial', LAND_FIRST),
  q('cấp lại sổ đỏ', 'colloquial', LAND_LOST),
  q('sang tên sổ đỏ', 'colloquial', LAND_TRANSFER),
  q('bằng lái xe', 'colloquial', DRIVING),
  q('đổi bằng lái', 'colloquial', DRIVING_RENEW),
  q('cấp lại bằng lái xe', 'colloquial', DRIVING_REISSUE),
  q('làm CCCD', 'colloquial', ID_CARD),
  q('CCCD', 'colloquial', ID_CARD),
  q('đổi CMND sang căn cước', 'colloquial', ID_RENEW),
  q('CMND', 'colloquial', ID_CARD),
  q('cấp lại CCCD', 'colloquial', ID_REISSUE),
  q('nhập hộ khẩu', 'colloquial', PERMANENT),
  q('hộ khẩu', 'colloquial', PERMANENT),
  q('cắt hộ khẩu', 'colloquial', DELETE_PERMANENT),
  q('cà vẹt xe', 'colloquial', VEHICLE),
  q('sang tên xe máy', 'colloquial', VEHICLE_TRANSFER),
  q('cấp lại cà vẹt xe bị mất', 'colloquial', VEHICLE_REISSUE),
  q('giấy khai sinh', 'colloquial', BIRTH),
  q('làm giấy khai sinh', 'colloquial', BIRTH),
  q('giấy chứng tử', 'colloquial', DEATH),
  q('báo tử', 'colloquial', DEATH),
  q('gia hạn visa', 'colloquial', VISA_EXTEND),
  q('xin visa', 'colloquial', VISA),
  q('xác nhận độc thân', 'colloquial', SINGLE),
  q('giấy độc thân', 'colloquial', SINGLE),
  q('mở công ty', 'colloquial', COMPANY),
  q('rút BHXH một lần', 'colloquial', SI_LUMP),
  q('rút bảo hiểm xã hội', 'colloquial', SI_LUMP),
  q('thẻ BHYT', 'colloquial', HEALTH_CARD),
  q('lý lịch tư pháp số 2', 'colloquial', CRIMINAL),
  q('công chứng bản sao', 'colloquial', COPY),
  q('giấy phép lao động', 'colloquial', WORK_PERMIT),
  q('mở quán ăn', 'colloquial', HOUSEHOLD_BUSINESS),
  q('đăng ký kinh doanh hộ gia đình', 'colloquial', HOUSEHOLD_BUSINESS),
  q('trích lục khai sinh', 'colloquial', CIVIL_COPY),
  q('bản sao giấy khai sinh', 'colloquial', CIVIL_COPY),
  q('sửa tên trong giấy khai sinh', 'colloquial', CIVIL_CHANGE),
  q('mã số thuế cá nhân', 'colloquial', TAX_FIRST),
  q('kéo điện', 'colloquial', ELECTRICITY),
  held('bìa đỏ', 'colloquial', LAND_FIRST),
  held('làm căn cước công dân', 'colloquial', ID_CARD),
  held('bằng lái', 'colloquial', DRIVING),
  held('đăng ký hộ khẩu', 'colloquial', PERMANENT),
  held('làm cà vẹt', 'colloquial', VEHICLE),
  held('giấy xác nhận độc thân', 'colloquial', SINGLE),
  held('thành lập công ty', 'colloquial', COMPANY),
  held('rút BHXH', 'colloquial', SI_LUMP),
  held('làm hộ chiếu', 'colloquial', PASSPORT),
  held('tiền tử tuất mai táng', 'colloquial', FUNERAL),
  held('làm visa', 'colloquial', VISA),
  held('CCCD gắn chip', 'colloquial', ID_CARD),

  // English: expatriates, foreign spouses, the app in English mode.
  q('birth registration', 'english', BIRTH),
  q('register a birth', 'english', BIRTH),
  q('marriage registration', 'english', MARRIAGE),
  q('register marriage', 'english', MARRIAGE),
  q('death registration', 'english', DEATH),
  q('temporary residence registration', 'english', TEMPORARY),
  q('temporary residence', 'english', TEMPORARY),
  q('permanent residence registration', 'english', PERMANENT),
  q('passport', 'english', PASSPORT),
  q('driving licence', 'english', DRIVING),
  q('driver license', 'english', DRIVING),
  q('renew driving licence', 'english', DRIVING_RENEW),
  q('identity card', 'english', ID_CARD),
  q('work permit', 'english', WORK_PERMIT),
  q('criminal record certificate', 'english', CRIMINAL),
  q('building permit', 'english', BUILDING),
  q('health insurance card', 'english', HEALTH_CARD),
  q('pension', 'english', PENSION),
  q('unemployment benefit', 'english', UNEMPLOYMENT),
  q('maternity benefit', 'english', MATERNITY),
  q('certified copy', 'english', COPY),
  q('household business registration', 'english', HOUSEHOLD_BUSINESS),
  q('certificate of marital status', 'english', SINGLE),
  q('adoption', 'english', ADOPTION),
  held('visa extension', 'english', VISA_EXTEND),
  held('land use right certificate', 'english', LAND_FIRST),
  held('single status certificate', 'english', SINGLE),
  held('death certificate', 'english', DEATH),
  held('birth certificate', 'english', BIRTH),
  held('company registration', 'english', COMPANY),
  held('lost driving licence', 'english', DRIVING_REISSUE),
  held('vehicle registration', 'english', VEHICLE),
  held('paternity recognition', 'english', PATERNITY),
  held('guardianship registration', 'english', GUARDIAN),
  held('social insurance lump sum', 'english', SI_LUMP),

  // Extra words: a reason, a person, "xin", "thủ tục", a question.
  q('cấp lại giấy phép lái xe bị mất', 'extra-words', DRIVING_REISSUE),
  q('đăng ký khai sinh cho bé', 'extra-words', BIRTH),
  q('xin giấy phép xây dựng', 'extra-words', BUILDING),
  q('xin giấy phép xây dựng nhà ở', 'extra-words', BUILDING),
  q('thủ tục đăng ký kết hôn', 'extra-words', MARRIAGE),
  q('làm thủ tục khai tử cho bố', 'extra-words', DEATH),
  q('đăng ký tạm trú cho sinh viên', 'extra-words', TEMPORARY),
  q('đăng ký thường trú cho con', 'extra-words', PERMANENT),
  q('cấp đổi thẻ căn cước hết hạn', 'extra-words', ID_RENEW),
  q('cấp lại thẻ căn cước bị mất', 'extra-words', ID_REISSUE),
  q('xin xác nhận tình trạng hôn nhân để kết hôn', 'extra-words', SINGLE),
  q('đăng ký khai sinh cho con mới sinh', 'extra-words', BIRTH),
  q('xin cấp phiếu lý lịch tư pháp', 'extra-words', CRIMINAL),
  q('hưởng trợ cấp thất nghiệp khi nghỉ việc', 'extra-words', UNEMPLOYMENT),
  q('chứng thực bản sao giấy tờ', 'extra-words', COPY),
  q('đăng ký hộ kinh doanh cá thể', 'extra-words', HOUSEHOLD_BUSINESS),
  q('cấp giấy phép lái xe ô tô', 'extra-words', DRIVING),
  q('đăng ký khai tử cho người mất', 'extra-words', DEATH),
  q('cấp lại giấy chứng nhận quyền sử dụng đất bị mất', 'extra-words', LAND_LOST),
  q('đăng ký nhận con ngoài giá thú', 'extra-words', PATERNITY),
  held('khai sinh cho em bé mới đẻ', 'extra-words', BIRTH),
  held('xin cấp hộ chiếu cho trẻ em', 'extra-words', PASSPORT),
  held('thủ tục đăng ký tạm trú online', 'extra-words', TEMPORARY),
  held('làm sao đăng ký kết hôn', 'extra-words', MARRIAGE),
  held('đổi giấy phép lái xe hết hạn', 'extra-words', DRIVING_RENEW),
  held('xin giấy xác nhận tình trạng hôn nhân', 'extra-words', SINGLE),
  held('hỗ trợ mai táng phí cho người cao tuổi', 'extra-words', FUNERAL),

  // Misspellings from regional pronunciation (tr/ch, s/x, d/gi/r, l/n, n/ng, t/c, i/y, hỏi/ngã).
  q('đăng ký thường chú', 'misspelling', PERMANENT),
  q('tạm chú', 'misspelling', TEMPORARY),
  q('đăng ký tạm chú', 'misspelling', TEMPORARY),
  q('đăng ký khai xinh', 'misspelling', BIRTH),
  q('dấy phép lái xe', 'misspelling', DRIVING),
  q('giấy phép nái xe', 'misspelling', DRIVING),
  q('đăng ký kếc hôn', 'misspelling', MARRIAGE),
  q('hộ triếu', 'misspelling', PASSPORT),
  q('giấy phép sây dựng', 'misspelling', BUILDING),
  q('đăng kí khai tữ', 'misspelling', DEATH),
  q('chứng thựt bản sao', 'misspelling', COPY),
  q('căng cước', 'misspelling', ID_CARD),
  q('nương hưu', 'misspelling', PENSION),
  q('chợ cấp thất nghiệp', 'misspelling', UNEMPLOYMENT),
  q('lí lịch tư phát', 'misspelling', CRIMINAL),
  q('giấy phép nao động', 'misspelling', WORK_PERMIT),
  q('đăng ký dám hộ', 'misspelling', GUARDIAN),
  q('tạm vắn', 'misspelling', ABSENCE),
  held('đăng ký kếc hông', 'misspelling', MARRIAGE),
  held('thường chú', 'misspelling', PERMANENT),
  held('rấy phép xây dựng', 'misspelling', BUILDING),
  held('khai xinh', 'misspelling', BIRTH),
  held('cấp lại dấy phép lái xe', 'misspelling', DRIVING_REISSUE),
  held('hộ kinh doanh cá thễ', 'misspelling', HOUSEHOLD_BUSINESS),
  held('xác nhận tình trạng hôn nhăn', 'misspelling', SINGLE),

  // Codes, alone or pasted with their label or neighbours.
  q('1.004194', 'code', TEMPORARY),
  q('Mã thủ tục: 1.004194', 'code', TEMPORARY),
  q('mã 1.001193', 'code', BIRTH),
  q('1.004222 đăng ký thường trú', 'code', PERMANENT),
  q('thủ tục 3.000346', 'code', DRIVING),
  q('(1.014061)', 'code', ['1.014061']),
  q('1.013225.', 'code', BUILDING),
  q('Mã TTHC 2.001263', 'code', ADOPTION),
  q('1.000894', 'code', MARRIAGE),
  q('mã số thủ tục 1.004873', 'code', SINGLE),
  held('Mã thủ tục: 1.000656', 'code', DEATH),
  held('TTHC 1.001612 hộ kinh doanh', 'code', HOUSEHOLD_BUSINESS),
  held('mã: 3.000333', 'code', CRIMINAL),
  held('1.001776', 'code', SOCIAL_ALLOWANCE),

  ...UNTUNED_QUERIES,
];
