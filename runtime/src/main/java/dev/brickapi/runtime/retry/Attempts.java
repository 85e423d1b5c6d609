package dev.brickapi.runtime.retry;

/**
 * The attempt number of the call running on this thread, for the log line of each request. Feign runs a
 * call's attempts on the calling thread: {@link RetryPolicy#clone()} starts a call, each retry counts one up.
 */
public final class Attempts {
  private static final ThreadLocal<int[]> CURRENT = ThreadLocal.withInitial(() -> new int[] {1});

  private Attempts() {}

  static void begin() {
    CURRENT.get()[0] = 1;
  }

  static void next() {
    CURRENT.get()[0]++;
  }

  /** The attempt number of the current call (1 for the first). */
  public static int current() {
    return CURRENT.get()[0];
  }
}
