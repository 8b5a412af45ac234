/** Interface text for streaming large FlatGeobuf files (分析 › 超大数据), zh and en. */
export const streamMessages = {
  streamHeading: { zh: '超大数据（FlatGeobuf 流式读取）', en: 'Very large data (streamed FlatGeobuf)' },
  streamIntro: {
    zh: '超过 {points} 个点的数据：先用 npm run fgb -- 数据.csv 转成带空间索引的 .fgb，再在此打开。地图只读取当前视图内的点，文件不会整份载入内存，也不会上传。',
    en: 'For more than {points} points: convert with npm run fgb -- data.csv into an indexed .fgb, then open it here. The map reads only the points in view; the file is never loaded whole, nor uploaded.',
  },
  streamChoose: { zh: '打开 FlatGeobuf 文件…', en: 'Open a FlatGeobuf file…' },
  streamUrlLabel: { zh: '本站 FlatGeobuf 地址', en: 'FlatGeobuf URL on this site' },
  streamUrlOpen: { zh: '打开地址', en: 'Open URL' },
  streamOpening: { zh: '正在打开 {name}…', en: 'Opening {name}…' },
  streamLayer: { zh: '{name}：共 {count} 个点（流式）', en: '{name}: {count} points (streamed)' },
  streamShown: { zh: '当前视图显示 {count} 个点。', en: '{count} points shown in this view.' },
  streamSampled: {
    zh: '此处点数超过单次绘制上限 {cap}：均匀抽样显示 {count} 个。放大可查看此处全部点。',
    en: 'More points here than the {cap} drawn at once: an even sample of {count} is shown. Zoom in to see all points here.',
  },
  streamVisible: { zh: '显示 {name}', en: 'Show {name}' },
  streamRemove: { zh: '移除 {name}', en: 'Remove {name}' },
  streamCount: { zh: '统计各区域点数（全文件）', en: 'Count points per zone (whole file)' },
  streamCounting: { zh: '已统计 {read} / {total}', en: 'Counted {read} / {total}' },
  streamCountProgress: { zh: '统计进度', en: 'Counting progress' },
  streamCancelCount: { zh: '取消统计', en: 'Cancel counting' },
  streamCounted: {
    zh: '已统计全部 {count} 个点（整个文件，不限于当前视图）。',
    en: 'All {count} points counted (the whole file, not only the view).',
  },
  streamFailed: { zh: '无法读取 {name}：{reason}', en: 'Cannot read {name}: {reason}' },
  streamKept: { zh: '已有图层保持不变。', en: 'Layers already shown are kept.' },
  'stream-not-fgb': { zh: '不是 FlatGeobuf 文件', en: 'not a FlatGeobuf file' },
  'stream-corrupt': { zh: '文件已损坏（{detail}）', en: 'the file is damaged ({detail})' },
  'stream-truncated': {
    zh: '文件不完整（被截断），请重新复制或转换',
    en: 'the file is incomplete (truncated); copy or convert it again',
  },
  'stream-no-index': {
    zh: '文件没有空间索引，请用 npm run fgb 重新转换',
    en: 'the file has no spatial index; convert it again with npm run fgb',
  },
  'stream-not-points': {
    zh: '目前只支持点数据（此文件的几何类型编号为 {detail}）',
    en: 'only point files can be streamed for now (this file has geometry type {detail})',
  },
  'stream-empty': { zh: '文件中没有要素', en: 'the file has no features' },
  'stream-other-origin': {
    zh: '只能打开本站地址（其他网站的地址不会被请求）',
    en: 'only URLs on this site can be opened (other sites are never contacted)',
  },
  'stream-http': { zh: '服务器返回 {detail}', en: 'the server answered {detail}' },
  'stream-no-range': {
    zh: '服务器不支持按范围读取（Range 请求）',
    en: 'the server does not support range requests',
  },
} as const;
