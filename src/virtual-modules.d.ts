// Modules the build makes up (src/integrations/diagram-theme.ts).
declare module 'virtual:diagram-theme.css';
