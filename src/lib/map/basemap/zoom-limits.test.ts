import { describe, expect, it } from 'vitest';
import { FRAMING } from '../../domain/framing';
import { BASEMAPS } from '../../state/types';
import { maxZoomFor } from './zoom-limits';

describe('maxZoomFor', () => {
  it('stops the schematic embedded basemap one level past the framing cap', () => {
    expect(maxZoomFor('embedded')).toBe(FRAMING.maxZoom + 1);
  });

  it('lets a basemap with street detail go further, never less far', () => {
    for (const basemap of BASEMAPS) expect(maxZoomFor(basemap)).toBeGreaterThanOrEqual(maxZoomFor('embedded'));
    expect(maxZoomFor('osm')).toBeGreaterThan(maxZoomFor('embedded'));
  });
});
