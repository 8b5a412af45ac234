// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../domain/search';
import { realAtlas } from '../../../tests/support/atlas';
import SearchBox from './SearchBox.svelte';

const index = buildSearchIndex(realAtlas());

describe('SearchBox', () => {
  it('lists matches as options and chooses one with the keyboard', async () => {
    const onchoose = vi.fn();
    render(SearchBox, { lang: 'zh', index, onchoose });
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
    render(SearchBox, { lang: 'en', index, onchoose: vi.fn() });
    const box = screen.getByRole('searchbox', { name: 'Search' });
    await fireEvent.input(box, { target: { value: 'Xiaobailou' } });
    expect(screen.getAllByRole('option')[0].textContent).toContain('Xiaobailou Central Business District');
    await fireEvent.input(box, { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No matches')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
