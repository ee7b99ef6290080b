import type { MessageSlice } from '../document/outline.js';
import type { Analyze, MessageAnalysis } from './analysis.js';
import { failedAnalysis } from './analysis.js';
import type { FileContext } from './messageSettings.js';
import type { OutreachConfig } from '../config/config.js';

/**
 * Message analyses by the file settings they depend on, then by the message's own text: re-linting after
 * a keystroke finds every unchanged message here and analyses only the edited one. Least recently used
 * analyses are dropped when the cache is over its capacity.
 */
export class AnalysisCache {
  private readonly byFile = new Map<string, Map<string, MessageAnalysis>>();
  private count = 0;
  /** Counts lints; an analysis remembers the last one that used it, for eviction. */
  private generation = 0;
  private capacity: number;
  /** Messages analysed (not found here) since the cache was made. */
  analysedCount = 0;

  constructor(
    private readonly size: number,
    private readonly analyse: Analyze,
    private readonly config: OutreachConfig,
  ) {
    this.capacity = size;
  }

  /**
   * Starts a lint of a document with `messageCount` messages. The capacity is never below that: an LRU
   * smaller than the file evicts every entry before its next use, and each lint would re-parse all.
   */
  beginLint(messageCount: number): void {
    this.generation++;
    this.capacity = Math.max(this.size, messageCount + 64);
  }

  get(text: string, slice: MessageSlice, file: FileContext): MessageAnalysis {
    // The message's own text is the key (a slice shares the document's memory); the file settings it
    // depends on pick the inner map. The heading level follows from the text, so it needs no key.
    const source = text.slice(slice.start, slice.end);
    let messagesOfFile = this.byFile.get(file.key);
    if (!messagesOfFile) {
      messagesOfFile = new Map();
      this.byFile.set(file.key, messagesOfFile);
    }
    const hit = messagesOfFile.get(source);
    if (hit) {
      hit.lastUsed = this.generation;
      return hit;
    }
    this.analysedCount++;
    let analysis: MessageAnalysis;
    try {
      analysis = this.analyse(source, slice, file);
    } catch (error) {
      analysis = failedAnalysis(source, slice, this.config, error as Error);
    }
    analysis.lastUsed = this.generation;
    messagesOfFile.set(source, analysis);
    this.count++;
    if (this.count > this.capacity) this.evictStale();
    return analysis;
  }

  clear(): void {
    this.byFile.clear();
    this.count = 0;
  }

  /** Drops the analyses used longest ago, down to three quarters of the capacity. */
  private evictStale(): void {
    const entries: { map: Map<string, MessageAnalysis>; key: string; lastUsed: number }[] = [];
    for (const map of this.byFile.values()) for (const [key, analysis] of map) entries.push({ map, key, lastUsed: analysis.lastUsed });
    entries.sort((a, b) => a.lastUsed - b.lastUsed);
    const drop = entries.length - Math.floor(this.capacity * 0.75);
    for (let i = 0; i < drop; i++) {
      const entry = entries[i] as (typeof entries)[number];
      // Never evict what the current lint uses.
      if (entry.lastUsed === this.generation) break;
      entry.map.delete(entry.key);
      this.count--;
    }
    for (const [fileKey, map] of this.byFile) if (map.size === 0) this.byFile.delete(fileKey);
  }
}
