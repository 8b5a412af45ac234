/** MapLibre's own interface strings (control titles, the map's accessible name) in each language. */
import type { Lang } from '../data/atlas';

export const MAP_LOCALE: Record<Lang, Record<string, string>> = {
  zh: {
    'Map.Title': '地图',
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '拖动可旋转地图，点击恢复正北',
    'AttributionControl.ToggleAttribution': '显示或隐藏数据来源',
    'ScaleControl.Kilometers': '千米',
    'ScaleControl.Meters': '米',
  },
  en: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Meters': 'm',
  },
};
