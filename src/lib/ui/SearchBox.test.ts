// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, search } from '../domain/search';
import { realAtlas } from '../../../tests/support/atlas';
import SearchBox from './SearchBox.svelte';

const index = buildSearchIndex(realAtlas());
const searcher = (query: string, limit: number) => search(index, query, limit);

describe('SearchBox', () => {
  it('lists matches as options and chooses one with the keyboard', async () => {
    const onchoose = vi.fn();
    render(SearchBox, { lang: 'zh', search: searcher, onprepare: vi.fn(), onchoose });
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await fireEvent.input(box, { target: { value: '柳林' } });
    const options = screen.getAllByRole('option');
    expect(options[0].textContent).toContain('海河柳林设计集聚区');
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'zone', id: 'haihe-liulin-design' }));
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('finds English names in English and says when nothing matches', async () => {
    render(SearchBox, { lang: 'en', search: searcher, onprepare: vi.fn(), onchoose: vi.fn() });
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await fireEvent.input(box, { target: { value: 'Xiaobailou' } });
    expect(screen.getAllByRole('option')[0].textContent).toContain('Xiaobailou Central Business District');
    await fireEvent.input(box, { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No matches')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('asks for the search to be built when used, says it is preparing, and lists matches once it is ready', async () => {
    const onprepare = vi.fn();
    const { rerender } = render(SearchBox, { lang: 'zh', search: null, onprepare, onchoose: vi.fn() });
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await fireEvent.focus(box);
    await fireEvent.input(box, { target: { value: '柳林' } });
    expect(onprepare).toHaveBeenCalled();
    expect(screen.getByText('正在准备搜索…')).toBeTruthy();
    expect(screen.queryByText('无匹配结果')).toBeNull();
    await rerender({ lang: 'zh', search: searcher, onprepare, onchoose: vi.fn() });
    expect(screen.getAllByRole('option')[0].textContent).toContain('海河柳林设计集聚区');
  });

  it('keeps ↓ and Enter pressed while the search is being built and chooses once it is ready', async () => {
    const onchoose = vi.fn();
    const { rerender } = render(SearchBox, { lang: 'zh', search: null, onprepare: vi.fn(), onchoose });
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await fireEvent.input(box, { target: { value: '柳林' } });
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onchoose).not.toHaveBeenCalled();
    await rerender({ lang: 'zh', search: searcher, onprepare: vi.fn(), onchoose });
    expect(onchoose).toHaveBeenCalledTimes(1);
    expect(onchoose).toHaveBeenCalledWith(expect.objectContaining({ kind: 'zone', id: 'haihe-liulin-design' }));
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('forgets keys pressed before the search was ready once the query changes', async () => {
    const onchoose = vi.fn();
    const { rerender } = render(SearchBox, { lang: 'zh', search: null, onprepare: vi.fn(), onchoose });
    const box = screen.getByRole('searchbox', { name: '搜索' });
    await fireEvent.input(box, { target: { value: '柳林' } });
    await fireEvent.keyDown(box, { key: 'Enter' });
    await fireEvent.input(box, { target: { value: '柳林设计' } });
    await rerender({ lang: 'zh', search: searcher, onprepare: vi.fn(), onchoose });
    expect(onchoose).not.toHaveBeenCalled();
    expect(screen.getAllByRole('option')[0].textContent).toContain('海河柳林设计集聚区');
  });
});
