/**
 * Splits Chinese prose into sentences at 。！？；, keeping the closing mark and any closing quote
 * that follows it. Used to quote the exact sentence that names a place.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  const characters = [...text];
  characters.forEach((char, index) => {
    current += char;
    const next = characters[index + 1];
    const ends = '。！？；'.includes(char) && !(next !== undefined && '”’」』）'.includes(next));
    const endsAfterQuote = '”’」』'.includes(char) && index > 0 && '。！？；'.includes(characters[index - 1]);
    if (ends || endsAfterQuote || char === '\n') {
      if (current.trim() !== '') sentences.push(current.trim());
      current = '';
    }
  });
  if (current.trim() !== '') sentences.push(current.trim());
  return sentences;
}
