import { describe, expect, it } from 'vitest';
import { provinceOfPublisher } from '../../../src/server/catalog/portal-province.ts';

describe('finding the province of a province-specific procedure from its publisher', () => {
  it.each([
    ['UBND Thành phố Huế', '46'],
    ['UBND tỉnh Đắk Lắk', '66'],
    ['UBND Thành phố Hồ Chí Minh', '79'],
    ['Trung tâm phục vụ hành chính công Thành phố Hà Nội', '01'],
    ['Sở Xây dựng - tỉnh Quảng Ngãi', '51'],
    ['UBND TỈNH THANH HÓA', '38'],
  ])('%s → %s', (publisher, code) => {
    expect(provinceOfPublisher(publisher)).toBe(code);
  });

  it.each(['Bộ Tư pháp', 'UBND tỉnh Hà Tây', '', undefined])(
    'names no province for %s',
    (publisher) => {
      expect(provinceOfPublisher(publisher)).toBeUndefined();
    },
  );
});
