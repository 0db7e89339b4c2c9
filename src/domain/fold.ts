/**
 * Folds Vietnamese text for matching: lower case, tone marks and vowel diacritics removed,
 * đ/Đ → d (NFD does not decompose đ, so it needs its own rule), runs of spaces collapsed.
 * "Đăng ký khai sinh" and "dang ky khai sinh" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
