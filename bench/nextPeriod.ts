/** Waits for the start of the next calendar-aligned rate-limit period (plus 20 ms), so a run starts with a full budget. */
export async function nextPeriod(rateLimit: { periodSeconds: number }): Promise<void> {
  const period = rateLimit.periodSeconds * 1000;
  await new Promise((resolve) => setTimeout(resolve, period - (Date.now() % period) + 20));
}
