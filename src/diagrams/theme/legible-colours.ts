// Where mermaid's own default (light) or dark theme leaves a label under
// 4.5:1 against what it is drawn on, these pairs replace its colours; each
// names the label it fixes, as tests/e2e/diagram-legibility.spec.ts measured
// it. Some of these variables have the same value in both mermaid themes, or
// none in the base theme (packet, treeView), so the palette lacks them.
export const legibleColourPairs: Record<string, [light: string, dark: string]> = {
  // Gantt task names: white on #8a90dd (2.95:1) and on red (4.0:1) in light.
  taskTextColor: ['black', 'hsl(28.57, 17.36%, 86.27%)'],
  taskTextLightColor: ['black', 'lightgrey'],
  // Critical gantt tasks in dark: light text on #E83737 (3.07:1).
  critBkgColor: ['red', '#9b1c1c'],
  // Sequence notes and railroad terminals in dark: 4.49:1.
  noteBkgColor: ['#fff5ad', 'hsl(180, 1.59%, 24%)'],
  // ER relationship labels in dark: #ccc on 34% grey (4.43:1).
  edgeLabelBackground: ['rgba(232,232,232, 0.8)', 'hsl(0, 0%, 28%)'],
  // The git graph's first branch label and the mind map's root, in dark: #2c2c2c on mid grey (3.35:1).
  gitBranchLabel0: ['#ffffff', 'black'],
  // Mind map, timeline, treemap and kanban section labels: white on pale hues in light (1.7–3.1:1),
  // lightgrey on kanban's lightened sections in dark (3.64:1).
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`cScaleLabel${i}`, ['black', 'white']])),
  // Railroad terminals in dark: 4.49:1 on the secondary colour.
  secondaryTextColor: ['#000021', 'rgb(200, 198, 198)'],
  noteTextColor: ['black', 'rgb(200, 198, 198)'],
  // Packet bit numbers and labels: black on the dark page (1.16:1); mermaid's base theme has no packet colours.
  'packet.startByteColor': ['#131300', '#e0dfdf'],
  'packet.endByteColor': ['#131300', '#e0dfdf'],
  'packet.labelColor': ['#131300', '#e0dfdf'],
  'packet.titleColor': ['#131300', '#e0dfdf'],
  'packet.blockStrokeColor': ['#131300', '#e0dfdf'],
  'packet.blockFillColor': ['#efefef', '#1f2020'],
  // Tree view names: black on the dark page (1.16:1).
  'treeView.labelColor': ['#131300', '#e0dfdf'],
  'treeView.lineColor': ['#333333', 'lightgrey'],
  // Event model box names in dark: #ccc on the event (3.67:1) and read model (3.02:1) boxes.
  emEventFill: ['#ffb778', '#604930'],
  emReadModelFill: ['#d3f1a2', '#3c592c'],
  // Cynefin items in dark: #ccc on orange (1.74:1) and red (3.63:1) domains.
  'cynefin.clearBg': ['#FFF8E1', '#7a4a00'],
  'cynefin.chaoticBg': ['#FBE9E7', '#8f2809'],
};
