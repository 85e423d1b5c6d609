package dev.brickapi.runtime.wait;

import dev.brickapi.runtime.WaitInterruptedException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * A long-running operation that was started without blocking: the first call's response as soon as it has
 * arrived ({@link #response()}, e.g. the run id of {@code runNow}) and the value that reached a target state
 * at the end ({@link #get()}). Returned by the generated {@code <operation>AndWaitAsync} methods; both calls
 * run on the runtime's poll pool, none on the caller's thread.
 *
 * <p>The blocking accessors throw what the call or the wait threw (a {@code DatabricksException}: the
 * first call's HTTP failure, {@code WaitFailedException}, {@code WaitTimeoutException}), not an
 * {@link ExecutionException}. Interrupting a thread blocked in them throws {@link WaitInterruptedException}
 * and leaves the wait running; {@link #cancel()} stops it.
 *
 * @param <R> the first call's response ({@link Void} when the operation answers nothing)
 * @param <T> the polled value
 */
public final class Wait<R, T> {

  private final CompletableFuture<R> started;
  private final CompletableFuture<T> done;

  Wait(CompletableFuture<R> started, CompletableFuture<T> done) {
    this.started = started;
    this.done = done;
  }

  /** Completes with the first call's response, or fails with its exception (then {@link #future()} fails too). */
  public CompletableFuture<R> started() {
    return started;
  }

  /** Completes with the polled value in a target state, or fails with the first failure of call or wait. */
  public CompletableFuture<T> future() {
    return done;
  }

  /**
   * The first call's response; blocks until it has arrived (one HTTP call, not the wait).
   *
   * @throws WaitInterruptedException when the calling thread is interrupted while blocked here
   */
  public R response() {
    return join(started);
  }

  /**
   * The polled value in a target state; blocks until the wait ends.
   *
   * @throws dev.brickapi.runtime.WaitFailedException on a failure state
   * @throws dev.brickapi.runtime.WaitTimeoutException when the options' timeout passes
   * @throws WaitInterruptedException when the calling thread is interrupted while blocked here
   */
  public T get() {
    return join(done);
  }

  /** Whether the wait has ended, in a target state or not. */
  public boolean isDone() {
    return done.isDone();
  }

  /**
   * Stops the wait: no further poll is sent (a poll on the wire finishes) and {@link #get()} throws
   * {@link CancellationException}. Returns false when the wait had already ended.
   */
  public boolean cancel() {
    return done.cancel(false);
  }

  private static <V> V join(CompletableFuture<V> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(null, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new CompletionException(cause);
    }
  }

  @Override
  public String toString() {
    return "Wait[" + (done.isDone() ? "done" : started.isDone() ? "started" : "starting") + "]";
  }
}
