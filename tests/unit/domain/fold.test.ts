import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../src/domain/fold.ts';

describe('foldVietnamese', () => {
  it('removes tone marks and vowel diacritics', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('dang ky khai sinh');
    expect(foldVietnamese('Thủ tục cấp Căn cước')).toBe('thu tuc cap can cuoc');
  });

  it('folds đ and Đ to d, which NFD alone leaves alone', () => {
    expect(foldVietnamese('đất đai ĐĂNG')).toBe('dat dai dang');
  });

  it('collapses and trims whitespace', () => {
    expect(foldVietnamese('  khai \t sinh  ')).toBe('khai sinh');
  });

  it('is the same for precomposed and decomposed input', () => {
    expect(foldVietnamese('Hộ tịch'.normalize('NFD'))).toBe(
      foldVietnamese('Hộ tịch'.normalize('NFC')),
    );
  });
});
