import type { z } from 'zod';
import type { lifeEventSchema } from './schema.ts';

type LifeEventInput = z.input<typeof lifeEventSchema>;

/** Home and land events (see family.ts for how they are checked). */
export const MOVING_HOUSE: LifeEventInput = {
  slug: 'moving-house',
  title: { vi: 'chuyển nhà', en: 'move house' },
  heading: { vi: 'Khi chuyển đến nơi ở mới', en: 'When you move to a new home' },
  intro: {
    vi: 'Đăng ký nơi ở mới với Công an xã, phường: thường trú nếu ở hẳn, tạm trú nếu ở một thời gian.',
    en: 'Register your new home with the commune or ward police: permanent residence if you stay for good, temporary residence if you stay for a while.',
  },
  searchTerms: [
    'chuyển nhà',
    'chuyển chỗ ở',
    'chuyển đi nơi khác',
    'nơi ở mới',
    'chuyển hộ khẩu',
    'nhập hộ khẩu',
    'thường trú',
    'tạm trú',
    'thuê nhà',
    'ở trọ',
    'move house',
    'moving home',
    'new address',
    'residence',
  ],
  prepareOnce: [
    { vi: 'Căn cước của người đăng ký.', en: 'The identity card of the person registering.' },
    {
      vi: 'Giấy tờ chứng minh chỗ ở hợp pháp: giấy chứng nhận nhà đất, hợp đồng thuê hoặc mượn nhà, hoặc văn bản chủ nhà đồng ý cho ở.',
      en: 'Proof that you may live there: the land or house certificate, a rental or loan agreement, or the owner’s written consent.',
    },
  ],
  steps: [
    {
      id: 'permanent-residence',
      title: { vi: 'Đăng ký thường trú', en: 'Register permanent residence' },
      text: {
        vi: 'Đăng ký nơi ở mới là nơi thường trú. Khi đăng ký xong, nơi thường trú cũ được xóa, bạn không phải làm riêng.',
        en: 'Register the new home as your permanent address. Once it is registered, the old address is removed; you need not do that yourself.',
      },
      procedures: [{ code: '1.004222' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người chuyển hẳn đến nơi ở mới và đủ điều kiện thường trú ở đó (nhà của mình, hoặc được chủ nhà đồng ý).',
        en: 'Someone moving for good who may register there (their own home, or with the owner’s consent).',
      },
      dependsOn: [],
      deadline: {
        text: {
          vi: 'Trong 12 tháng kể từ ngày đủ điều kiện đăng ký thường trú ở nơi mới.',
          en: 'Within 12 months of becoming eligible to register at the new home.',
        },
        law: 'Luật Cư trú 2020, Điều 22',
      },
    },
    {
      id: 'temporary-residence',
      title: { vi: 'Đăng ký tạm trú', en: 'Register temporary residence' },
      text: {
        vi: 'Đăng ký tạm trú với Công an xã, phường nơi ở mới, trực tiếp hoặc trực tuyến.',
        en: 'Register temporary residence with the commune or ward police of your new home, in person or online.',
      },
      procedures: [{ code: '1.004194' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người ở nơi mới một thời gian mà chưa đăng ký thường trú ở đó: thuê trọ, đi làm, đi học.',
        en: 'Someone staying for a time without permanent residence there: renting, working or studying.',
      },
      dependsOn: [],
      deadline: {
        text: {
          vi: 'Phải đăng ký khi ở từ 30 ngày trở lên tại nơi ngoài xã, phường đã đăng ký thường trú.',
          en: 'Required once you stay 30 days or more outside the commune or ward of your permanent address.',
        },
        law: 'Luật Cư trú 2020, Điều 27',
      },
    },
    {
      id: 'extend-temporary',
      title: { vi: 'Gia hạn tạm trú', en: 'Extend temporary residence' },
      text: {
        vi: 'Tạm trú có thời hạn. Trước khi hết hạn, xin gia hạn nếu bạn vẫn ở đó.',
        en: 'Temporary residence has an end date. Before it ends, extend it if you still live there.',
      },
      procedures: [{ code: '1.002755' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người sắp hết thời hạn tạm trú mà vẫn ở đó.',
        en: 'Someone whose temporary residence is about to end who still lives there.',
      },
      dependsOn: ['temporary-residence'],
    },
    {
      id: 'temporary-absence',
      title: { vi: 'Khai báo tạm vắng', en: 'Declare a temporary absence' },
      text: {
        vi: 'Chỉ một số trường hợp luật quy định phải khai báo khi đi khỏi nơi cư trú; trang thủ tục nói rõ ai phải khai.',
        en: 'Only some people must declare it when they leave where they live; the procedure page says who.',
      },
      procedures: [{ code: '1.003677' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Những người luật yêu cầu khai báo tạm vắng.',
        en: 'People the law requires to declare a temporary absence.',
      },
      dependsOn: [],
    },
    {
      id: 'school-transfer',
      title: { vi: 'Chuyển trường cho con', en: "Move your child's school" },
      text: {
        vi: 'Xin chuyển trường cho con đang học tiểu học, trung học cơ sở hoặc trung học phổ thông.',
        en: 'Ask for a school transfer for a child in primary or secondary school.',
      },
      procedures: [{ code: '2.002854' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Gia đình có con đang đi học phải chuyển trường.',
        en: 'Families whose school-age child must change school.',
      },
      dependsOn: [],
    },
  ],
  reviewedOn: '2026-12-02',
};

export const BUILDING_A_HOUSE: LifeEventInput = {
  slug: 'building-a-house',
  title: { vi: 'xây hoặc sửa nhà', en: 'build or repair a house' },
  heading: { vi: 'Khi xây mới hoặc sửa nhà', en: 'When you build or repair a house' },
  intro: {
    vi: 'Xin giấy phép trước khi xây, sửa khi cần, và ghi ngôi nhà vào giấy chứng nhận sau khi xây xong.',
    en: 'Get a permit before you build or repair when one is needed, and add the house to your land certificate once it is built.',
  },
  searchTerms: [
    'làm nhà',
    'xây nhà',
    'sửa nhà',
    'xây dựng nhà',
    'cải tạo nhà',
    'sửa chữa nhà',
    'giấy phép xây dựng',
    'xin phép xây dựng',
    'build a house',
    'building permit',
    'repair a house',
    'renovate',
  ],
  prepareOnce: [
    {
      vi: 'Giấy chứng nhận quyền sử dụng đất (sổ đỏ) của thửa đất.',
      en: 'The land-use right certificate (the "red book") of the plot.',
    },
    { vi: 'Bản vẽ thiết kế ngôi nhà.', en: 'The design drawings of the house.' },
    { vi: 'Căn cước của chủ nhà.', en: 'The owner’s identity card.' },
  ],
  steps: [
    {
      id: 'building-permit',
      title: { vi: 'Xin giấy phép xây dựng', en: 'Get a building permit' },
      text: {
        vi: 'Nộp hồ sơ trước khi khởi công. Không được xây trước khi có giấy phép, nếu nhà bạn thuộc diện phải có.',
        en: 'Apply before work starts. If your house needs a permit, do not start building without it.',
      },
      procedures: [
        { code: '1.013225', when: { vi: 'Xây nhà mới.', en: 'A new house.' } },
        {
          code: '1.013229',
          when: { vi: 'Sửa chữa, cải tạo nhà.', en: 'Repairing or renovating.' },
        },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Hầu hết nhà ở đô thị và nhà ở nơi đã có quy hoạch. Một số nhà ở nông thôn nơi chưa có quy hoạch được miễn: hỏi Ủy ban nhân dân xã, phường nơi có đất.',
        en: 'Most houses in towns and where there is a zoning plan. Some rural houses where there is no plan are exempt: ask the commune or ward office where the land is.',
      },
      dependsOn: [],
    },
    {
      id: 'amend-permit',
      title: { vi: 'Điều chỉnh giấy phép', en: 'Amend the permit' },
      text: {
        vi: 'Nếu muốn xây khác với giấy phép đã cấp, xin điều chỉnh trước khi làm.',
        en: 'If you want to build differently from the permit, have it amended first.',
      },
      procedures: [{ code: '1.013226' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người muốn thay đổi thiết kế đã được cấp phép.',
        en: 'Someone who wants to change the permitted design.',
      },
      dependsOn: ['building-permit'],
    },
    {
      id: 'extend-permit',
      title: { vi: 'Gia hạn giấy phép', en: 'Extend the permit' },
      text: {
        vi: 'Giấy phép hết hiệu lực nếu không khởi công kịp. Xin gia hạn trước khi hết hạn.',
        en: 'A permit lapses if work does not start in time. Ask for an extension before it lapses.',
      },
      procedures: [{ code: '1.013227' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người chưa khởi công kịp thời hạn ghi trong giấy phép.',
        en: 'Someone who has not started work within the permit’s time.',
      },
      dependsOn: ['building-permit'],
    },
    {
      id: 'register-house',
      title: { vi: 'Ghi ngôi nhà vào sổ đỏ', en: 'Add the house to your land certificate' },
      text: {
        vi: 'Khi xây xong, đăng ký để ngôi nhà được ghi vào giấy chứng nhận. Việc này cần khi bán, thế chấp hay để lại thừa kế.',
        en: 'Once built, register the house so it is written on the certificate. You need this to sell, mortgage or pass it on.',
      },
      procedures: [{ code: '1.013995' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Chủ nhà muốn quyền sở hữu ngôi nhà được ghi nhận.',
        en: 'Owners who want their ownership of the house on record.',
      },
      dependsOn: [],
    },
  ],
  reviewedOn: '2026-12-02',
};

export const LAND: LifeEventInput = {
  slug: 'land',
  title: { vi: 'mua, bán hoặc thừa kế đất', en: 'buy, sell or inherit land' },
  heading: {
    vi: 'Khi mua bán, tặng cho hoặc thừa kế nhà đất',
    en: 'When you buy, sell, give or inherit land or a house',
  },
  intro: {
    vi: 'Làm hợp đồng có công chứng hoặc chứng thực, khai thuế, rồi sang tên trên giấy chứng nhận.',
    en: 'Make a notarised or certified contract, file the tax returns, then transfer the certificate into the new name.',
  },
  searchTerms: [
    'mua đất',
    'bán đất',
    'mua nhà',
    'bán nhà',
    'mua bán nhà đất',
    'sang tên sổ đỏ',
    'sang tên',
    'thừa kế đất',
    'thừa kế nhà',
    'tặng cho đất',
    'chuyển nhượng đất',
    'buy land',
    'sell land',
    'inherit land',
    'buy a house',
    'land transfer',
  ],
  prepareOnce: [
    {
      vi: 'Giấy chứng nhận quyền sử dụng đất (sổ đỏ) bản gốc.',
      en: 'The original land-use right certificate (the "red book").',
    },
    { vi: 'Căn cước của các bên.', en: 'Everyone’s identity cards.' },
    {
      vi: 'Giấy chứng nhận kết hôn hoặc giấy xác nhận tình trạng hôn nhân: thường được hỏi để biết đất là của riêng hay của chung vợ chồng.',
      en: 'A marriage certificate or a certificate of marital status: usually asked for, to know whether the land belongs to one person or to a couple.',
    },
  ],
  steps: [
    {
      id: 'split-plot',
      title: { vi: 'Tách thửa', en: 'Split the plot' },
      text: {
        vi: 'Nếu chỉ bán, tặng hoặc chia một phần thửa đất, xin tách thửa trước.',
        en: 'If you sell, give or share out only part of a plot, have it split first.',
      },
      procedures: [{ code: '1.012784' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Khi chỉ chuyển một phần thửa đất.',
        en: 'When only part of a plot changes hands.',
      },
      dependsOn: [],
    },
    {
      id: 'contract',
      title: {
        vi: 'Lập hợp đồng hoặc văn bản chia thừa kế',
        en: 'Make the contract or the inheritance agreement',
      },
      text: {
        vi: 'Hợp đồng mua bán, tặng cho nhà đất phải công chứng ở văn phòng công chứng hoặc chứng thực ở Ủy ban nhân dân xã, phường. Khi thừa kế, những người thừa kế lập văn bản chia di sản.',
        en: 'A contract to sell or give land or a house must be notarised at a notary office or certified at the commune or ward office. For an inheritance, the heirs write an agreement sharing out the estate.',
      },
      procedures: [
        {
          code: '2.001035',
          when: {
            vi: 'Chứng thực hợp đồng ở xã, phường.',
            en: 'Certifying the contract at the commune or ward.',
          },
        },
        {
          code: '2.001406',
          when: {
            vi: 'Chứng thực văn bản chia thừa kế.',
            en: 'Certifying the inheritance agreement.',
          },
        },
      ],
      isOptional: false,
      dependsOn: [],
    },
    {
      id: 'tax',
      title: {
        vi: 'Khai thuế và lệ phí trước bạ',
        en: 'File the tax and registration fee returns',
      },
      text: {
        vi: 'Người bán khai thuế thu nhập cá nhân; người nhận khai lệ phí trước bạ. Thường nộp tờ khai cùng hồ sơ sang tên. Mua bán, tặng cho hay thừa kế giữa người thân trong gia đình thường được miễn, nhưng vẫn phải khai.',
        en: 'The seller files the personal income tax return; the new owner files the registration fee return. They usually go in with the transfer application. Between close family members these are often exempt, but the returns are still filed.',
      },
      procedures: [
        {
          code: '1.007674',
          when: { vi: 'Thuế thu nhập cá nhân.', en: 'Personal income tax.' },
        },
        { code: '1.007277', when: { vi: 'Lệ phí trước bạ.', en: 'Registration fee.' } },
      ],
      isOptional: false,
      dependsOn: ['contract'],
    },
    {
      id: 'transfer',
      title: { vi: 'Sang tên trên giấy chứng nhận', en: 'Transfer the certificate' },
      text: {
        vi: 'Nộp hồ sơ ở Văn phòng đăng ký đất đai hoặc nơi tiếp nhận của xã, phường. Sau khi nộp đủ thuế, phí theo thông báo, bạn nhận giấy chứng nhận mang tên mới.',
        en: 'File at the land registration office or the commune or ward reception desk. Once the tax and fees in the notice are paid, you receive the certificate in the new name.',
      },
      procedures: [{ code: '1.013831' }],
      isOptional: false,
      dependsOn: ['contract'],
      deadline: {
        text: {
          vi: 'Trong 30 ngày kể từ ngày hợp đồng có hiệu lực; khi thừa kế, kể từ ngày chia xong di sản.',
          en: 'Within 30 days of the contract taking effect; for an inheritance, of the estate being shared out.',
        },
        law: 'Luật Đất đai 2024, Điều 133',
      },
    },
  ],
  reviewedOn: '2026-12-02',
};
