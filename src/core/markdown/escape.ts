/**
 * Text shown inside markdown (hovers, tooltips) as written: a title such as "**Dana** ~~old~~" or a reason
 * with "[name]" must not turn into bold, strike-through or a link. Every character CommonMark or GFM
 * could read as markup gets a backslash.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}
