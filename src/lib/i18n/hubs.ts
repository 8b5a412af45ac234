/** The words for the kinds of hub that distances are given to (site packages, candidate zones). */
import type { HubKind } from '../domain/profile';
import type { ToolMessageKey } from './tool-messages';

export const HUB_LABEL: Record<HubKind, ToolMessageKey> = {
  airport: 'hubAirport',
  port: 'hubPort',
  station: 'hubStation',
  'city-centre': 'hubCityCentre',
};
