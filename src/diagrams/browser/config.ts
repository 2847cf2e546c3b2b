// The mermaid configuration every diagram renders with. It is part of the
// cache key, so changing anything here re-renders every diagram.
import { diagramFontStack } from './font.ts';
import { renderThemeVariables } from '../theme/theme.ts';

export const mermaidConfig = {
  startOnLoad: false,
  // Labels become text, links lose javascript: URLs, click callbacks are ignored.
  securityLevel: 'strict',
  theme: 'base',
  themeVariables: renderThemeVariables(diagramFontStack),
  fontFamily: diagramFontStack,
  // SVG <text> instead of HTML in <foreignObject>: it cannot reflow or clip
  // when the reader's browser lays out the label differently from the build.
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  class: { htmlLabels: false },
  state: { htmlLabels: false },
  // Journey's default 'fo' puts its section titles in <foreignObject> only.
  journey: { textPlacement: 'tspan' },
  // C4 draws external elements' white labels on hard-coded greys, #999999 among them (2.85:1); these reach 5.3:1.
  c4: {
    external_system_bg_color: '#6b6b6b',
    external_system_db_bg_color: '#6b6b6b',
    external_system_queue_bg_color: '#6b6b6b',
    external_container_bg_color: '#6b6b6b',
    external_container_db_bg_color: '#6b6b6b',
    external_container_queue_bg_color: '#6b6b6b',
    external_component_bg_color: '#6b6b6b',
    external_component_db_bg_color: '#6b6b6b',
    external_component_queue_bg_color: '#6b6b6b',
  },
  // Gantt section titles sit in the left margin, 75 px by default: a longer one ran under the first task bar.
  gantt: { leftPadding: 150 },
  // Stable internal ids, so the same source always renders to the same bytes.
  deterministicIds: true,
} as const;
