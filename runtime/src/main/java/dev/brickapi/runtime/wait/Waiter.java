package dev.brickapi.runtime.wait;

import dev.brickapi.runtime.WaitFailedException;
import dev.brickapi.runtime.WaitInterruptedException;
import dev.brickapi.runtime.WaitTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls an operation until a state field reaches a target state; used by the generated waiting methods.
 * {@link #poll} blocks the caller, {@link #pollAsync} returns a future at once, and {@link #startAsync}
 * (or {@link #runAsync}, for an operation that answers nothing) also makes the call that starts the
 * operation on the poll pool. An interruption of a blocked caller is a {@link WaitInterruptedException},
 * never a timeout.
 */
public final class Waiter {

  private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "brickapi-wait-scheduler");
    t.setDaemon(true);
    return t;
  });

  /** Runs the (blocking) polls, so one slow poll never delays the others; idle threads go away. */
  private static final ExecutorService POLLERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "brickapi-wait-poll");
    t.setDaemon(true);
    return t;
  });

  private Waiter() {}

  /**
   * Polls until {@code state} of the polled value is one of {@code target}; blocks the calling thread.
   *
   * @throws WaitFailedException when a failure state is reached
   * @throws WaitTimeoutException when the timeout passes first
   * @throws WaitInterruptedException when the thread is interrupted (also during a poll)
   */
  public static <T> T poll(Supplier<T> poll, Function<T, String> state, Function<T, String> message,
      List<String> target, List<String> failure, WaitOptions<T> options) {
    long deadline = System.nanoTime() + options.timeout().toNanos();
    long interval = options.initialInterval().toNanos();
    String last = null;
    while (true) {
      T value;
      try {
        value = poll.get();
      } catch (RuntimeException e) {
        if (Thread.currentThread().isInterrupted()) {
          WaitInterruptedException interrupted = new WaitInterruptedException(last, new InterruptedException());
          interrupted.addSuppressed(e);
          throw interrupted;
        }
        throw e;
      }
      options.report(value);
      last = state.apply(value);
      if (last != null && target.contains(last)) {
        return value;
      }
      if (last != null && failure.contains(last)) {
        throw new WaitFailedException(last, message.apply(value), value);
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new WaitTimeoutException(last, options.timeout());
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(interval, left));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new WaitInterruptedException(last, e);
      }
      interval = Math.min((long) (interval * 1.5), options.maxInterval().toNanos());
    }
  }

  /**
   * Like {@link #poll}, without blocking: one shared scheduler times the polls and a shared pool runs
   * them, so a thread is busy only while a poll is on the wire, however many waits are pending. The
   * future fails with {@link WaitFailedException} or {@link WaitTimeoutException}.
   */
  public static <T> CompletableFuture<T> pollAsync(Supplier<T> poll, Function<T, String> state,
      Function<T, String> message, List<String> target, List<String> failure, WaitOptions<T> options) {
    CompletableFuture<T> result = new CompletableFuture<>();
    long deadline = System.nanoTime() + options.timeout().toNanos();
    schedule(poll, state, message, target, failure, options, result, deadline, 0, options.initialInterval().toNanos());
    return result;
  }

  /**
   * Makes the first call on the poll pool and, once it has answered, starts the wait it names; returns at
   * once. A failing first call fails both futures of the {@link Wait}; {@link Wait#cancel()} also cancels
   * the wait that was started.
   *
   * @param first the call that starts the operation
   * @param then the wait to run with its response (a generated {@code ...Async} waiting method)
   */
  public static <R, T> Wait<R, T> startAsync(Supplier<R> first, Function<R, CompletableFuture<T>> then) {
    CompletableFuture<R> started = new CompletableFuture<>();
    CompletableFuture<T> done = new CompletableFuture<>();
    POLLERS.execute(() -> {
      if (done.isDone()) {
        started.cancel(false);
        return;
      }
      R response;
      CompletableFuture<T> waiting;
      try {
        response = first.get();
      } catch (RuntimeException | Error e) {
        started.completeExceptionally(e);
        done.completeExceptionally(e);
        if (e instanceof Error) {
          throw e;
        }
        return;
      }
      started.complete(response);
      try {
        waiting = then.apply(response);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      waiting.whenComplete((value, e) -> {
        if (e == null) {
          done.complete(value);
        } else {
          done.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
        }
      });
      done.whenComplete((value, e) -> waiting.cancel(false));
    });
    return new Wait<>(started, done);
  }

  /** {@link #startAsync} for an operation that answers nothing: the {@link Wait}'s response is null. */
  public static <T> Wait<Void, T> runAsync(Runnable first, Supplier<CompletableFuture<T>> then) {
    return startAsync(() -> {
      first.run();
      return null;
    }, response -> then.get());
  }

  private static <T> void schedule(Supplier<T> poll, Function<T, String> state, Function<T, String> message,
      List<String> target, List<String> failure, WaitOptions<T> options, CompletableFuture<T> result,
      long deadline, long delay, long interval) {
    SCHEDULER.schedule(() -> POLLERS.execute(() -> {
      if (result.isDone()) {
        return;
      }
      try {
        T value = poll.get();
        options.report(value);
        String now = state.apply(value);
        if (now != null && target.contains(now)) {
          result.complete(value);
        } else if (now != null && failure.contains(now)) {
          result.completeExceptionally(new WaitFailedException(now, message.apply(value), value));
        } else {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            result.completeExceptionally(new WaitTimeoutException(now, options.timeout()));
          } else {
            schedule(poll, state, message, target, failure, options, result, deadline, Math.min(interval, left),
                Math.min((long) (interval * 1.5), options.maxInterval().toNanos()));
          }
        }
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }), delay, TimeUnit.NANOSECONDS);
  }
}
