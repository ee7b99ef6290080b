import { CharKind, type PlainText } from '../markdown/plainTextBuilder.js';
import { plainRangeToSource } from '../markdown/plainText.js';
import { fieldText, type FieldNode, type ParsedTemplate, type SpinNode, type TemplateNode } from './syntax.js';

/**
 * Renders a template message for one choice of spin options and field values, as plain text whose every
 * character maps back to the template's source: a literal character to itself, a field's value to the whole
 * field. Rules then run on the rendering unchanged and their findings land on the template, on the spin
 * option or the field responsible.
 */

/** The option a spin takes in one rendering. */
export type SpinChoice = (spin: SpinNode) => number;
/** A field's value in one rendering; undefined when it is not known (no sample, no data). */
export type FieldValue = (field: FieldNode) => string | undefined;

export function renderTemplate(
  template: ParsedTemplate,
  plain: PlainText,
  choose: SpinChoice,
  valueOf: FieldValue,
  /** Told where each field's value landed in the rendering. */
  placed?: (field: FieldNode, start: number, end: number) => void,
): PlainText {
  const source = plain.text;
  let text = '';
  const kinds: number[] = [];
  const offsets: number[] = [];
  const widths = new Map<number, number>();

  function literal(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const width = plain.sourceWidths.get(i);
      if (width !== undefined) widths.set(offsets.length, width);
      kinds.push(plain.kinds[i] as number);
      offsets.push(plain.sourceOffsets[i] as number);
    }
    text += source.slice(start, end);
  }

  function field(node: FieldNode): void {
    const value = valueOf(node);
    if (value === undefined) {
      // An unknown value stays as the field: counted, never read as prose (code is not prose).
      const at = text.length;
      literal(node.start, node.end);
      kinds.fill(CharKind.Code, at);
      return;
    }
    const rendered = fieldText(node, value);
    placed?.(node, text.length, text.length + rendered.length);
    const range = plainRangeToSource(plain, node.start, node.end);
    for (let i = 0; i < rendered.length; i++) {
      widths.set(offsets.length, range.end - range.start);
      kinds.push(CharKind.Prose);
      offsets.push(range.start);
    }
    text += rendered;
  }

  walkRendering(template.nodes, choose, literal, field);
  offsets.push(plain.sourceOffsets[plain.text.length] as number);
  return { text, kinds: Uint8Array.from(kinds), sourceOffsets: Int32Array.from(offsets), sourceWidths: widths, comments: plain.comments };
}

/** The rendered text alone, for a preview or the CLI's render (no source map). */
export function renderTemplateText(template: ParsedTemplate, plainText: string, choose: SpinChoice, valueOf: FieldValue): string {
  let out = '';
  walkRendering(
    template.nodes,
    choose,
    (start, end) => {
      out += plainText.slice(start, end);
    },
    (field) => {
      const value = valueOf(field);
      out += value === undefined ? plainText.slice(field.start, field.end) : fieldText(field, value);
    },
  );
  return out;
}

/** Visits what one rendering holds, in order: literal text and fields, through the options `choose` takes. */
function walkRendering(list: readonly TemplateNode[], choose: SpinChoice, text: (start: number, end: number) => void, field: (node: FieldNode) => void): void {
  for (const node of list) {
    if (node.type === 'text') text(node.start, node.end);
    else if (node.type === 'field') field(node);
    else {
      const option = node.options[Math.min(Math.max(0, choose(node)), node.options.length - 1)];
      if (option) walkRendering(option.nodes, choose, text, field);
    }
  }
}

/**
 * Rendering `n` of a rotation: spin k takes option n + k, so consecutive renderings (or recipients) get
 * different options and different combinations of them. Renderings 0 to m - 1 show every option of each
 * spin with m options or fewer.
 */
export function rotatedChoice(template: ParsedTemplate, n: number): SpinChoice {
  return (spin) => (n + template.spins.indexOf(spin)) % spin.options.length;
}

/** Lengths a field can take: what the worst and best case use. */
export interface FieldLengths {
  min: number;
  max: number;
}

/**
 * The shortest and longest rendering, and the spin choices that give the longest, without rendering any
 * combination: lengths add up along a choice, so each spin takes its longest option independently.
 */
export function measureTemplate(template: ParsedTemplate, lengths: (field: FieldNode) => FieldLengths): { min: number; max: number; longestChoice: Map<SpinNode, number>; shortestChoice: Map<SpinNode, number> } {
  const longestChoice = new Map<SpinNode, number>();
  const shortestChoice = new Map<SpinNode, number>();
  const measure = (list: readonly TemplateNode[]): FieldLengths => {
    let min = 0;
    let max = 0;
    for (const node of list) {
      if (node.type === 'text') {
        min += node.end - node.start;
        max += node.end - node.start;
      } else if (node.type === 'field') {
        const field = lengths(node);
        min += field.min;
        max += field.max;
      } else {
        let best = { min: Infinity, max: -1 };
        node.options.forEach((option, index) => {
          const measured = measure(option.nodes);
          if (measured.max > best.max) longestChoice.set(node, index);
          if (measured.min < best.min) shortestChoice.set(node, index);
          best = { min: Math.min(best.min, measured.min), max: Math.max(best.max, measured.max) };
        });
        min += Number.isFinite(best.min) ? best.min : 0;
        max += Math.max(0, best.max);
      }
    }
    return { min, max };
  };
  const { min, max } = measure(template.nodes);
  return { min, max, longestChoice, shortestChoice };
}

/** Number of distinct spin combinations, capped at `cap` (it grows exponentially with the spins). */
export function countCombinations(template: ParsedTemplate, cap: number): number {
  const count = (list: readonly TemplateNode[]): number => {
    let product = 1;
    for (const node of list) {
      if (node.type !== 'spin') continue;
      let sum = 0;
      for (const option of node.options) sum = Math.min(cap, sum + count(option.nodes));
      product = Math.min(cap, product * Math.max(1, sum));
    }
    return product;
  };
  return count(template.nodes);
}

/**
 * Every combination of spin choices, one at a time: a caller takes as many as it can afford and never holds
 * the exponential whole. A nested spin's choice is only part of the combinations where its option is taken.
 */
export function* spinCombinations(template: ParsedTemplate): Generator<Map<SpinNode, number>> {
  const spins = template.nodes.filter((node): node is SpinNode => node.type === 'spin');
  function* over(list: readonly SpinNode[], index: number, choice: Map<SpinNode, number>): Generator<Map<SpinNode, number>> {
    if (index === list.length) {
      yield new Map(choice);
      return;
    }
    const spin = list[index] as SpinNode;
    for (let pick = 0; pick < spin.options.length; pick++) {
      choice.set(spin, pick);
      const nested = (spin.options[pick] as { nodes: TemplateNode[] }).nodes.filter((node): node is SpinNode => node.type === 'spin');
      // The option's own spins come before the spins after this one.
      yield* over([...nested, ...list.slice(index + 1)], 0, choice);
      choice.delete(spin);
    }
  }
  yield* over(spins, 0, new Map());
}
