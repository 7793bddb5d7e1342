// Data path → line and column in the file, through `yaml`'s parse with positions.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Range } from '../diagnostics/diagnostic.js';
import type { DataPath } from './data-path.js';
import { rangeAt, type SourceDocument } from './source.js';

/**
 * Where to point for a finding about `path`:
 * - 'value': the value itself (a wrong type, a bad date);
 * - 'key': the key of the last path step (an unknown field);
 * - 'owner': the key that holds the map or list at `path` (a field missing from it).
 * Falls back to the nearest existing ancestor, so there is always a position.
 */
export function locate(source: SourceDocument, path: DataPath, target: 'value' | 'key' | 'owner' = 'value'): Range {
  const steps = walk(source.doc, path);
  const last = steps[steps.length - 1];
  const complete = steps.length === path.length + 1;
  if (complete && last) {
    if (target === 'key' && last.pair && isScalar(last.pair.key) && last.pair.key.range) return rangeOf(source, last.pair.key.range);
    if (target === 'owner') {
      if (last.pair && isScalar(last.pair.key) && last.pair.key.range) return rangeOf(source, last.pair.key.range);
      // a list item: point at its first key
      const first = isMap(last.node) ? last.node.items[0] : undefined;
      if (first && isScalar(first.key) && first.key.range) return rangeOf(source, first.key.range);
    }
    if (last.node?.range) return rangeOf(source, last.node.range);
  }
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!;
    if (s.pair && isScalar(s.pair.key) && s.pair.key.range) return rangeOf(source, s.pair.key.range);
    if (s.node?.range) return rangeOf(source, s.node.range);
  }
  return rangeAt(source, 0, 0);
}

interface Step {
  node: Node | null;
  pair?: Pair;
}

/** A key as the data names it: a key written as nothing is "" to `yaml`, "null" to js-yaml. */
function keyText(value: unknown): string {
  return value === null ? 'null' : String(value);
}

function walk(doc: Document.Parsed, path: DataPath): Step[] {
  const root = doc.contents as Node | null;
  const steps: Step[] = [{ node: root }];
  let node: Node | null = root;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && keyText(p.key.value) === String(key));
      if (!pair) break;
      node = (pair.value as Node | null) ?? null;
      steps.push({ node, pair: pair as Pair });
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (item === undefined) break;
      node = item;
      steps.push({ node });
    } else {
      break;
    }
    // An alias is located where it is written; what it stands for is walked on.
    if (isAlias(node) && steps.length <= path.length) node = (node.resolve(doc) as Node | undefined) ?? null;
  }
  return steps;
}

function rangeOf(source: SourceDocument, r: readonly [number, number, number?]): Range {
  // Point at the first line of a multi-line value, ending where its first line ends.
  const lineEnd = source.text.indexOf('\n', r[0]);
  const end = lineEnd >= 0 && lineEnd < r[1] ? lineEnd : r[1];
  return rangeAt(source, r[0], end);
}

