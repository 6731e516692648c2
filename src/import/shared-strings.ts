// A workbook's shared-string table, held compactly: every string's UTF-8 bytes in one growing buffer
// and their end offsets in one typed array, decoded when a cell asks for one. Held as a JavaScript
// array of strings, a table of 500,000 strings of 60 characters peaked the import at 143 MB, and
// the table's limit (LIMITS.sharedStringChars, 32 Mi characters) in short strings would pass
// 200 MB: each string costs some 30 bytes beside its text. Here a string costs 4 bytes beside it.

/** Strings looked up recently, by index modulo this size (repeated cells read one string often). */
const CACHE = 1024;
const INITIAL_BYTES = 64 * 1024;

export class SharedStrings {
  private bytes = Buffer.allocUnsafe(INITIAL_BYTES);
  private used = 0;
  private ends = new Uint32Array(1024);
  private size = 0;
  private readonly cached: (string | undefined)[] = new Array<string | undefined>(CACHE);
  private readonly cachedIndex = new Int32Array(CACHE).fill(-1);

  /** How many strings the table holds. */
  get count(): number {
    return this.size;
  }

  /** Appends the next string (index `count`). */
  add(text: string): void {
    const needed = this.used + text.length * 3;
    if (needed > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.used += this.bytes.write(text, this.used, 'utf8');
    if (this.size === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.size++] = this.used;
  }

  /** The string at `index` (0-based, as a cell's `<v>` names it); undefined when there is none. */
  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) return undefined;
    const slot = index % CACHE;
    if (this.cachedIndex[slot] === index) return this.cached[slot];
    const text = this.bytes.toString('utf8', index === 0 ? 0 : this.ends[index - 1], this.ends[index]);
    this.cachedIndex[slot] = index;
    this.cached[slot] = text;
    return text;
  }
}
