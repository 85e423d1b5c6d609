package dev.brickapi.runtime.retry;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.concurrent.TimeUnit;

/**
 * A client-side limit of requests per second, shared by all threads of one client: a request (retries included)
 * is admitted at least one interval after the one admitted before it, waiting when needed, so every one-second
 * window holds at most the limit and bulk work stays under the workspace's limits instead of living on 429s.
 */
public final class Throttle implements RequestInterceptor {
  private final long intervalNanos;
  private final java.util.function.LongSupplier clock;
  private final Sleeper sleeper;
  private long nextSlot;

  /** Waits for a number of nanoseconds; a seam for tests. */
  interface Sleeper {
    void sleep(long nanos) throws InterruptedException;
  }

  public Throttle(double requestsPerSecond) {
    this(requestsPerSecond, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  Throttle(double requestsPerSecond, java.util.function.LongSupplier clock, Sleeper sleeper) {
    if (requestsPerSecond <= 0) {
      throw new IllegalArgumentException("requests per second must be positive");
    }
    this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / requestsPerSecond);
    this.clock = clock;
    this.sleeper = sleeper;
    this.nextSlot = clock.getAsLong();
  }

  @Override
  public void apply(RequestTemplate template) {
    while (true) {
      long wait;
      synchronized (this) {
        long now = clock.getAsLong();
        if (now - nextSlot >= 0) {
          // Admitted now: the next request may go one interval after this one really went, so a thread that
          // woke late never lets two requests through closer than the interval.
          nextSlot = now + intervalNanos;
          return;
        }
        wait = nextSlot - now;
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while throttled", e);
      }
    }
  }
}
