// Search keys: the lower-case, accent-free form in which names, specialties and cities are stored and searched.

/** "Hélène Saint-Étienne" → "helene saint etienne". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function optionalSearchKey(text: string | null | undefined): string | null {
  if (text == null) return null;
  const key = searchKey(text);
  return key === '' ? null : key;
}

/** The words of a search text, each to be found somewhere. */
export function searchWords(text: string): string[] {
  return searchKey(text)
    .split(' ')
    .filter((word) => word !== '');
}
