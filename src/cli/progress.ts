// A one-line progress indicator on standard error, drawn on a line of its own
// (cleared before any other message) and only when standard error is a terminal
// that the output is not written to; --quiet turns it off. The total shows once
// every input has been found (a directory is walked while parsing goes on).
export class Progress {
  private done = 0;
  private failed = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(
    private readonly enabled: boolean,
    private total: number | null = null,
  ) {}

  setTotal(n: number): void {
    this.total = n;
  }

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && this.done !== this.total) return;
    this.last = now;
    this.render();
  }

  private render(): void {
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? Math.round(this.done / secs) : 0;
    let bar = "";
    if (this.total) {
      const width = 24;
      const filled = Math.round((width * this.done) / this.total);
      bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.done}/${this.total} ${this.total === 1 ? "file" : "files"}`;
    } else bar = `${this.done} ${this.done === 1 ? "file" : "files"}`;
    const failed = this.failed ? `, ${this.failed} failed` : "";
    process.stderr.write(`\r${bar} (${rate}/s${failed})\x1b[K`);
  }

  /** Clear the line before other messages are printed. */
  clear(): void {
    if (this.enabled && this.done) process.stderr.write("\r\x1b[K");
  }

  finish(): void {
    if (!this.enabled || !this.done) return;
    this.render();
    process.stderr.write("\n");
  }
}
