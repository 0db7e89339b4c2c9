import type { z } from 'zod';
import type { lifeEventSchema } from './schema.ts';

type LifeEventInput = z.input<typeof lifeEventSchema>;

/**
 * Family events. Deadlines are given only where a law sets one and we cite it; every code is
 * checked against the real national catalogue by tests/server/life-events-catalogue.test.ts.
 */
export const HAVING_A_BABY: LifeEventInput = {
  slug: 'having-a-baby',
  title: { vi: 'sinh con', en: 'have a baby' },
  heading: { vi: 'Khi gia đình có em bé', en: 'When you have a baby' },
  intro: {
    vi: 'Các việc giấy tờ sau khi em bé chào đời, theo thứ tự. Ba việc đầu có thể làm chung bằng một hồ sơ liên thông.',
    en: 'The paperwork after your baby is born, in order. The first three can be done together with one joined-up application.',
  },
  searchTerms: [
    'sinh con',
    'có em bé',
    'em bé',
    'mới sinh',
    'sinh em bé',
    'đẻ con',
    'trẻ sơ sinh',
    'khai sinh',
    'giấy khai sinh',
    'baby',
    'have a baby',
    'newborn',
    'birth',
  ],
  prepareOnce: [
    {
      vi: 'Giấy chứng sinh do bệnh viện hoặc trạm y tế nơi sinh cấp. Nếu sinh ở nhà: giấy xác nhận của người làm chứng.',
      en: 'The certificate of live birth from the hospital or health station. For a birth at home: a statement from a witness.',
    },
    {
      vi: 'Căn cước của cha hoặc mẹ (thẻ căn cước hoặc căn cước điện tử trên VNeID).',
      en: "The father's or mother's identity card (the card, or the electronic ID in the VNeID app).",
    },
    {
      vi: 'Giấy chứng nhận kết hôn của cha mẹ, nếu cha mẹ đã đăng ký kết hôn.',
      en: "The parents' marriage certificate, if they are married.",
    },
  ],
  steps: [
    {
      id: 'birth-certificate',
      title: { vi: 'Nhận giấy chứng sinh', en: 'Get the certificate of live birth' },
      text: {
        vi: 'Bệnh viện hoặc trạm y tế nơi em bé sinh ra cấp giấy chứng sinh. Xem kỹ tên mẹ, ngày sinh và giới tính của bé trước khi về.',
        en: "The hospital or health station where your baby was born issues it. Check the mother's name, the date of birth and the baby's sex before you leave.",
      },
      procedures: [{ code: '1.014331' }],
      isOptional: false,
      dependsOn: [],
    },
    {
      id: 'birth-registration',
      title: { vi: 'Đăng ký khai sinh', en: 'Register the birth' },
      text: {
        vi: 'Cha hoặc mẹ đăng ký khai sinh cho con ở Ủy ban nhân dân xã, phường hoặc trực tuyến. Bé được cấp giấy khai sinh và số định danh cá nhân.',
        en: 'The father or mother registers the birth at the commune or ward office, or online. Your baby gets a birth certificate and a personal identification number.',
      },
      procedures: [
        { code: '1.001193' },
        {
          code: '1.000689',
          when: {
            vi: 'Nếu cha mẹ chưa đăng ký kết hôn: khai sinh và nhận cha, mẹ, con cùng lúc.',
            en: 'If the parents are not married: register the birth and the parent–child recognition together.',
          },
        },
        {
          code: '2.000528',
          when: {
            vi: 'Nếu cha hoặc mẹ là người nước ngoài, hoặc bé sinh ở nước ngoài.',
            en: 'If a parent is a foreign national, or the baby was born abroad.',
          },
        },
      ],
      isOptional: false,
      dependsOn: ['birth-certificate'],
      deadline: {
        text: {
          vi: 'Trong 60 ngày kể từ ngày sinh.',
          en: 'Within 60 days of the birth.',
        },
        law: 'Luật Hộ tịch 2014, Điều 15',
      },
      linkedService: {
        text: {
          vi: 'Một hồ sơ cho cả ba việc: khai sinh, đăng ký thường trú và thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi. Bản điện tử làm trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; danh mục chưa có mã riêng cho bản này. Bản giấy nộp tại xã có mã 2.000986.',
          en: 'One application for all three: birth registration, permanent residence and a health insurance card for a child under 6. The electronic version is on the National Public Service Portal or the VNeID app; the catalogue has no code of its own for it. The paper version, filed at the commune, is 2.000986.',
        },
        code: '2.000986',
        law: 'Nghị định 63/2024/NĐ-CP (bản điện tử); Thông tư liên tịch 05/2015/TTLT-BTP-BCA-BYT (bản giấy)',
      },
    },
    {
      id: 'permanent-residence',
      title: { vi: 'Đăng ký thường trú cho con', en: "Register your baby's permanent address" },
      text: {
        vi: 'Đăng ký nơi thường trú cho bé, thường là nơi cha hoặc mẹ thường trú. Nếu đã làm hồ sơ liên thông ở bước trước thì bỏ qua bước này.',
        en: "Register where your baby permanently lives, usually the father's or mother's address. Skip this if you used the joined-up application in the step before.",
      },
      procedures: [{ code: '1.004222' }],
      isOptional: false,
      dependsOn: ['birth-registration'],
    },
    {
      id: 'health-insurance',
      title: {
        vi: 'Nhận thẻ bảo hiểm y tế cho con',
        en: 'Get a health insurance card for your baby',
      },
      text: {
        vi: 'Trẻ dưới 6 tuổi được cấp thẻ bảo hiểm y tế miễn phí: Nhà nước đóng tiền. Nếu đã làm hồ sơ liên thông thì thẻ được cấp cùng.',
        en: 'Children under 6 get a health insurance card free: the State pays for it. With the joined-up application, the card comes with it.',
      },
      procedures: [
        { code: '1.014137' },
        {
          code: '2.001023',
          when: {
            vi: 'Bản liên thông giấy cũ, nộp tại xã: khai sinh và thẻ bảo hiểm y tế cùng một hồ sơ.',
            en: 'The older paper joined-up form, filed at the commune: birth registration and the card in one application.',
          },
        },
      ],
      isOptional: false,
      dependsOn: ['birth-registration'],
    },
    {
      id: 'maternity-benefit',
      title: { vi: 'Xin chế độ thai sản', en: 'Claim maternity or paternity benefit' },
      text: {
        vi: 'Người đang đi làm thường nộp giấy tờ cho nơi làm việc; nơi làm việc nộp cho cơ quan bảo hiểm xã hội.',
        en: 'If you work for an employer, you usually give the papers to your employer, who files them with social insurance.',
      },
      procedures: [
        {
          code: '1.014166',
          when: { vi: 'Người mẹ sinh con.', en: 'For the mother.' },
        },
        {
          code: '1.014168',
          when: { vi: 'Người cha khi vợ sinh con.', en: 'For the father.' },
        },
        {
          code: '1.014170',
          when: {
            vi: 'Người mẹ đóng bảo hiểm xã hội tự nguyện.',
            en: 'For a mother with voluntary social insurance.',
          },
        },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Cha hoặc mẹ đang đóng bảo hiểm xã hội.',
        en: 'A father or mother who pays social insurance.',
      },
      dependsOn: ['birth-registration'],
    },
    {
      id: 'identity-card',
      title: { vi: 'Làm thẻ căn cước cho con', en: 'Get an identity card for your child' },
      text: {
        vi: 'Trẻ dưới 14 tuổi được cấp thẻ căn cước khi gia đình đề nghị; không bắt buộc.',
        en: 'A child under 14 gets an identity card if the family asks for one; it is not required.',
      },
      procedures: [{ code: '1.014062' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Gia đình muốn con có giấy tờ tùy thân riêng.',
        en: 'Families who want their child to have an ID of their own.',
      },
      dependsOn: ['birth-registration'],
    },
  ],
  reviewedOn: '2026-12-02',
};

export const DEATH_IN_FAMILY: LifeEventInput = {
  slug: 'death-in-the-family',
  title: { vi: 'có người thân mất', en: 'lose someone in your family' },
  heading: { vi: 'Khi gia đình có người mất', en: 'When someone in your family dies' },
  intro: {
    vi: 'Đây là lúc khó khăn. Trang này ghi các việc giấy tờ cần làm, theo thứ tự, để gia đình không bỏ sót quyền lợi.',
    en: 'This is a hard time. This page lists the paperwork, in order, so your family does not miss what it is owed.',
  },
  searchTerms: [
    'người thân mất',
    'người thân qua đời',
    'qua đời',
    'từ trần',
    'người mất',
    'bố mất',
    'mẹ mất',
    'khai tử',
    'mai táng',
    'tang lễ',
    'đám tang',
    'death',
    'died',
    'funeral',
    'bereavement',
  ],
  prepareOnce: [
    {
      vi: 'Giấy báo tử, hoặc giấy tờ thay thế, do bệnh viện hoặc nơi người mất qua đời cấp.',
      en: 'The notice of death (or the paper that replaces it) from the hospital or the authority where the person died.',
    },
    {
      vi: 'Căn cước của người đi làm thủ tục.',
      en: 'The identity card of the person doing the paperwork.',
    },
    {
      vi: 'Sổ hoặc mã số bảo hiểm xã hội của người mất, nếu người đó đã đóng hoặc đang hưởng bảo hiểm xã hội.',
      en: "The deceased's social insurance book or number, if they paid into or drew social insurance.",
    },
  ],
  steps: [
    {
      id: 'death-registration',
      title: { vi: 'Đăng ký khai tử', en: 'Register the death' },
      text: {
        vi: 'Vợ, chồng, con hoặc người thân khác đăng ký khai tử ở Ủy ban nhân dân xã, phường hoặc trực tuyến.',
        en: 'The spouse, a child or another relative registers the death at the commune or ward office, or online.',
      },
      procedures: [
        { code: '1.000656' },
        {
          code: '1.001766',
          when: {
            vi: 'Nếu người mất là người nước ngoài hoặc mất ở nước ngoài.',
            en: 'If the person was a foreign national or died abroad.',
          },
        },
      ],
      isOptional: false,
      dependsOn: [],
      deadline: {
        text: {
          vi: 'Trong 15 ngày kể từ ngày người thân mất.',
          en: 'Within 15 days of the death.',
        },
        law: 'Luật Hộ tịch 2014, Điều 33',
      },
      linkedService: {
        text: {
          vi: 'Một hồ sơ cho ba việc: khai tử, xóa đăng ký thường trú và hưởng mai táng phí hoặc trợ cấp tử tuất. Làm trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; danh mục chưa có mã riêng cho dịch vụ này.',
          en: 'One application for three things: death registration, removal of the permanent address, and the funeral or survivor allowance. It is on the National Public Service Portal or the VNeID app; the catalogue has no code of its own for it.',
        },
        law: 'Nghị định 63/2024/NĐ-CP',
      },
    },
    {
      id: 'remove-residence',
      title: { vi: 'Xóa đăng ký thường trú', en: 'Remove the permanent address' },
      text: {
        vi: 'Xóa tên người mất khỏi nơi thường trú. Nếu đã làm hồ sơ liên thông ở bước trước thì không cần làm riêng.',
        en: "Take the person's name off their permanent address. Not needed separately if you used the joined-up application in the step before.",
      },
      procedures: [{ code: '1.003197' }],
      isOptional: false,
      dependsOn: ['death-registration'],
    },
    {
      id: 'funeral-allowance',
      title: { vi: 'Nhận trợ cấp mai táng', en: 'Claim the funeral allowance' },
      text: {
        vi: 'Người lo mai táng được nhận một khoản tiền. Nơi trả tiền tùy theo người mất đã đóng bảo hiểm xã hội hay đang nhận trợ cấp xã hội.',
        en: 'Whoever arranged the funeral receives a sum of money. Who pays depends on whether the person paid social insurance or received social assistance.',
      },
      procedures: [
        {
          code: '1.014177',
          when: {
            vi: 'Người mất đã đóng hoặc đang hưởng bảo hiểm xã hội.',
            en: 'The person paid into or drew social insurance.',
          },
        },
        {
          code: '1.001731',
          when: {
            vi: 'Người mất đang nhận trợ cấp xã hội hằng tháng (bảo trợ xã hội).',
            en: 'The person received monthly social assistance.',
          },
        },
        {
          code: '1.014028',
          when: {
            vi: 'Người mất đang nhận trợ cấp hưu trí xã hội.',
            en: 'The person received the social pension.',
          },
        },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Gia đình có người mất đã đóng bảo hiểm xã hội, hoặc đang nhận trợ cấp xã hội.',
        en: 'Families of someone who paid social insurance or received social assistance.',
      },
      dependsOn: ['death-registration'],
    },
    {
      id: 'survivor-allowance',
      title: { vi: 'Xin trợ cấp tuất', en: "Claim the survivor's allowance" },
      text: {
        vi: 'Thân nhân có thể được nhận trợ cấp tuất, hằng tháng hoặc một lần. Cơ quan bảo hiểm xã hội cho biết ai được nhận và nhận theo cách nào.',
        en: 'Relatives may receive a survivor’s allowance, monthly or once. Social insurance tells you who qualifies and which kind.',
      },
      procedures: [
        { code: '1.014178', when: { vi: 'Trợ cấp hằng tháng.', en: 'Monthly allowance.' } },
        { code: '1.014179', when: { vi: 'Trợ cấp một lần.', en: 'One-off allowance.' } },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Vợ, chồng, con, cha mẹ của người đã đóng bảo hiểm xã hội.',
        en: 'The spouse, children or parents of someone who paid social insurance.',
      },
      dependsOn: ['death-registration'],
    },
    {
      id: 'inheritance',
      title: { vi: 'Chia thừa kế', en: 'Share out the estate' },
      text: {
        vi: 'Những người thừa kế lập văn bản thỏa thuận chia di sản, rồi chứng thực ở Ủy ban nhân dân xã hoặc công chứng ở văn phòng công chứng. Người không nhận phần của mình thì lập văn bản từ chối.',
        en: 'The heirs write an agreement on how to share the estate, then have it certified at the commune office or notarised at a notary office. An heir who does not want their share signs a refusal.',
      },
      procedures: [
        { code: '2.001406' },
        {
          code: '2.001016',
          when: {
            vi: 'Người thừa kế không nhận phần của mình.',
            en: 'An heir refuses their share.',
          },
        },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Khi người mất để lại nhà, đất hoặc tài sản khác.',
        en: 'When the person left a house, land or other property.',
      },
      dependsOn: ['death-registration'],
    },
    {
      id: 'land-inheritance',
      title: { vi: 'Sang tên nhà đất được thừa kế', en: 'Put inherited land in the heirs’ names' },
      text: {
        vi: 'Nộp hồ sơ sang tên ở Văn phòng đăng ký đất đai, kèm tờ khai thuế thu nhập cá nhân và lệ phí trước bạ. Thừa kế giữa người thân trong gia đình thường được miễn, nhưng vẫn phải khai.',
        en: 'File the transfer at the land registration office, with the personal income tax and registration fee returns. Inheritance between close family is often exempt, but you still file the returns.',
      },
      procedures: [
        { code: '1.013831' },
        {
          code: '1.007674',
          when: { vi: 'Tờ khai thuế thu nhập cá nhân.', en: 'Personal income tax return.' },
        },
        {
          code: '1.007277',
          when: { vi: 'Tờ khai lệ phí trước bạ.', en: 'Registration fee return.' },
        },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Khi di sản có đất hoặc nhà.',
        en: 'When the estate includes land or a house.',
      },
      dependsOn: ['inheritance'],
      deadline: {
        text: {
          vi: 'Trong 30 ngày kể từ ngày chia xong di sản thừa kế.',
          en: 'Within 30 days of the estate being shared out.',
        },
        law: 'Luật Đất đai 2024, Điều 133',
      },
    },
  ],
  reviewedOn: '2026-12-02',
};

export const GETTING_MARRIED: LifeEventInput = {
  slug: 'getting-married',
  title: { vi: 'kết hôn', en: 'get married' },
  heading: { vi: 'Khi kết hôn', en: 'When you get married' },
  intro: {
    vi: 'Đăng ký kết hôn, kể cả khi một người là người nước ngoài, và những việc thường làm sau đó.',
    en: 'Registering your marriage, including to a foreign national, and what people often do next.',
  },
  searchTerms: [
    'kết hôn',
    'đăng ký kết hôn',
    'cưới',
    'lấy vợ',
    'lấy chồng',
    'cưới người nước ngoài',
    'lấy chồng nước ngoài',
    'lấy vợ nước ngoài',
    'giấy đăng ký kết hôn',
    'marriage',
    'get married',
    'marry',
    'wedding',
  ],
  prepareOnce: [
    {
      vi: 'Căn cước của cả hai người; người nước ngoài dùng hộ chiếu.',
      en: 'Both partners’ identity cards; a foreign national uses a passport.',
    },
    {
      vi: 'Người nước ngoài: giấy xác nhận tình trạng hôn nhân do nước mình cấp, và giấy của cơ sở y tế xác nhận không mắc bệnh làm mất khả năng nhận thức. Giấy tờ nước ngoài thường phải hợp pháp hóa lãnh sự và dịch sang tiếng Việt.',
      en: 'A foreign national: a certificate of marital status from their country, and a medical certificate that they have no illness that takes away their capacity to understand their acts. Foreign papers usually need consular legalisation and a Vietnamese translation.',
    },
  ],
  steps: [
    {
      id: 'marital-status',
      title: {
        vi: 'Xin giấy xác nhận tình trạng hôn nhân',
        en: 'Get a certificate of marital status',
      },
      text: {
        vi: 'Giấy này cho biết bạn đang độc thân. Xin ở Ủy ban nhân dân xã, phường nơi bạn thường trú.',
        en: 'This paper shows you are single. Ask for it at the commune or ward office where you permanently live.',
      },
      procedures: [{ code: '1.004873' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Người đăng ký kết hôn ở nơi không phải nơi mình thường trú, hoặc kết hôn ở nước ngoài; nơi đăng ký cho biết bạn có cần không.',
        en: 'Someone marrying away from where they permanently live, or abroad; the registry tells you whether you need it.',
      },
      dependsOn: [],
    },
    {
      id: 'marriage-registration',
      title: { vi: 'Đăng ký kết hôn', en: 'Register the marriage' },
      text: {
        vi: 'Nộp tờ khai ở Ủy ban nhân dân xã, phường nơi một trong hai người cư trú, hoặc trực tuyến. Cả hai người cùng có mặt khi nhận Giấy chứng nhận kết hôn.',
        en: 'File the form at the commune or ward office where one of you lives, or online. You both come in person to receive the marriage certificate.',
      },
      procedures: [
        { code: '1.000894' },
        {
          code: '2.000806',
          when: {
            vi: 'Nếu một người là người nước ngoài hoặc người Việt Nam định cư ở nước ngoài.',
            en: 'If one of you is a foreign national or a Vietnamese living abroad.',
          },
        },
        {
          code: '1.000094',
          when: {
            vi: 'Kết hôn với người nước láng giềng, khi cả hai thường trú ở khu vực biên giới.',
            en: 'Marrying a national of a neighbouring country when both of you live in the border area.',
          },
        },
      ],
      isOptional: false,
      dependsOn: [],
    },
    {
      id: 'move-in',
      title: { vi: 'Đăng ký nơi ở chung', en: 'Register your shared home' },
      text: {
        vi: 'Nếu một người chuyển về ở với người kia, đăng ký thường trú hoặc tạm trú ở nơi ở mới.',
        en: 'If one of you moves into the other’s home, register permanent or temporary residence there.',
      },
      procedures: [
        { code: '1.004222', when: { vi: 'Ở hẳn.', en: 'To live there for good.' } },
        { code: '1.004194', when: { vi: 'Ở một thời gian.', en: 'To live there for a time.' } },
      ],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Vợ hoặc chồng chuyển đến nơi ở khác.',
        en: 'A spouse who moves to a new home.',
      },
      dependsOn: ['marriage-registration'],
    },
    {
      id: 'record-abroad',
      title: {
        vi: 'Ghi việc kết hôn ở nước ngoài vào sổ hộ tịch',
        en: 'Record a marriage made abroad',
      },
      text: {
        vi: 'Nếu bạn đã kết hôn ở nước ngoài, ghi việc kết hôn đó vào sổ hộ tịch Việt Nam để được công nhận ở Việt Nam.',
        en: 'If you married abroad, have the marriage recorded in the Vietnamese civil register so it is recognised in Vietnam.',
      },
      procedures: [{ code: '2.002189' }],
      isOptional: true,
      whoNeedsIt: {
        vi: 'Công dân Việt Nam đã kết hôn ở cơ quan nước ngoài.',
        en: 'Vietnamese citizens who married before a foreign authority.',
      },
      dependsOn: [],
    },
  ],
  reviewedOn: '2026-12-02',
};
