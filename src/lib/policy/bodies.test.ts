import { describe, expect, it } from 'vitest';
import { parseResponsibleBodies, splitResponsibility } from './bodies';

describe('splitResponsibility', () => {
  it('splits the closing parenthesis off a measure paragraph', () => {
    expect(splitResponsibility('支持设立并购基金。（市财政局、市发展改革委按职责分工负责）')).toEqual({
      text: '支持设立并购基金。',
      inner: '市财政局、市发展改革委按职责分工负责',
    });
  });

  it('handles the 〔〕 form with a nested parenthesis inside', () => {
    const split = splitResponsibility(
      '推行“先使用后付费”。〔市知识产权局、市新闻出版局（市版权局）、有关区人民政府按职责分工负责〕',
    );
    expect(split?.inner).toBe('市知识产权局、市新闻出版局（市版权局）、有关区人民政府按职责分工负责');
  });

  it('leaves ordinary closing parentheses alone', () => {
    expect(splitResponsibility('完善国家会展中心（天津）')).toBeNull();
    expect(splitResponsibility('没有括号。')).toBeNull();
  });
});

describe('parseResponsibleBodies', () => {
  it('keeps 市新闻出版局（市版权局） as one body', () => {
    expect(parseResponsibleBodies('市知识产权局、市新闻出版局（市版权局）、有关区人民政府按职责分工负责')).toEqual([
      { name: '市知识产权局', lead: false },
      { name: '市新闻出版局（市版权局）', lead: false },
      { name: '有关区人民政府', lead: false },
    ]);
  });

  it('marks a 牵头负责 body as lead', () => {
    expect(parseResponsibleBodies('市工业和信息化局牵头负责')).toEqual([{ name: '市工业和信息化局', lead: true }]);
  });

  it('reads a lead clause followed by supporting bodies', () => {
    expect(parseResponsibleBodies('市商务局牵头，市财政局、市税务局按职责分工负责')).toEqual([
      { name: '市商务局', lead: true },
      { name: '市财政局', lead: false },
      { name: '市税务局', lead: false },
    ]);
  });

  it('rejects a clause without a role', () => {
    expect(() => parseResponsibleBodies('市商务局、市财政局')).toThrow(/does not end with a role/u);
  });
});
