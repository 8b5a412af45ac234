/** Interface text for planners' table files (partial imports, geometry columns, encodings, sheets, region check). */
export const importFileMessages = {
  importIntroFiles: {
    zh: 'CSV（经纬度列或 WKT/GeoJSON 几何列）、Excel（.xlsx）或 GeoJSON 点数据，最多 {points} 个点、{mb} MB。文件只在本机浏览器中处理，不会上传。',
    en: 'CSV (longitude/latitude columns, or a WKT/GeoJSON geometry column), Excel (.xlsx) or GeoJSON points; up to {points} points and {mb} MB. Files are processed in this browser only and never uploaded.',
  },
  preparingImport: { zh: '读取 {file} 的表头…', en: 'Reading the header of {file}…' },
  locationFrom: { zh: '位置来自', en: 'Location from' },
  locationLngLat: { zh: '经纬度两列', en: 'Two columns: longitude and latitude' },
  locationGeometry: { zh: '几何列（WKT、EWKT 或 GeoJSON）', en: 'A geometry column (WKT, EWKT or GeoJSON)' },
  geometryColumn: { zh: '几何列', en: 'Geometry column' },
  chooseColumn: { zh: '（请选择）', en: '(choose)' },
  locationNotFound: {
    zh: '未能从列名或内容识别出位置列，请选择。',
    en: 'No location columns could be recognised from the names or contents; please choose them.',
  },
  textEncoding: { zh: '文本编码', en: 'Text encoding' },
  encodingUtf8: { zh: 'UTF-8', en: 'UTF-8' },
  encodingGb18030: {
    zh: 'GB18030 / GBK（中文 Windows 的 Excel、WPS）',
    en: 'GB18030 / GBK (Excel, WPS on Chinese Windows)',
  },
  encodingUtf16le: { zh: 'UTF-16 LE', en: 'UTF-16 LE' },
  encodingUtf16be: { zh: 'UTF-16 BE', en: 'UTF-16 BE' },
  sheet: { zh: '工作表', en: 'Sheet' },
  sheetCount: { zh: '该工作簿有 {count} 个工作表。', en: 'This workbook has {count} sheets.' },
  reviewHeading: { zh: '{file} 中有问题', en: 'Problems in {file}' },
  reviewRows: {
    zh: '{ok} 行可以导入，{bad} 行不能导入：',
    en: '{ok} rows can be imported, {bad} cannot:',
  },
  reviewFeatures: {
    zh: '{ok} 个点可以导入，{bad} 个要素不能导入：',
    en: '{ok} points can be imported, {bad} features cannot:',
  },
  importValid: { zh: '导入 {count} 个点', en: 'Import {count}' },
  downloadProblems: { zh: '下载问题清单（CSV）', en: 'Download the list of problems (CSV)' },
  reportFile: { zh: '文件', en: 'File' },
  reportPlace: { zh: '位置', en: 'Where' },
  reportProblem: { zh: '问题', en: 'Problem' },
  reportLine: { zh: '第 {row} 行', en: 'line {row}' },
  reportFeature: { zh: '第 {feature} 个要素', en: 'feature {feature}' },
  reportTruncated: {
    zh: '共 {total} 个问题，仅列出前 {kept} 个。',
    en: '{total} problems in all; only the first {kept} are listed.',
  },
  layerRejected: {
    zh: '{count} 条记录因问题未导入。',
    en: '{count} rows or features were left out because of problems.',
  },
  downloadLayerProblems: { zh: '下载 {name} 的问题清单', en: 'Download the problems of {name}' },
  outsideAll: {
    zh: '{file}：全部 {count} 个点都在天津范围之外。',
    en: '{file}: all {count} points lie outside Tianjin.',
  },
  outsideSome: {
    zh: '{file}：{count} 个点在天津范围之外。',
    en: '{file}: {count} points lie outside Tianjin.',
  },
  hintSwapped: {
    zh: '经度和纬度似乎填反了：两列对调后，大多数点会落在天津。请重新导入并对调经度列和纬度列。',
    en: 'Longitude and latitude look swapped: with the two exchanged, most points would fall inside Tianjin. Import again with the columns exchanged.',
  },
  hintProjected: {
    zh: '数值在 10⁵–10⁷ 之间，像是投影坐标（米），而不是经纬度（度）。请先在 GIS 软件中转换为 WGS-84 经纬度。',
    en: 'The values are in the 10⁵–10⁷ range: they look like projected coordinates (metres), not longitude/latitude (degrees). Convert them to WGS-84 longitude/latitude in a GIS first.',
  },
  zoomToData: { zh: '缩放到 {name} 的范围', en: 'Zoom to {name}' },
  unreadableChars: {
    zh: '{count} 个字符无法按 {encoding} 读取（显示为 �）——文本编码可能不对，可在导入设置中更改。',
    en: '{count} characters could not be read as {encoding} (shown as �) — the text encoding may be wrong; it can be changed in the import settings.',
  },
  histogramScale: { zh: '直方图刻度', en: 'Histogram scale' },
  scaleLinear: { zh: '线性', en: 'Linear' },
  scaleLog: { zh: '对数（数值轴）', en: 'Logarithmic values' },
  scaleLogCounts: { zh: '对数（点数轴）', en: 'Logarithmic counts' },
  scaleLinearNote: {
    zh: '每根柱的数值区间等宽，柱高为点数。',
    en: 'Bars cover equal value ranges; their height is the number of points.',
  },
  scaleLogNote: {
    zh: '每根柱跨越相同的数量级比例，适合长尾数据（如面积、营业额）。',
    en: 'Bars cover equal ratios (orders of magnitude): for long-tailed fields such as area or turnover.',
  },
  scaleLogCountsNote: {
    zh: '柱高按点数的对数绘制，点数少的区间也能看见。',
    en: 'Bar heights are logarithmic in the number of points, so sparse ranges stay visible.',
  },
  scaleLogUnavailable: {
    zh: '对数数值轴只适用于全为正数的字段。',
    en: 'A logarithmic value axis needs a field whose values are all positive.',
  },
  problemBadGeometry: {
    zh: '第 {row} 行：“{column}”列的“{value}”不是可读的点（WKT 或 GeoJSON）。',
    en: 'Line {row}: “{value}” in column “{column}” is not a readable point (WKT or GeoJSON).',
  },
  problemGeometryNotPoint: {
    zh: '第 {row} 行：“{column}”列是 {type}，不是单个点。',
    en: 'Line {row}: column “{column}” holds a {type}, not a single point.',
  },
  problemUnsupportedSrid: {
    zh: '第 {row} 行：“{column}”列的坐标系 SRID={srid} 不是 WGS-84（4326）或 CGCS2000（4490），未导入；请先转换为经纬度。',
    en: 'Line {row}: column “{column}” is in SRID={srid}, not WGS-84 (4326) or CGCS2000 (4490), so it was not read; convert it to longitude/latitude first.',
  },
  problemBadSpreadsheet: { zh: '无法读取该 Excel 文件：{detail}', en: 'The Excel file cannot be read: {detail}' },
  problemNoSheet: { zh: '工作簿中没有名为“{sheet}”的工作表。', en: 'The workbook has no sheet “{sheet}”.' },
} as const;
