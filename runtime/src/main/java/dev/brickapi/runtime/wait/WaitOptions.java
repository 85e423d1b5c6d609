package dev.brickapi.runtime.wait;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How long and how often a waiting method polls. {@link #defaults()} waits at most {@link #DEFAULT_TIMEOUT}
 * (20 minutes, as the official Databricks tools), which the waiting methods without an options argument
 * use; {@link #timeout(Duration)} chooses another. Polling starts at {@code initialInterval} and grows by
 * half each time up to {@code maxInterval}.
 *
 * @param <T> the type of the polled value, handed to the progress callback after each poll
 */
public final class WaitOptions<T> {

  /** The timeout of {@link #defaults()}: 20 minutes, as the official Databricks SDKs and CLI. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(20);

  private final Duration timeout;
  private final Duration initialInterval;
  private final Duration maxInterval;
  private final Consumer<? super T> progress;

  private WaitOptions(Duration timeout, Duration initialInterval, Duration maxInterval, Consumer<? super T> progress) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.initialInterval = Objects.requireNonNull(initialInterval, "initialInterval");
    this.maxInterval = Objects.requireNonNull(maxInterval, "maxInterval");
    this.progress = progress;
    if (timeout.isNegative() || initialInterval.isNegative() || maxInterval.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /** Waits at most {@link #DEFAULT_TIMEOUT} (20 minutes), polling after 1 s, then every 1.5x longer up to 10 s. */
  public static <T> WaitOptions<T> defaults() {
    return timeout(DEFAULT_TIMEOUT);
  }

  /** Waits at most {@code timeout}, polling after 1 s, then every 1.5x longer up to 10 s. */
  public static <T> WaitOptions<T> timeout(Duration timeout) {
    return new WaitOptions<>(timeout, Duration.ofSeconds(1), Duration.ofSeconds(10), null);
  }

  public WaitOptions<T> pollInterval(Duration initial, Duration max) {
    return new WaitOptions<>(timeout, initial, max, progress);
  }

  /** Calls {@code callback} with every polled value (also the last). */
  public WaitOptions<T> onProgress(Consumer<? super T> callback) {
    return new WaitOptions<>(timeout, initialInterval, maxInterval, callback);
  }

  public Duration timeout() {
    return timeout;
  }

  public Duration initialInterval() {
    return initialInterval;
  }

  public Duration maxInterval() {
    return maxInterval;
  }

  void report(T value) {
    if (progress != null) {
      progress.accept(value);
    }
  }
}
