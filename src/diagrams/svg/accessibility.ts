// Every diagram gets an accessible name: the author's accTitle/accDescr when
// given (mermaid emits <title>/<desc> and points aria-labelledby at them),
// else one made from the diagram type, so a screen reader never meets an
// unnamed image.
import type { Element } from 'hast';

const typeNames: Record<string, string> = {
  'flowchart-v2': 'Flowchart diagram',
  flowchart: 'Flowchart diagram',
  'flowchart-elk': 'Flowchart diagram',
  sequence: 'Sequence diagram',
  classDiagram: 'Class diagram',
  class: 'Class diagram',
  stateDiagram: 'State diagram',
  state: 'State diagram',
  er: 'Entity relationship diagram',
  gantt: 'Gantt chart',
  pie: 'Pie chart',
  journey: 'User journey diagram',
  mindmap: 'Mind map',
  timeline: 'Timeline',
  gitGraph: 'Git graph',
  quadrantChart: 'Quadrant chart',
  sankey: 'Sankey diagram',
  xychart: 'XY chart',
  block: 'Block diagram',
  architecture: 'Architecture diagram',
  c4: 'C4 diagram',
  requirement: 'Requirement diagram',
  packet: 'Packet diagram',
  kanban: 'Kanban board',
  radar: 'Radar chart',
  treemap: 'Treemap',
  ishikawa: 'Ishikawa diagram',
  venn: 'Venn diagram',
  wardley: 'Wardley map',
  cynefin: 'Cynefin diagram',
  treeView: 'Tree view',
  eventmodeling: 'Event model',
  swimlane: 'Swimlane diagram',
  railroad: 'Railroad diagram',
  railroadEbnf: 'Railroad diagram',
  railroadAbnf: 'Railroad diagram',
  railroadPeg: 'Railroad diagram',
};

/** A readable name for mermaid's diagram type id, e.g. "Sequence diagram". */
export function diagramTypeName(diagramType: string): string {
  return typeNames[diagramType] ?? `${diagramType.replace(/[-_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2')} diagram`.replace(/^./, (c) => c.toUpperCase());
}

/** Makes the svg an image with a name. */
export function labelSvg(svg: Element, diagramType: string): void {
  const { properties } = svg;
  properties.role = 'img';
  const titled = svg.children.some((child) => child.type === 'element' && child.tagName === 'title');
  if (titled && properties.ariaLabelledBy) {
    delete properties.ariaLabel;
  } else {
    delete properties.ariaLabelledBy;
    properties.ariaLabel = diagramTypeName(diagramType);
  }
}
