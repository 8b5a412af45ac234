import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at 。；！？ and keeps the mark', () => {
    expect(splitSentences('甲。乙；丙！丁？')).toEqual(['甲。', '乙；', '丙！', '丁？']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('推行“先使用后付费。”再做下一步。')).toEqual(['推行“先使用后付费。”', '再做下一步。']);
  });

  it('treats a line break as a sentence end and keeps trailing text', () => {
    expect(splitSentences('第一行\n第二行没有句号')).toEqual(['第一行', '第二行没有句号']);
  });
});
