/**
 * Reads the public API of a module (the engine's barrel, the snippet runtime) with the TypeScript
 * compiler at build time: every export with its signature and doc comment. The API reference page is
 * generated from this, so it cannot drift from the code.
 */
import ts from 'typescript';
import { relative } from 'node:path';

export type ApiKind = 'function' | 'class' | 'interface' | 'type' | 'const';

export interface ApiMember {
  readonly name: string;
  readonly signature: string;
  readonly doc: string;
}

export interface ApiEntry {
  readonly name: string;
  readonly kind: ApiKind;
  /** Signatures (several for overloads), or the declared type. */
  readonly signatures: string[];
  /** The doc comment as written (Markdown). */
  readonly doc: string;
  /** `@param` and other tags, as "name text". */
  readonly tags: { name: string; text: string }[];
  /** Public members of a class or interface that have a doc comment or are methods. */
  readonly members: ApiMember[];
  /** Source file relative to the project, e.g. "src/engine/layers/dense.ts". */
  readonly file: string;
}

const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

function kindOf(declaration: ts.Declaration): ApiKind | null {
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  if (ts.isClassDeclaration(declaration)) return 'class';
  if (ts.isInterfaceDeclaration(declaration)) return 'interface';
  if (ts.isTypeAliasDeclaration(declaration)) return 'type';
  if (ts.isVariableDeclaration(declaration)) return 'const';
  return null;
}

function tagText(tag: ts.JSDocTagInfo): string {
  return ts.displayPartsToString(tag.text);
}

function membersOf(checker: ts.TypeChecker, symbol: ts.Symbol, kind: ApiKind): ApiMember[] {
  if (kind !== 'class' && kind !== 'interface') return [];
  const type = checker.getDeclaredTypeOfSymbol(symbol);
  const out: ApiMember[] = [];
  const declaration = symbol.declarations![0];
  for (const property of checker.getPropertiesOfType(type)) {
    const member = property.valueDeclaration ?? property.declarations?.[0];
    if (!member) continue;
    const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) continue;
    if (property.name.startsWith('_') || property.name.startsWith('#')) continue;
    const doc = ts.displayPartsToString(property.getDocumentationComment(checker));
    const memberType = checker.getTypeOfSymbolAtLocation(property, declaration);
    const callSignatures = memberType.getCallSignatures();
    const isMethod = ts.isMethodDeclaration(member) || ts.isMethodSignature(member);
    if (!doc && !isMethod) continue;
    const signature = isMethod && callSignatures.length > 0
      ? callSignatures.map((s) => `${property.name}${checker.signatureToString(s, undefined, flags)}`).join('\n')
      : `${property.name}: ${checker.typeToString(memberType, undefined, flags)}`;
    out.push({ name: property.name, signature, doc });
  }
  if (kind === 'class') {
    const constructors = checker.getTypeOfSymbol(symbol).getConstructSignatures();
    const ctorDoc = constructors[0] ? ts.displayPartsToString(constructors[0].getDocumentationComment(checker)) : '';
    for (const s of constructors) {
      if (s.declaration && ts.canHaveModifiers(s.declaration) && (ts.getModifiers(s.declaration) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword)) continue;
      out.unshift({ name: 'constructor', signature: `new ${symbol.name}${checker.signatureToString(s, undefined, flags).replace(/: [^:]+$/, '')}`, doc: ctorDoc });
    }
  }
  return out;
}

/** "src/engine/layers/dense.ts" for our files; the package name ("plotly.js") for a re-exported dependency's. */
function sourceName(fileName: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(fileName);
  return inPackage ? inPackage[1] : relative(process.cwd(), fileName);
}

/** The documented exports of `entryFile`, in the order the barrel lists them. */
export function readApi(entryFile: string, tsconfigPath = 'tsconfig.json'): ApiEntry[] {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram([entryFile], { ...(config?.options ?? {}), noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entryFile);
  if (!source) throw new Error(`api-docs: cannot read ${entryFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return [];
  const entries: ApiEntry[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    if (!declaration) continue;
    const kind = kindOf(declaration);
    if (!kind) continue;
    let signatures: string[];
    if (kind === 'function') {
      signatures = checker.getTypeOfSymbol(symbol).getCallSignatures().map((s) => `${exported.name}${checker.signatureToString(s, undefined, flags)}`);
    } else if (kind === 'const') {
      signatures = [`const ${exported.name}: ${checker.typeToString(checker.getTypeOfSymbol(symbol), undefined, flags)}`];
    } else if (kind === 'type') {
      const node = declaration as ts.TypeAliasDeclaration;
      signatures = [`type ${exported.name}${node.typeParameters ? `<${node.typeParameters.map((p) => p.getText()).join(', ')}>` : ''} = ${node.type.getText().replace(/\s+/g, ' ')}`];
    } else {
      signatures = [`${kind} ${exported.name}`];
    }
    entries.push({
      name: exported.name,
      kind,
      signatures,
      doc: ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      tags: symbol.getJsDocTags(checker).map((t) => ({ name: t.name, text: tagText(t) })),
      members: membersOf(checker, symbol, kind),
      file: sourceName(declaration.getSourceFile().fileName),
    });
  }
  return entries;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Doc comments are small Markdown: paragraphs, ``` fences, `code`, lists, and links to pages of
 * this site (`[text](/chapters/slug/)`, passed through `sitePath` for the base path). Enough of it
 * becomes HTML here; everything is escaped first, so a comment cannot inject markup.
 */
export function docToHtml(doc: string, sitePath: (path: string) => string = (path) => path): string {
  const blocks = doc.split(/```(?:\w+)?\n?([\s\S]*?)```/);
  return blocks
    .map((block, i) => {
      if (i % 2 === 1) return `<pre class="api-code"><code>${escapeHtml(block.replace(/\n$/, ''))}</code></pre>`;
      return block
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const inline = (t: string) => escapeHtml(t).replace(/`([^`]+)`/g, '<code>$1</code>').replace(/\{@link ([^}]+)\}/g, '<code>$1</code>')
            .replace(/\[([^\]]+)\]\((\/[\w\-/#]*)\)/g, (_, text: string, path: string) => `<a href="${sitePath(path)}">${text}</a>`);
          if (/^[-*] /.test(p)) return `<ul>${p.split(/\n(?=[-*] )/).map((li) => `<li>${inline(li.replace(/^[-*] /, ''))}</li>`).join('')}</ul>`;
          return `<p>${inline(p)}</p>`;
        })
        .join('');
    })
    .join('');
}
