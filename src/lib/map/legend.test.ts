// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../../../tests/support/atlas';
import { PLACE_SYMBOLS } from './layers/place-symbols';
import { ZONE_DASH } from './layers/zone-style';
import Legend from './Legend.svelte';
import { OUTLINE_LEGEND, PLACE_LEGEND } from './legend';

const sectors = realAtlas().sectors.sectors;

describe('legend', () => {
  it('describes every place kind with the colour the map draws it in', () => {
    expect(PLACE_LEGEND.map((item) => item.kind).sort()).toEqual(Object.keys(PLACE_SYMBOLS).sort());
    for (const item of PLACE_LEGEND) expect(item.color).toBe(PLACE_SYMBOLS[item.kind].color);
  });

  it('shows the dashes the map uses for schematic and low-confidence extents', () => {
    expect(OUTLINE_LEGEND.find((item) => item.id === 'schematic')?.dash).toEqual(ZONE_DASH.schematic);
    expect(OUTLINE_LEGEND.find((item) => item.id === 'low-confidence')?.dash).toEqual(ZONE_DASH['low-confidence']);
  });

  it('renders sectors, outlines and place kinds as text in the chosen language', () => {
    const { unmount } = render(Legend, { lang: 'zh', sectors });
    expect(screen.getByText('图例')).toBeTruthy();
    expect(screen.getByText('金融服务')).toBeTruthy();
    expect(screen.getByText('示意范围（虚线）')).toBeTruthy();
    expect(screen.getByText('机场')).toBeTruthy();
    unmount();
    render(Legend, { lang: 'en', sectors });
    expect(screen.getByText('Legend')).toBeTruthy();
    expect(screen.getByText('Financial services')).toBeTruthy();
    expect(screen.getByText('Rail freight hub')).toBeTruthy();
  });
});
