/** Interface text added while finishing what people see (legibility, small controls), zh and en. */
import type { Lang } from '../data/atlas';

export const uiMessages = {
  thematicClassOne: { zh: '{from} 项', en: '{from} {from|measure|measures}' },
  pointClassOne: { zh: '{from} 个点', en: '{from} {from|point|points}' },
  measuresHiddenBySectors: {
    zh: '行业筛选隐藏了 {hidden} 项措施（共 {total} 项）。',
    en: 'The sector filter hides {hidden} of {total} measures.',
  },
  showAllMeasures: { zh: '显示全部措施', en: 'Show all measures' },
  mapClassLegend: { zh: '地图分级图例', en: 'Map class legend' },
  choroplethOfPoints: { zh: '各区导入点数', en: 'Imported points per district' },
  choroplethOfMeasures: { zh: '各区关联措施数', en: 'Linked measures per district' },
  drawingToolbar: { zh: '绘制工具', en: 'Drawing tools' },
} as const satisfies Record<string, Record<Lang, string>>;
