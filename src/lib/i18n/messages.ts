/**
 * Interface text in both languages. Data names come from the data itself ({zh, en} fields);
 * this file holds only the words of the interface.
 */
import type { Lang } from '../data/atlas';
import { uiMessages } from './ui-messages';
import { offlineMessages } from './offline-messages';

export const messages = {
  appTitle: { zh: '天津服务业扩能提质地图', en: 'Tianjin Service Atlas' },
  appSubtitle: { zh: '《天津市推动服务业扩能提质的若干措施》', en: 'Tianjin service-industry measures, 2026' },
  languageSwitch: { zh: 'English', en: '中文' },
  search: { zh: '搜索', en: 'Search' },
  searchPlaceholder: { zh: '片区、地点、区、措施、部门', en: 'Zones, places, districts, measures, bodies' },
  searchNoResults: { zh: '无匹配结果', en: 'No matches' },
  searchPreparing: { zh: '正在准备搜索…', en: 'Preparing search…' },
  share: { zh: '分享', en: 'Share' },
  shareCopied: { zh: '链接已复制', en: 'Link copied' },
  shareFailed: { zh: '无法访问剪贴板，请手动复制：', en: 'Clipboard unavailable; copy the link by hand:' },
  wholeCity: { zh: '全市', en: 'Whole city' },
  coreView: { zh: '核心区', en: 'Core zones' },
  basemap: { zh: '底图', en: 'Basemap' },
  sidebar: { zh: '浏览与筛选', en: 'Browse and filter' },
  sectors: { zh: '行业', en: 'Sectors' },
  sectorCounts: {
    zh: '{zones} 个片区 · {measures} 项措施',
    en: '{zones} {zones|zone|zones} · {measures} {measures|measure|measures}',
  },
  layers: { zh: '图层', en: 'Layers' },
  thematic: { zh: '专题图', en: 'Thematic view' },
  thematicClass: { zh: '{from}–{to} 项', en: '{from}–{to} measures' },
  legend: { zh: '图例', en: 'Legend' },
  citywide: {
    zh: '该措施未点名具体地点，适用于全市。',
    en: 'This measure names no place on the map; it applies citywide.',
  },
  close: { zh: '关闭', en: 'Close' },
  district: { zh: '所在区', en: 'District' },
  districts: { zh: '涉及行政区', en: 'Districts' },
  area: { zh: '面积', en: 'Area' },
  kind: { zh: '类型', en: 'Kind' },
  description: { zh: '简介', en: 'Description' },
  provenance: { zh: '数据来源', en: 'Where the data comes from' },
  schematic: { zh: '示意范围', en: 'Schematic extent' },
  schematicPoint: { zh: '示意位置', en: 'Approximate location' },
  confidence: { zh: '可信度', en: 'Confidence' },
  confidenceHigh: { zh: '高', en: 'high' },
  confidenceMedium: { zh: '中', en: 'medium' },
  confidenceLow: { zh: '低', en: 'low' },
  sources: { zh: '来源', en: 'Sources' },
  lead: { zh: '牵头', en: 'lead' },
  shared: { zh: '按职责分工', en: 'shared' },
  coResponsible: {
    zh: '{count} 项措施由各区/有关区人民政府参与负责',
    en: '{count} {count|measure names|measures name} district governments as co-responsible',
  },
  none: { zh: '无', en: 'None' },
  targets: { zh: '落点', en: 'Where it lands' },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  present: { zh: '演示', en: 'Present' },
  chooseTour: { zh: '选择演示路线', en: 'Choose a tour' },
  stepOf: { zh: '第 {step} / {count} 步', en: 'Step {step} of {count}' },
  previousStep: { zh: '上一步', en: 'Previous' },
  nextStep: { zh: '下一步', en: 'Next' },
  autoplay: { zh: '自动播放', en: 'Autoplay' },
  pause: { zh: '暂停', en: 'Pause' },
  interval: { zh: '间隔', en: 'Interval' },
  seconds: { zh: '{count} 秒', en: '{count} s' },
  presenterView: { zh: '演讲者视图', en: 'Presenter view' },
  exitTour: { zh: '退出演示', en: 'Exit tour' },
  presentKeys: { zh: '← → 翻页 · Home/End 首末页 · Esc 退出', en: '← → to move · Home/End · Esc to leave' },
  notes: { zh: '讲稿', en: 'Notes' },
  compare: { zh: '对比', en: 'Compare' },
  print: { zh: '打印 / 另存为 PDF', en: 'Print / Save as PDF' },
  facts: { zh: '基本情况', en: 'Key facts' },
  inside: { zh: '位于片区内', en: 'inside the zone' },
  dataAsOf: { zh: '数据截至 {date}', en: 'Data as of {date}' },
  selectionPanel: { zh: '选中项', en: 'Selection' },
  kindZone: { zh: '片区', en: 'Zone' },
  kindPlace: { zh: '地点', en: 'Place' },
  kindDistrict: { zh: '行政区', en: 'District' },
  kindMeasure: { zh: '措施', en: 'Measure' },
  kindBody: { zh: '部门', en: 'Body' },
  mapLost: {
    zh: '地图的图形上下文已丢失（显卡或驱动重置）。',
    en: 'The map lost its graphics context (the GPU or its driver was reset).',
  },
  mapRestore: { zh: '重新加载地图', en: 'Reload the map' },
  basemapFileFailed: {
    zh: '内置底图文件无法加载（{problem}），陆地和海河暂以纯色背景代替。',
    en: 'An embedded basemap file could not be loaded ({problem}); land and the Haihe are left out.',
  },
  // Words of the map and the sidebar that belong to the analysis tools but show without them.
  pointClass: { zh: '{from}–{to} 个点', en: '{from}–{to} points' },
  stopTool: { zh: '完成', en: 'Done' },
  hintDraw: {
    zh: '在地图上单击添加顶点；单击第一个点或按 Enter 完成，Esc 取消。',
    en: 'Click on the map to add corners; click the first corner or press Enter to finish, Esc to cancel.',
  },
  hintEdit: {
    zh: '单击候选区选中后可拖动顶点或整体移动；拖动边中点可加点。',
    en: 'Click a candidate zone, then drag its corners or the whole zone; drag a mid-point to add a corner.',
  },
  hintDistance: {
    zh: '单击添加折点，单击最后一点完成。',
    en: 'Click to add points; click the last point again to finish.',
  },
  hintArea: {
    zh: '单击添加顶点；单击第一个点或按 Enter 完成。',
    en: 'Click to add corners; click the first corner or press Enter to finish.',
  },
  candidateName: { zh: '候选区 {n}', en: 'Candidate {n}' },
  ...uiMessages,
  ...offlineMessages,
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

const ENGLISH_PLURAL = new Intl.PluralRules('en');

/**
 * A message's text with {name} placeholders filled in. `{name|one|other}` is the word for that count:
 * “1 zone”, “2 zones” (English only; Chinese has no plural).
 */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/gu, (match, name: string, one: string, other: string) =>
      name in values ? (ENGLISH_PLURAL.select(Number(values[name])) === 'one' ? one : other) : match,
    )
    .replace(/\{(\w+)\}/gu, (match, name: string) => (name in values ? String(values[name]) : match));
}

/**
 * The message in the language, with its placeholders filled in. The words of the tools and pages that load
 * on demand (analysis, imports, handouts, the gazetteer) are in tool-messages.ts, which loads with them.
 */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return fill(messages[key][lang], values);
}
