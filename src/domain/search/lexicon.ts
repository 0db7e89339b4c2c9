/**
 * Citizens' words for procedures, hand-curated (issue 13): what people say at a one-stop desk
 * or type into a phone, and the official wording the catalogue uses for it. The search index
 * applies these at query time as a weighted second reading of the query, next to the query as
 * typed, so an exact official match is never lost to a rewrite.
 *
 * `said` is matched on folded words (no diacritics, any case), as a whole-word phrase; `means`
 * is official wording. Reviewed like code: each entry whose mapping is not obvious says why.
 */

export interface LexiconEntry {
  /** What people type; any of these. */
  said: readonly string[];
  /** The official wording it stands for ('' drops the words: they name no procedure). */
  means: string;
  /**
   * Words of the common case, counted at a filler's small weight: they tilt the ranking among
   * the procedures `means` finds (an adult's identity card over a child's) without outweighing
   * what the query itself asks ("cấp lại CCCD" is still the re-issue).
   */
  prefers?: string;
}

/** Colloquial and abbreviated Vietnamese → the catalogue's wording. */
export const CITIZEN_WORDS: readonly LexiconEntry[] = [
  // Land-use right certificates: red cover (before 2009, land) and pink cover (house + land);
  // since the 2024 Land Law one "Giấy chứng nhận" for both.
  // Said alone, it is mostly someone who wants one: the first registration and certificate,
  // for a household or a person (the same procedure for an organisation is another one).
  {
    said: ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'bìa hồng', 'sổ nhà đất'],
    means: 'đăng ký đất đai cấp giấy chứng nhận quyền sử dụng đất lần đầu hộ gia đình cá nhân',
  },
  {
    said: ['cấp lại sổ đỏ', 'cấp lại sổ hồng', 'mất sổ đỏ', 'mất sổ hồng', 'làm lại sổ đỏ'],
    means: 'cấp lại giấy chứng nhận do bị mất',
  },
  {
    said: ['làm sổ đỏ', 'làm sổ hồng', 'cấp sổ đỏ', 'cấp sổ hồng'],
    means: 'đăng ký đất đai cấp giấy chứng nhận quyền sử dụng đất lần đầu hộ gia đình cá nhân',
  },
  // "Sang tên" a certificate is a change registration (đăng ký biến động) after a sale, a gift
  // or an inheritance (chuyển nhượng, tặng cho, thừa kế).
  {
    said: ['sang tên sổ đỏ', 'sang tên sổ hồng', 'sang tên nhà đất', 'sang tên đất'],
    means: 'đăng ký biến động quyền sử dụng đất chuyển nhượng thừa kế tặng cho',
  },
  { said: ['tách sổ', 'tách sổ đỏ'], means: 'tách thửa' },
  { said: ['bằng lái', 'bằng lái xe', 'bằng xe'], means: 'cấp giấy phép lái xe' },
  // CCCD / CMND: citizen identity card, and the older identity card it replaced; since the 2023
  // Identity Law both are "thẻ căn cước". Said alone it is an adult's (a child's card, under
  // 14, is its own procedure that parents ask for as such).
  {
    said: [
      'cccd',
      'cmnd',
      'căn cước',
      'căn cước công dân',
      'chứng minh nhân dân',
      'chứng minh thư',
      'cmt',
      'thẻ căn cước',
    ],
    means: 'thẻ căn cước',
    prefers: 'cấp cho người từ đủ 14 tuổi trở lên',
  },
  { said: ['gắn chip'], means: '' },
  // "Hộ khẩu" (the household book, abolished in 2023) is what people still call permanent
  // residence; "nhập khẩu" is import in the catalogue, but "nhập hộ khẩu" is registering there.
  {
    said: ['hộ khẩu', 'nhập hộ khẩu', 'đăng ký hộ khẩu', 'nhập khẩu vào nhà'],
    means: 'đăng ký thường trú',
  },
  {
    said: ['cắt hộ khẩu', 'cắt khẩu', 'xóa hộ khẩu', 'chuyển hộ khẩu đi'],
    means: 'xóa đăng ký thường trú',
  },
  { said: ['khai báo tạm trú', 'đăng ký ở trọ'], means: 'đăng ký tạm trú' },
  // "Cà vẹt" (from French carte verte) is the vehicle registration certificate.
  {
    said: ['cà vẹt', 'cà vẹt xe', 'giấy đăng ký xe', 'làm cà vẹt'],
    means: 'đăng ký cấp biển số xe lần đầu',
  },
  {
    said: ['sang tên xe', 'sang tên xe máy', 'sang tên ô tô', 'mua bán xe'],
    means: 'đăng ký xe thay đổi chủ xe sang tên',
  },
  { said: ['biển số'], means: 'biển số xe' },
  { said: ['giấy khai sinh', 'làm giấy khai sinh', 'làm khai sinh'], means: 'đăng ký khai sinh' },
  {
    said: ['giấy chứng tử', 'báo tử', 'làm giấy chứng tử', 'khai tử cho người mất'],
    means: 'đăng ký khai tử',
  },
  {
    said: ['trích lục khai sinh', 'bản sao giấy khai sinh', 'sao giấy khai sinh'],
    means: 'cấp bản sao trích lục hộ tịch bản sao giấy khai sinh',
  },
  // Correcting a name or a date of birth on the birth certificate is a civil-status change.
  {
    said: ['sửa tên', 'đổi tên', 'sửa giấy khai sinh', 'sửa ngày sinh'],
    means: 'thay đổi cải chính bổ sung thông tin hộ tịch',
  },
  { said: ['giấy đăng ký kết hôn', 'làm giấy kết hôn', 'cưới'], means: 'đăng ký kết hôn' },
  // Proof of being unmarried, asked before a marriage or a bank loan.
  {
    said: ['độc thân', 'xác nhận độc thân', 'giấy độc thân', 'giấy xác nhận độc thân'],
    means: 'xác nhận tình trạng hôn nhân',
  },
  {
    said: ['nhận con', 'nhận con ngoài giá thú', 'nhận bố', 'nhận cha'],
    means: 'đăng ký nhận cha mẹ con',
  },
  { said: ['nhận con nuôi', 'xin con nuôi'], means: 'đăng ký việc nuôi con nuôi trong nước' },
  { said: ['visa', 'thị thực'], means: 'cấp thị thực cho người nước ngoài' },
  { said: ['gia hạn visa', 'gia hạn thị thực'], means: 'gia hạn tạm trú cho người nước ngoài' },
  { said: ['xin visa', 'làm visa'], means: 'cấp thị thực cho người nước ngoài' },
  // Diplomatic and official passports are for officials on mission: a citizen means the ordinary.
  { said: ['hộ chiếu', 'làm hộ chiếu', 'passport'], means: 'cấp hộ chiếu phổ thông' },
  { said: ['mở công ty', 'lập công ty', 'thành lập công ty'], means: 'đăng ký thành lập công ty' },
  { said: ['mở doanh nghiệp', 'lập doanh nghiệp'], means: 'đăng ký thành lập doanh nghiệp' },
  // A small shop, stall or eatery is a household business (hộ kinh doanh).
  {
    said: [
      'mở quán',
      'mở quán ăn',
      'mở cửa hàng',
      'mở tiệm',
      'kinh doanh cá thể',
      'hộ kinh doanh cá thể',
      'đăng ký kinh doanh hộ gia đình',
      'giấy phép kinh doanh hộ',
    ],
    means: 'đăng ký thành lập hộ kinh doanh',
  },
  { said: ['bhxh'], means: 'bảo hiểm xã hội' },
  { said: ['bhyt'], means: 'bảo hiểm y tế' },
  { said: ['bhtn'], means: 'bảo hiểm thất nghiệp' },
  // "Rút" social insurance: the lump-sum payment when leaving the system.
  {
    said: [
      'rút bhxh',
      'rút bảo hiểm xã hội',
      'rút bảo hiểm',
      'rút sổ bảo hiểm',
      'rút bhxh một lần',
    ],
    means: 'hưởng bảo hiểm xã hội một lần',
  },
  { said: ['lương hưu', 'về hưu', 'nghỉ hưu', 'hưu trí'], means: 'hưởng lương hưu' },
  { said: ['thai sản', 'chế độ thai sản', 'sinh con'], means: 'hưởng chế độ thai sản' },
  { said: ['thất nghiệp', 'bảo hiểm thất nghiệp'], means: 'hưởng trợ cấp thất nghiệp' },
  // Funeral grant and survivors' allowance (tử tuất) from social insurance.
  { said: ['tử tuất', 'mai táng phí', 'tiền mai táng', 'tiền tử tuất'], means: 'trợ cấp mai táng' },
  { said: ['thẻ bhyt', 'thẻ bảo hiểm', 'làm thẻ bảo hiểm y tế'], means: 'cấp thẻ bảo hiểm y tế' },
  // "Số 2" is the criminal-record extract listing all convictions, asked by some employers.
  {
    said: ['lý lịch', 'lý lịch tư pháp số 1', 'lý lịch tư pháp số 2', 'lí lịch', 'lltp'],
    means: 'cấp phiếu lý lịch tư pháp',
  },
  // People say "công chứng" for any certified copy; a copy from the original is "chứng thực".
  {
    said: [
      'công chứng bản sao',
      'photo công chứng',
      'sao y',
      'sao y bản chính',
      'công chứng giấy tờ',
    ],
    means: 'chứng thực bản sao từ bản chính',
  },
  { said: ['mã số thuế', 'mst', 'mã số thuế cá nhân'], means: 'đăng ký thuế lần đầu cá nhân' },
  {
    // A citizen building means a house: the commune's permit for a level III-IV building,
    // which covers "nhà ở riêng lẻ" (not a railway crossing or a monument).
    said: ['xây nhà', 'phép xây nhà', 'giấy phép xây nhà', 'giấy phép xây dựng', 'phép xây dựng'],
    means: 'cấp giấy phép xây dựng mới nhà ở riêng lẻ',
  },
  { said: ['kéo điện', 'lắp điện', 'xin điện', 'lắp công tơ'], means: 'cấp điện mới' },
  {
    said: ['đi nghĩa vụ', 'nghĩa vụ', 'nhập ngũ'],
    means: 'nghĩa vụ quân sự',
    prefers: 'đăng ký lần đầu',
  },
  {
    said: ['giấy phép lao động', 'work permit'],
    means: 'cấp giấy phép lao động cho người lao động nước ngoài',
  },
  { said: ['sổ hộ nghèo', 'hộ cận nghèo'], means: 'công nhận hộ nghèo hộ cận nghèo' },
  {
    said: ['trợ cấp người già', 'trợ cấp người cao tuổi', 'tiền người già'],
    means: 'trợ cấp xã hội hàng tháng',
  },
  { said: ['chuyển trường cho con'], means: 'chuyển trường và tiếp nhận học sinh' },
  // Re-doing or losing a paper: what the catalogue calls a re-issue, after the loss is reported.
  { said: ['làm lại'], means: 'cấp lại' },
  { said: ['báo mất', 'khai báo mất'], means: 'trình báo mất' },
  // A marriage with a foreigner is its own procedure ("có yếu tố nước ngoài"), at the province.
  {
    said: [
      'kết hôn với người nước ngoài',
      'lấy chồng nước ngoài',
      'lấy vợ nước ngoài',
      'lấy chồng người nước ngoài',
      'lấy vợ người nước ngoài',
      'kết hôn với việt kiều',
    ],
    means: 'đăng ký kết hôn có yếu tố nước ngoài',
  },
  // Moving one's household registration: registering at the new place (the old one is removed
  // by the police since the 2020 Residence Law).
  { said: ['chuyển hộ khẩu', 'chuyển khẩu', 'nhập hộ khẩu cho con'], means: 'đăng ký thường trú' },
  { said: ['khai báo tạm vắng', 'báo tạm vắng', 'đi vắng'], means: 'khai báo tạm vắng' },
  { said: ['khai báo lưu trú', 'báo lưu trú', 'khách ở qua đêm'], means: 'thông báo lưu trú' },
  // "Bấm biển" (getting a plate number) is the first registration of a vehicle.
  {
    said: [
      'bấm biển',
      'bấm biển số',
      'bấm biển số xe',
      'đăng ký xe',
      'đăng ký xe máy',
      'đăng ký ô tô',
      'đăng ký xe mới',
      'làm giấy tờ xe',
    ],
    means: 'đăng ký cấp biển số xe lần đầu',
  },
  {
    said: ['giấy khuyết tật', 'xác nhận khuyết tật', 'làm giấy khuyết tật'],
    means: 'cấp giấy xác nhận khuyết tật',
  },
  {
    said: ['trợ cấp khuyết tật', 'tiền khuyết tật', 'trợ cấp người khuyết tật'],
    means: 'trợ cấp xã hội hàng tháng',
  },
  // The social insurance book comes with joining the scheme (an employer's or voluntary).
  {
    said: ['sổ bảo hiểm', 'sổ bhxh', 'làm sổ bảo hiểm', 'làm sổ bhxh', 'cấp sổ bảo hiểm'],
    means: 'đăng ký tham gia bảo hiểm xã hội cấp sổ bảo hiểm xã hội',
  },
  { said: ['bảo hiểm tự nguyện', 'bhxh tự nguyện'], means: 'bảo hiểm xã hội tự nguyện' },
  // People say "công chứng" for what a commune or a notary certifies; in the catalogue the
  // public side is "chứng thực" (a contract, a signature, a copy).
  { said: ['công chứng'], means: 'chứng thực' },
  {
    said: [
      'hợp đồng mua bán nhà',
      'hợp đồng mua bán đất',
      'hợp đồng chuyển nhượng đất',
      'công chứng mua bán đất',
      'công chứng hợp đồng mua bán',
      'công chứng hợp đồng mua bán đất',
      'công chứng hợp đồng mua bán nhà',
      'hợp đồng tặng cho',
    ],
    means: 'chứng thực giao dịch quyền sử dụng đất nhà ở',
  },
  { said: ['chữ kí', 'công chứng chữ ký', 'xác nhận chữ ký'], means: 'chứng thực chữ ký' },
  { said: ['dịch thuật công chứng', 'công chứng bản dịch'], means: 'chứng thực chữ ký người dịch' },
  {
    said: ['chuyển đất', 'lên thổ cư', 'chuyển lên thổ cư', 'chuyển đất vườn'],
    means: 'chuyển mục đích sử dụng đất',
  },
  // Sharing out an estate is done by a certified agreement (văn bản phân chia di sản).
  {
    said: ['chia thừa kế', 'khai nhận di sản', 'chia di sản', 'phân chia thừa kế'],
    means: 'chứng thực văn bản phân chia di sản',
  },
  // A mortgage on land or a house is registered as a security (biện pháp bảo đảm).
  {
    said: ['vay thế chấp', 'thế chấp sổ đỏ', 'thế chấp nhà', 'thế chấp đất'],
    means: 'đăng ký biện pháp bảo đảm bằng quyền sử dụng đất',
  },
  { said: ['đăng ký lại khai sinh', 'làm lại khai sinh'], means: 'đăng ký lại khai sinh' },
  { said: ['khai sinh cho con'], means: 'đăng ký khai sinh' },
  {
    said: ['qua đời', 'từ trần', 'giấy báo tử', 'người thân qua đời', 'người thân mất'],
    means: 'khai tử',
  },
  { said: ['thẻ tạm trú', 'thẻ cư trú'], means: 'cấp thẻ tạm trú cho người nước ngoài' },
  {
    said: ['hợp pháp hóa', 'hợp pháp hóa lãnh sự', 'lãnh sự'],
    means: 'chứng nhận lãnh sự hợp pháp hóa lãnh sự',
  },
  { said: ['nhập quốc tịch', 'xin quốc tịch'], means: 'nhập quốc tịch việt nam' },
  { said: ['thôi quốc tịch', 'bỏ quốc tịch'], means: 'thôi quốc tịch việt nam' },
  { said: ['quyết toán thuế', 'quyết toán thuế tncn'], means: 'quyết toán thuế thu nhập cá nhân' },
  { said: ['thuế tncn', 'tncn'], means: 'thuế thu nhập cá nhân' },
  {
    said: ['người có công', 'thương binh', 'liệt sĩ', 'liệt sỹ'],
    means: 'người có công với cách mạng',
  },
  {
    said: ['học bổng', 'miễn học phí', 'giảm học phí'],
    means: 'hỗ trợ chi phí học tập miễn giảm học phí',
  },
  {
    said: ['an toàn thực phẩm', 'vệ sinh an toàn thực phẩm', 'giấy phép vệ sinh'],
    means: 'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  },
  {
    said: ['đóng cửa hộ kinh doanh', 'nghỉ kinh doanh', 'dừng kinh doanh'],
    means: 'chấm dứt hoạt động hộ kinh doanh',
  },
  { said: ['tạm nghỉ kinh doanh'], means: 'tạm ngừng kinh doanh hộ kinh doanh' },
  {
    said: ['đổi tên công ty', 'đổi địa chỉ công ty', 'thay đổi giám đốc'],
    means: 'đăng ký thay đổi nội dung đăng ký doanh nghiệp công ty',
  },
  { said: ['giải thể công ty', 'đóng cửa công ty'], means: 'giải thể doanh nghiệp' },
];

/**
 * English → Vietnamese terms, for expatriates, foreign spouses and the app in English mode;
 * most of the imported catalogue has Vietnamese names only. Longer phrases are tried first.
 */
export const ENGLISH_WORDS: readonly LexiconEntry[] = [
  {
    said: [
      'birth registration',
      'register a birth',
      'register birth',
      'birth certificate',
      'birth',
    ],
    means: 'đăng ký khai sinh',
  },
  {
    said: [
      'marriage registration',
      'register marriage',
      'register a marriage',
      'marriage certificate',
      'marriage',
      'get married',
    ],
    means: 'đăng ký kết hôn',
  },
  {
    said: ['death registration', 'register a death', 'death certificate', 'death'],
    means: 'đăng ký khai tử',
  },
  { said: ['temporary residence', 'temporary stay'], means: 'tạm trú' },
  { said: ['permanent residence'], means: 'thường trú' },
  { said: ['passport'], means: 'cấp hộ chiếu phổ thông' },
  {
    said: [
      'driving licence',
      'driving license',
      'driver licence',
      'driver license',
      "driver's license",
      'driving permit',
    ],
    means: 'cấp giấy phép lái xe',
  },
  {
    said: ['identity card', 'id card', 'citizen id', 'national id'],
    means: 'thẻ căn cước',
    prefers: 'cấp cho người từ đủ 14 tuổi trở lên',
  },
  { said: ['work permit'], means: 'cấp giấy phép lao động cho người lao động nước ngoài' },
  {
    said: ['criminal record certificate', 'criminal record', 'police clearance', 'judicial record'],
    means: 'cấp phiếu lý lịch tư pháp',
  },
  {
    said: ['building permit', 'construction permit'],
    means: 'cấp giấy phép xây dựng mới nhà ở riêng lẻ',
  },
  { said: ['health insurance card', 'health insurance'], means: 'thẻ bảo hiểm y tế' },
  {
    said: ['social insurance lump sum', 'lump sum social insurance', 'social insurance withdrawal'],
    means: 'hưởng bảo hiểm xã hội một lần',
  },
  { said: ['social insurance'], means: 'bảo hiểm xã hội' },
  { said: ['pension', 'retirement'], means: 'hưởng lương hưu' },
  { said: ['unemployment benefit', 'unemployment'], means: 'hưởng trợ cấp thất nghiệp' },
  { said: ['maternity benefit', 'maternity'], means: 'hưởng chế độ thai sản' },
  {
    said: ['certified copy', 'notarised copy', 'notarized copy', 'copy certification'],
    means: 'chứng thực bản sao từ bản chính',
  },
  { said: ['signature certification', 'certify a signature'], means: 'chứng thực chữ ký' },
  {
    said: ['household business registration', 'household business'],
    means: 'đăng ký thành lập hộ kinh doanh',
  },
  {
    said: [
      'company registration',
      'register a company',
      'start a company',
      'set up a company',
      'company',
      'enterprise registration',
    ],
    means: 'đăng ký thành lập công ty',
  },
  {
    said: [
      'certificate of marital status',
      'marital status',
      'single status certificate',
      'single status',
      'certificate of no impediment',
    ],
    means: 'cấp giấy xác nhận tình trạng hôn nhân',
  },
  { said: ['adoption', 'adopt a child'], means: 'đăng ký việc nuôi con nuôi trong nước' },
  {
    said: ['visa extension', 'extend visa', 'extend a visa'],
    means: 'gia hạn tạm trú cho người nước ngoài',
  },
  { said: ['visa'], means: 'cấp thị thực cho người nước ngoài' },
  {
    said: ['land use right certificate', 'land certificate', 'land title', 'red book', 'pink book'],
    means: 'đăng ký đất đai cấp giấy chứng nhận quyền sử dụng đất lần đầu hộ gia đình cá nhân',
  },
  { said: ['land'], means: 'đất đai' },
  {
    said: [
      'vehicle registration',
      'register a vehicle',
      'motorbike registration',
      'car registration',
    ],
    means: 'đăng ký xe biển số xe lần đầu',
  },
  {
    said: ['paternity recognition', 'recognise paternity', 'recognize paternity', 'paternity'],
    means: 'đăng ký nhận cha mẹ con',
  },
  { said: ['guardianship registration', 'guardianship'], means: 'đăng ký giám hộ' },
  { said: ['tax code', 'tax registration', 'tax id'], means: 'đăng ký thuế lần đầu cá nhân' },
  { said: ['electricity connection', 'new electricity'], means: 'cấp điện mới' },
  { said: ['funeral allowance', 'funeral'], means: 'trợ cấp mai táng' },
  { said: ['poor household'], means: 'công nhận hộ nghèo' },
  { said: ['complaint'], means: 'giải quyết khiếu nại' },
  {
    said: [
      'marriage to a foreigner',
      'marriage with a foreigner',
      'marry a foreigner',
      'marrying a foreigner',
      'marriage with a foreign national',
      'foreign marriage',
    ],
    means: 'đăng ký kết hôn có yếu tố nước ngoài',
  },
  {
    said: [
      'report a lost',
      'report lost',
      'report loss',
      'report the loss',
      'lost passport report',
    ],
    means: 'trình báo mất',
  },
  { said: ['disability certificate', 'disability', 'disabled'], means: 'xác nhận khuyết tật' },
  // At 17 every young man registers for the first time: the common case.
  { said: ['military service'], means: 'nghĩa vụ quân sự', prefers: 'đăng ký lần đầu' },
  {
    said: ['police record', 'police check', 'background check', 'criminal background'],
    means: 'cấp phiếu lý lịch tư pháp',
  },
  { said: ['notarize', 'notarise', 'notary', 'notarization', 'notarisation'], means: 'chứng thực' },
  { said: ['signature', 'signatures'], means: 'chữ ký' },
  { said: ['translation', 'translator', 'translated'], means: 'chứng thực chữ ký người dịch' },
  {
    said: ['social insurance book', 'social insurance booklet'],
    means: 'đăng ký tham gia bảo hiểm xã hội cấp sổ bảo hiểm xã hội',
  },
  { said: ['old age pension', 'retirement pension'], means: 'hưởng lương hưu' },
  { said: ['temporary absence'], means: 'khai báo tạm vắng' },
  { said: ['declaration', 'declare'], means: 'khai báo' },
  {
    said: ['residence card', 'temporary residence card'],
    means: 'cấp thẻ tạm trú cho người nước ngoài',
  },
  { said: ['residence'], means: 'cư trú' },
  {
    said: ['change of owner', 'change of ownership', 'transfer ownership', 'ownership transfer'],
    means: 'thay đổi chủ sang tên',
  },
  { said: ['ownership', 'owner'], means: 'chủ' },
  { said: ['transfer'], means: 'chuyển' },
  { said: ['copy', 'copies', 'extract'], means: 'bản sao' },
  {
    said: ['birth certificate copy', 'copy of birth certificate', 'birth certificate extract'],
    means: 'cấp bản sao trích lục hộ tịch bản sao giấy khai sinh',
  },
  {
    said: [
      'name change',
      'change of name',
      'change my name',
      'correct my name',
      'civil status correction',
    ],
    means: 'thay đổi cải chính bổ sung thông tin hộ tịch',
  },
  { said: ['divorce'], means: 'ly hôn' },
  {
    said: ['inheritance', 'inherit', 'estate'],
    means: 'chứng thực văn bản phân chia di sản thừa kế',
  },
  { said: ['mortgage'], means: 'đăng ký biện pháp bảo đảm thế chấp' },
  { said: ['land use purpose', 'change land use'], means: 'chuyển mục đích sử dụng đất' },
  {
    said: ['land transfer', 'buy land', 'sell land'],
    means: 'đăng ký biến động quyền sử dụng đất chuyển nhượng',
  },
  { said: ['house', 'home', 'housing'], means: 'nhà ở' },
  {
    said: ['number plate', 'licence plate', 'license plate', 'plate number'],
    means: 'biển số xe',
  },
  { said: ['car', 'motorbike', 'motorcycle', 'scooter', 'vehicle'], means: 'xe' },
  { said: ['citizenship', 'nationality', 'naturalisation', 'naturalization'], means: 'quốc tịch' },
  {
    said: ['legalisation', 'legalization', 'consular legalisation', 'apostille'],
    means: 'hợp pháp hóa lãnh sự',
  },
  { said: ['e-visa', 'evisa', 'electronic visa'], means: 'cấp thị thực điện tử' },
  { said: ['personal income tax', 'income tax'], means: 'thuế thu nhập cá nhân' },
  { said: ['tax refund'], means: 'hoàn thuế' },
  { said: ['tax'], means: 'thuế' },
  {
    said: ['food safety', 'food hygiene', 'food safety certificate'],
    means: 'giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  },
  { said: ['alcohol', 'liquor', 'wine'], means: 'rượu' },
  { said: ['tobacco', 'cigarettes'], means: 'thuốc lá' },
  { said: ['school transfer', 'change school', 'transfer school'], means: 'chuyển trường' },
  { said: ['scholarship', 'tuition fee'], means: 'học bổng học phí' },
  { said: ['diploma', 'degree'], means: 'văn bằng' },
  { said: ['elderly', 'old people', 'senior citizen', 'senior citizens'], means: 'người cao tuổi' },
  { said: ['allowance', 'benefit', 'benefits', 'subsidy', 'support'], means: 'trợ cấp' },
  { said: ['burial'], means: 'mai táng' },
  { said: ['survivor', 'survivors'], means: 'tử tuất' },
  { said: ['insurance'], means: 'bảo hiểm' },
  {
    said: ['business registration', 'business licence', 'business license'],
    means: 'đăng ký doanh nghiệp',
  },
  { said: ['business'], means: 'kinh doanh' },
  { said: ['newborn', 'baby'], means: 'khai sinh' },
  {
    said: ['foreigner', 'foreigners', 'foreign national', 'expat', 'expatriate'],
    means: 'người nước ngoài',
  },
  { said: ['foreign'], means: 'nước ngoài' },
  { said: ['child', 'children', 'kid', 'son', 'daughter'], means: '' },
  { said: ['issue', 'issuance', 'new', 'first'], means: 'cấp' },
  { said: ['change', 'update', 'amend', 'amendment', 'correction'], means: 'thay đổi' },
  { said: ['confirm', 'confirmation', 'certify', 'certification'], means: 'xác nhận' },
  { said: ['report'], means: 'trình báo' },
  // Verbs and small words around the terms: English "renew" is the Vietnamese "đổi" (exchange
  // an expiring document), "replace"/"lost" a re-issue ("cấp lại").
  { said: ['renew', 'renewal', 'exchange'], means: 'đổi' },
  { said: ['replace', 'replacement', 'reissue', 'lost'], means: 'cấp lại' },
  { said: ['registration', 'register'], means: 'đăng ký' },
  { said: ['extension', 'extend'], means: 'gia hạn' },
  { said: ['certificate', 'permit', 'licence', 'license'], means: 'giấy' },
  {
    said: [
      'a',
      'an',
      'the',
      'of',
      'for',
      'to',
      'my',
      'how',
      'in',
      'vietnam',
      'apply',
      'application',
      'get',
    ],
    means: '',
  },
];

/**
 * Words people add around a procedure's name that say nothing about which procedure it is
 * ("xin giấy phép xây dựng", "khai sinh cho bé"): they still match, at a small weight, so a
 * name that happens to contain one is not preferred for it.
 */
export const FILLER_WORDS: readonly string[] = [
  'xin',
  'làm',
  'muốn',
  'cần',
  'cách',
  'thủ tục',
  'hồ sơ',
  'như thế nào',
  'thế nào',
  'làm sao',
  'ở đâu',
  'bao lâu',
  'online',
  'trực tuyến',
  'cho',
  'bé',
  'em bé',
  'con',
  'bố',
  'mẹ',
  'cha',
  'ông',
  'bà',
  'vợ',
  'chồng',
  'tôi',
  'mình',
  'mới',
  'mới sinh',
  'mới đẻ',
  'đẻ',
  'bị',
  'ở',
  'sinh viên',
  'người',
  'trẻ em',
  'hết hạn',
  'để',
  'khi',
  'nghỉ việc',
  'giấy tờ',
  'nhà ở',
  'ô tô',
  'xe máy',
  'người mất',
  'mã',
  'mã số',
  'tthc',
  // A question around the procedure's name, as people type it into a search box or a chat.
  'cho hỏi',
  'hỏi',
  'gồm những gì',
  'những gì',
  'cần gì',
  'giấy tờ gì',
  'cần những giấy tờ gì',
  'bao nhiêu',
  'bao nhiêu tiền',
  'lệ phí',
  'mất bao lâu',
  'bao giờ',
  'khi nào',
  'tại đâu',
  'nộp ở đâu',
  'hướng dẫn',
  'quy trình',
  'giúp',
  'giúp tôi',
  'với',
  'ạ',
  'ơi',
  'nhé',
  'vậy',
  'được không',
  'có được không',
  'thế nào',
  'như nào',
  'người thân',
  'gia đình tôi',
  'của tôi',
  'mình muốn',
  'em muốn',
];

/**
 * Actions that presuppose a first one: a replacement, renewal, change or end of something
 * issued or registered before. Catalogue names open with their action ("Đổi giấy phép lái
 * xe", "Trình báo mất hộ chiếu"), so a query naming the thing and no action ("giấy phép lái
 * xe", "hộ chiếu") is answered first by the thing's own procedure, then by these. Longest first
 * where one starts another ("cấp đổi" before "cấp").
 */
export const SECONDARY_ACTIONS: readonly string[] = [
  'cấp đổi',
  'cấp lại',
  'đăng ký lại',
  'đổi',
  'gia hạn',
  'thu hồi',
  'trình báo mất',
  'điều chỉnh',
  'đính chính',
  'thay đổi',
  'sửa đổi',
  'bổ sung',
  'hủy',
  'xóa',
  'chấm dứt',
  'tạm ngừng',
  'giải thể',
];
