// Keeps the shape the code base was given: tools/ are command-line entry points
// on top of src/ (never the reverse), the project's modules import each other
// without cycles (type-only imports included), and no function in src/ grows
// past 60 lines unless a comment says it is "long on purpose" and why.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import ts from 'typescript';

const root = join(import.meta.dirname, '../..');
const MAX_FUNCTION_LINES = 60;
const SRC_IMPORTS_TOOLS = 'src-imports-tools';
const CYCLE = 'cycle';

/** Fails with one line per problem, so a failure reads as a list of what to fix. */
function assertNoProblems(problems: string[]): void {
  assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
}

// --- Dependencies, as dependency-cruiser sees them ---

async function cruiseProject(): Promise<ICruiseResult> {
  const tsconfig = join(root, 'tsconfig.json');
  const { output } = await cruise(
    ['src', 'tools', 'astro.config.ts', 'playwright.config.ts'],
    {
      baseDir: root,
      validate: true,
      ruleSet: {
        forbidden: [
          { name: SRC_IMPORTS_TOOLS, severity: 'error', from: { path: '^src/' }, to: { path: '^tools/' } },
          { name: CYCLE, severity: 'error', from: {}, to: { circular: true } },
        ],
      },
      // `import type` vanishes when TypeScript is compiled, but still ties modules together.
      tsPreCompilationDeps: true,
      tsConfig: { fileName: tsconfig },
      doNotFollow: { path: 'node_modules' },
      enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
    },
    {},
    // The API ignores `extends`; this reads tsconfig.json with astro/tsconfigs/strict folded in.
    { tsConfig: extractTSConfig(tsconfig) },
  );
  assert.ok(typeof output === 'object', 'dependency-cruiser returned a report instead of its result');
  return output;
}

function violationsOf(result: ICruiseResult, rule: string): IViolation[] {
  return (result.summary.violations ?? []).filter((violation) => violation.rule.name === rule);
}

function describeToolsImport(violation: IViolation): string {
  return `${violation.from} → ${violation.to}: src/ must not import tools/`;
}

/** The modules of a cycle, starting from its alphabetically first one. */
function cycleModules(violation: IViolation): string[] {
  const modules = [violation.from, ...(violation.cycle ?? []).map((step) => step.name)].slice(0, -1);
  const first = modules.indexOf([...modules].sort()[0]!);
  return [...modules.slice(first), ...modules.slice(0, first)];
}

/** Each cycle once, although dependency-cruiser reports it once for every import along it. */
function describeCycles(violations: IViolation[]): string[] {
  const cycles = violations.map(cycleModules).map((modules) => `cycle: ${[...modules, modules[0]].join(' → ')}`);
  return [...new Set(cycles)].sort();
}

function unresolvedLocalImports(result: ICruiseResult): string[] {
  return result.modules.flatMap((module) =>
    module.dependencies
      .filter((dependency) => dependency.couldNotResolve && dependency.module.startsWith('.'))
      .map((dependency) => `${module.source} → ${dependency.module}: cannot be resolved`),
  );
}

// --- Function lengths, as the TypeScript compiler sees them ---

type FunctionLike = ts.FunctionLikeDeclaration;

const FUNCTION_KINDS = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);

const LONG_ON_PURPOSE = /long on purpose\W+\w/i;

function typeScriptFilesIn(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => `${folder}/${name}`)
    .sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

/** Every function in the file, nested ones included. */
function functionsIn(source: ts.SourceFile): FunctionLike[] {
  const found: FunctionLike[] = [];
  const visit = (node: ts.Node): void => {
    if (FUNCTION_KINDS.has(node.kind)) found.push(node as FunctionLike);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function lineOf(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line;
}

function lineCount(source: ts.SourceFile, fn: FunctionLike): number {
  return lineOf(source, fn.getEnd()) - lineOf(source, fn.getStart(source)) + 1;
}

/** The function's own name, or the name it is assigned to (`const f = () => …`, `{ f: () => … }`). */
function nameOf(source: ts.SourceFile, fn: FunctionLike): string {
  if (ts.isConstructorDeclaration(fn)) return 'constructor';
  const parent = fn.parent;
  const assignedTo =
    ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) ? parent.name : undefined;
  const name = fn.name ?? assignedTo;
  if (!name) return ts.isArrowFunction(fn) ? '(arrow function)' : '(anonymous function)';
  const accessor = ts.isGetAccessorDeclaration(fn) ? 'get ' : ts.isSetAccessorDeclaration(fn) ? 'set ' : '';
  return accessor + name.getText(source);
}

/** The outermost node that starts on the function's line: the one a comment above the line belongs to. */
function outermostNodeOnStartLine(source: ts.SourceFile, fn: FunctionLike): ts.Node {
  const startLine = lineOf(source, fn.getStart(source));
  let node: ts.Node = fn;
  while (!ts.isSourceFile(node.parent) && lineOf(source, node.parent.getStart(source)) === startLine) node = node.parent;
  return node;
}

function isLongOnPurpose(source: ts.SourceFile, fn: FunctionLike): boolean {
  const lineStarts = source.getLineStarts();
  const startLine = lineOf(source, fn.getStart(source));
  const lineAbove = startLine > 0 ? source.text.slice(lineStarts[startLine - 1], lineStarts[startLine]) : '';
  const commentStart = outermostNodeOnStartLine(source, fn).getFullStart();
  const leadingComments = (ts.getLeadingCommentRanges(source.text, commentStart) ?? []).map((range) =>
    source.text.slice(range.pos, range.end),
  );
  return [lineAbove, ...leadingComments].some((text) => LONG_ON_PURPOSE.test(text));
}

function tooLongFunctionsIn(file: string): string[] {
  const source = parse(file);
  return functionsIn(source)
    .filter((fn) => lineCount(source, fn) > MAX_FUNCTION_LINES && !isLongOnPurpose(source, fn))
    .map((fn) => {
      const line = lineOf(source, fn.getStart(source)) + 1;
      return `${file}:${line} ${nameOf(source, fn)} is ${lineCount(source, fn)} lines (at most ${MAX_FUNCTION_LINES})`;
    });
}

describe('architecture', async () => {
  const dependencies = await cruiseProject();

  test('dependency-cruiser resolves every import of a project file, so none escapes the checks below', () => {
    assertNoProblems(unresolvedLocalImports(dependencies));
  });

  test('src/ never imports tools/: tools/ are entry points on top of src/', () => {
    assertNoProblems(violationsOf(dependencies, SRC_IMPORTS_TOOLS).map(describeToolsImport));
  });

  test('the modules of src/, tools/ and the configs import each other without cycles, type-only imports included', () => {
    assertNoProblems(describeCycles(violationsOf(dependencies, CYCLE)));
  });

  test(`no function in src/ is longer than ${MAX_FUNCTION_LINES} lines unless a comment says it is "long on purpose" and why`, () => {
    assertNoProblems(typeScriptFilesIn('src').flatMap(tooLongFunctionsIn));
  });
});
