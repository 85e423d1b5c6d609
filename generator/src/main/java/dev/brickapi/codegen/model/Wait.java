package dev.brickapi.codegen.model;

/**
 * How a long-running operation is waited for ({@code x-brickapi-wait}): one record per way of waiting.
 * Today there is one, {@link PollingWait}; a second way is a new record and a new {@link Cases} method.
 */
public sealed interface Wait permits PollingWait {

  /** Exhaustive selection over the ways of waiting. */
  <R> R match(Cases<R> cases);

  /** One method per way of waiting. */
  interface Cases<R> {
    R polling(PollingWait w);
  }
}
