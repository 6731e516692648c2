// Remembers the line where each identifier first appeared in a file, to report a repeated NIP by
// the line of its first occurrence. A million 18-digit NIPs as Map keys cost about 80 MB of heap;
// here each NIP is two 9-digit halves in an open-addressing table of typed arrays (12 bytes a slot),
// and only NRP and other identifiers, which are rare, go to a Map.
const EMPTY = -1;

export class FirstLines {
  private capacity = 1 << 14;
  private size = 0;
  private high = new Int32Array(this.capacity).fill(EMPTY);
  private low = new Int32Array(this.capacity);
  private lines = new Int32Array(this.capacity);
  private readonly others = new Map<string, number>();

  /** Records `line` for `id` and returns undefined, or returns the line already recorded. */
  firstLineOf(id: string, line: number): number | undefined {
    const high = id.length === 18 ? digitsValue(id, 0) : -1;
    const low = high === -1 ? -1 : digitsValue(id, 9);
    if (low === -1) {
      const first = this.others.get(id);
      if (first === undefined) this.others.set(id, line);
      return first;
    }
    const mask = this.capacity - 1;
    let slot = hash(high, low) & mask;
    for (;;) {
      const h = this.high[slot]!;
      if (h === EMPTY) break;
      if (h === high && this.low[slot] === low) return this.lines[slot];
      slot = (slot + 1) & mask;
    }
    this.high[slot] = high;
    this.low[slot] = low;
    this.lines[slot] = line;
    if (++this.size * 2 > this.capacity) this.grow();
    return undefined;
  }

  private grow(): void {
    const { high, low, lines } = this;
    this.capacity *= 2;
    this.high = new Int32Array(this.capacity).fill(EMPTY);
    this.low = new Int32Array(this.capacity);
    this.lines = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < high.length; i++) {
      const h = high[i]!;
      if (h === EMPTY) continue;
      let slot = hash(h, low[i]!) & mask;
      while (this.high[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.high[slot] = h;
      this.low[slot] = low[i]!;
      this.lines[slot] = lines[i]!;
    }
  }
}

/** The number written by the nine characters of `id` from `start`, or -1 when one is not a digit. */
function digitsValue(id: string, start: number): number {
  let n = 0;
  for (let i = start; i < start + 9; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function hash(high: number, low: number): number {
  return (Math.imul(high, 0x9e3779b1) ^ Math.imul(low, 0x85ebca6b)) >>> 0;
}
