import type { z } from 'zod';
import type { lifeEventSchema } from './schema.ts';

type LifeEventInput = z.input<typeof lifeEventSchema>;

/** Business and lost-paper events (see family.ts for how they are checked). */
export const STARTING_A_BUSINESS: LifeEventInput = {
  slug: 'starting-a-business',
  title: { vi: 'mở cửa hàng, quán hoặc công ty', en: 'start a shop, an eatery or a company' },
  heading: {
    vi: 'Khi mở hộ kinh doanh hoặc thành lập công ty',
    en: 'When you start a household business or a company',
  },
  intro: {
    vi: 'Đăng ký kinh doanh, rồi những giấy phép và việc khai báo thường cần cho một cửa hàng, quán ăn nhỏ.',
    en: 'Register the business, then the licences and returns a small shop or eatery usually needs.',
  },
  searchTerms: [
    'mở quán',
    'mở quán ăn',
    'mở cửa hàng',
    'mở tiệm',
    'mở shop',
    'buôn bán',
    'kinh doanh',
    'hộ kinh doanh',
    'mở công ty',
    'thành lập công ty',
    'thành lập doanh nghiệp',
    'start a business',
    'open a shop',
    'household business',
    'start a company',
    'restaurant',
  ],
  prepareOnce: [
    {
      vi: 'Căn cước của chủ hộ kinh doanh, hoặc của người đại diện theo pháp luật của công ty.',
      en: 'The identity card of the household business owner, or of the company’s legal representative.',
    },
    {
      vi: 'Tên dự định, địa chỉ kinh doanh, ngành nghề và số vốn.',
      en: 'The planned name, the business address, the lines of business and the capital.',
    },
  ],
  steps: [
    {
      id: 'register',
      title: { vi: 'Đăng ký kinh doanh', en: 'Register the business' },
      text: {
        vi: 'Cửa hàng, quán nhỏ của một người hoặc một gia đình thường đăng ký hộ kinh doanh ở Ủy ban nhân dân xã, phường. Muốn lập công ty thì đăng ký doanh nghiệp, trực tuyến được. Một số người buôn bán nhỏ, lưu động không phải đăng ký: xã, phường cho biết.',
        en: 'A small shop or eatery run by one person or a family usually registers as a household business at the commune or ward office. For a company, register the enterprise; this can be done online. Some small and street traders need not register: the commune or ward tells you.',
      },
      procedures: [
        { code: '1.001612', when: { vi: 'Hộ kinh doanh.', en: 'A household business.' } },
        {
          code: '2.001610',
          when: { vi: 'Doanh nghiệp tư nhân.', en: 'A sole proprietorship.' },
        },
        {
          code: '2.001583',
          when: {
            vi: 'Công ty TNHH một thành viên.',
            en: 'A single-member limited liability company.',
          },
        },
        {
          code: '2.001199',
          when: {
            vi: 'Công ty TNHH hai thành viên trở lên.',
            en: 'A limited liability company with two or more members.',
          },
        },
        { code: '2.002043', when: { vi: 'Công ty cổ phần.', en: 'A joint-stock company.' } },
      ],
      isOptional: false,
      dependsOn: [],
      linkedService: {
        text: {
          vi: 'Đăng ký doanh nghiệp cũng là đăng ký thuế: mã số doanh nghiệp đồng thời là mã số thuế, không phải làm thủ tục đăng ký thuế riêng.',
          en: 'Registering a company also registers it for tax: the enterprise code is also its tax code, so there is no separate tax registration.',
        },
        law: 'Luật Doanh nghiệp 2020, Điều 29',
      },
    },
    {
      id: 'food-safety',
      title: {
        vi: 'Xin giấy chứng nhận an toàn thực phẩm',
        en: 'Get a food safety certificate',
      },
      text: {
        vi: 'Quán ăn, quán nước cần đủ điều kiện an toàn thực phẩm. Một số cơ sở nhỏ được miễn giấy chứng nhận nhưng vẫn phải giữ đủ điều kiện; cơ quan cấp cho biết.',
        en: 'An eatery or drinks stall must meet food safety conditions. Some small places need no certificate but must still meet them; the issuing office tells you.',
      },
      procedures: [{ code: '1.013855' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Quán ăn, quán nước và cơ sở làm thực phẩm.',
        en: 'Eateries, drinks stalls and food makers.',
      },
      dependsOn: ['register'],
    },
    {
      id: 'tax',
      title: { vi: 'Khai thuế hộ kinh doanh', en: 'File the household business tax return' },
      text: {
        vi: 'Hộ kinh doanh khai thuế với cơ quan thuế. Cơ quan thuế cho biết bạn khai theo cách nào và nộp bao nhiêu.',
        en: 'A household business files its tax return with the tax office, which tells you how to file and how much to pay.',
      },
      procedures: [{ code: '1.011022' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Hộ kinh doanh và cá nhân kinh doanh.',
        en: 'Household businesses and individual traders.',
      },
      dependsOn: ['register'],
    },
    {
      id: 'staff-insurance',
      title: { vi: 'Đóng bảo hiểm cho người làm', en: 'Insure your employees' },
      text: {
        vi: 'Đăng ký đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp cho người làm theo hợp đồng lao động.',
        en: 'Register your employees for social, health and unemployment insurance.',
      },
      procedures: [{ code: '1.002051' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Khi bạn thuê người làm thuộc diện đóng bảo hiểm xã hội bắt buộc.',
        en: 'When you employ people who must be covered by compulsory social insurance.',
      },
      dependsOn: ['register'],
    },
  ],
  reviewedOn: '2026-12-02',
};

export const LOST_PAPERS: LifeEventInput = {
  slug: 'lost-papers',
  title: {
    vi: 'mất căn cước, hộ chiếu hoặc bằng lái xe',
    en: 'lose your ID card, passport or driving licence',
  },
  heading: {
    vi: 'Khi bị mất căn cước, hộ chiếu hoặc bằng lái xe',
    en: 'When you lose your ID card, passport or driving licence',
  },
  intro: {
    vi: 'Báo mất để không ai dùng được giấy tờ của bạn, rồi xin cấp lại. Làm những bước hợp với giấy tờ bạn đã mất.',
    en: 'Report the loss so nobody can use your papers, then get new ones. Do the steps for the papers you lost.',
  },
  searchTerms: [
    'mất giấy tờ',
    'mất căn cước',
    'mất cccd',
    'mất chứng minh',
    'mất hộ chiếu',
    'mất bằng lái',
    'mất giấy phép lái xe',
    'mất ví',
    'làm lại căn cước',
    'làm lại hộ chiếu',
    'làm lại bằng lái',
    'lost id',
    'lost passport',
    'lost driving licence',
    'lost wallet',
  ],
  prepareOnce: [
    {
      vi: 'Nếu còn: ảnh chụp hoặc bản sao giấy tờ đã mất, và số của giấy tờ đó.',
      en: 'If you have them: a photo or copy of the lost paper, and its number.',
    },
    {
      vi: 'Tài khoản định danh điện tử VNeID mức 2, để làm được nhiều việc trực tuyến.',
      en: 'A level 2 VNeID electronic identity account, to do more of this online.',
    },
  ],
  steps: [
    {
      id: 'lock-eid',
      title: { vi: 'Khóa căn cước điện tử', en: 'Lock your electronic ID' },
      text: {
        vi: 'Nếu mất điện thoại có cài VNeID, khóa căn cước điện tử để người khác không dùng được. Mở khóa lại khi đã an toàn.',
        en: 'If you lost a phone with VNeID on it, lock your electronic ID so nobody else can use it. Unlock it once it is safe.',
      },
      procedures: [
        { code: '3.000285', when: { vi: 'Khóa.', en: 'To lock it.' } },
        { code: '3.000286', when: { vi: 'Mở khóa lại.', en: 'To unlock it again.' } },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người bị mất điện thoại có cài VNeID.',
        en: 'Someone who lost a phone with VNeID on it.',
      },
      dependsOn: [],
    },
    {
      id: 'identity-card',
      title: { vi: 'Xin cấp lại thẻ căn cước', en: 'Get a new identity card' },
      text: {
        vi: 'Xin cấp lại thẻ căn cước ở Công an xã, phường hoặc trực tuyến.',
        en: 'Ask the commune or ward police for a new identity card, or apply online.',
      },
      procedures: [{ code: '1.014064' }],
      isOptional: true,
      whoNeedsIt: { vi: 'Người bị mất thẻ căn cước.', en: 'Someone who lost their identity card.' },
      dependsOn: [],
    },
    {
      id: 'report-passport',
      title: { vi: 'Báo mất hộ chiếu', en: 'Report a lost passport' },
      text: {
        vi: 'Báo mất để hộ chiếu bị hủy giá trị, không ai dùng được.',
        en: 'Report it so the passport is cancelled and nobody can use it.',
      },
      procedures: [
        {
          code: '1.001445',
          when: {
            vi: 'Báo ở Phòng Quản lý xuất nhập cảnh Công an tỉnh, hoặc trực tuyến.',
            en: 'At the provincial police immigration office, or online.',
          },
        },
        {
          code: '1.010386',
          when: { vi: 'Báo ở Công an xã, phường.', en: 'At the commune or ward police.' },
        },
      ],
      isOptional: true,
      whoNeedsIt: { vi: 'Người bị mất hộ chiếu.', en: 'Someone who lost their passport.' },
      dependsOn: [],
      deadline: {
        text: {
          vi: 'Trong 48 giờ kể từ khi phát hiện mất hộ chiếu.',
          en: 'Within 48 hours of finding out the passport is lost.',
        },
        law: 'Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019, Điều 28',
      },
    },
    {
      id: 'new-passport',
      title: { vi: 'Làm hộ chiếu mới', en: 'Get a new passport' },
      text: {
        vi: 'Sau khi đã báo mất, xin cấp hộ chiếu mới khi bạn cần.',
        en: 'Once the loss is reported, apply for a new passport when you need one.',
      },
      procedures: [{ code: '1.001456' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người đã báo mất hộ chiếu và cần hộ chiếu mới.',
        en: 'Someone who reported a lost passport and needs a new one.',
      },
      dependsOn: ['report-passport'],
    },
    {
      id: 'driving-licence',
      title: { vi: 'Xin cấp lại giấy phép lái xe', en: 'Get a new driving licence' },
      text: {
        vi: 'Nếu dữ liệu giấy phép lái xe còn trong hệ thống, bạn được cấp lại mà không phải thi lại.',
        en: 'If your licence is still on record, you get a new one without retaking the test.',
      },
      procedures: [{ code: '3.000348' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người bị mất giấy phép lái xe.',
        en: 'Someone who lost their driving licence.',
      },
      dependsOn: [],
    },
  ],
  reviewedOn: '2026-12-02',
};
