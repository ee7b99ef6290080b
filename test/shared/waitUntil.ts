// Polling for the suites that watch a real VS Code (extension host, .vsix, UI): VS Code does its work
// asynchronously and offers no "done" event for most of it. Plain Node, so every suite can import it.

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it returns something other than undefined/false and returns that value. On
 * timeout the error names what was awaited and the probe's last value or error, so a failure says why.
 */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 30_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${shown(last)})`);
    }
    await sleep(intervalMs);
  }
}

/** The probe's last value for the timeout message; never throws (a VS Code object may be circular). */
function shown(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
