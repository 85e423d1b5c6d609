package dev.brickapi.runtime.wait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.WaitFailedException;
import dev.brickapi.runtime.WaitInterruptedException;
import dev.brickapi.runtime.WaitTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaiterTest {

  private static final Function<String, String> STATE = s -> s;
  private static final Function<String, String> NO_MESSAGE = s -> null;

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private static WaitOptions<String> fast(Duration timeout) {
    return WaitOptions.<String>timeout(timeout).pollInterval(Duration.ofMillis(1), Duration.ofMillis(5));
  }

  private static CompletableFuture<String> until(Supplier<String> poll, WaitOptions<String> options) {
    return Waiter.pollAsync(poll, STATE, NO_MESSAGE, List.of("DONE"), List.of("BROKEN"), options);
  }

  @Test
  void defaultsWaitTwentyMinutes() {
    assertEquals(Duration.ofMinutes(20), WaitOptions.defaults().timeout());
    assertEquals(WaitOptions.DEFAULT_TIMEOUT, WaitOptions.<String>defaults().onProgress(s -> {}).timeout());
  }

  @Test
  void startAsyncReturnsBeforeTheFirstCallAnswers() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Thread> caller = new AtomicReference<>();
    Wait<String, String> wait = Waiter.startAsync(() -> {
      caller.set(Thread.currentThread());
      await(release);
      return "run-1";
    }, r -> until(() -> "DONE", fast(Duration.ofSeconds(10))));
    assertFalse(wait.started().isDone(), "the first call is still blocked");
    release.countDown();
    assertEquals("run-1", wait.response());
    assertEquals("DONE", wait.get());
    assertTrue(caller.get() != Thread.currentThread(), "the first call ran on the poll pool");
  }

  @Test
  void responseIsAvailableBeforeTheWaitEnds() throws Exception {
    CountDownLatch finish = new CountDownLatch(1);
    Wait<String, String> wait = Waiter.startAsync(() -> "run-7",
        r -> until(() -> finish.getCount() == 0 ? "DONE" : "RUNNING", fast(Duration.ofSeconds(10))));
    assertEquals("run-7", wait.response());
    assertFalse(wait.isDone());
    finish.countDown();
    assertEquals("DONE", wait.future().get(10, TimeUnit.SECONDS));
  }

  @Test
  void aFailingFirstCallFailsBothWithItsOwnException() {
    NotFoundException gone = new NotFoundException(404, "RESOURCE_DOES_NOT_EXIST", "no such job", "POST", "/api/2.2/jobs/run-now", null);
    AtomicInteger polls = new AtomicInteger();
    Wait<String, String> wait = Waiter.startAsync(() -> {
      throw gone;
    }, r -> until(() -> String.valueOf(polls.incrementAndGet()), fast(Duration.ofSeconds(10))));
    assertSame(gone, assertThrows(NotFoundException.class, wait::response));
    assertSame(gone, assertThrows(NotFoundException.class, wait::get));
    assertEquals(0, polls.get(), "no wait starts after a failed call");
  }

  @Test
  void getThrowsTheWaitsExceptionNotAnExecutionException() {
    Wait<String, String> failed = Waiter.startAsync(() -> "x", r -> until(() -> "BROKEN", fast(Duration.ofSeconds(10))));
    assertEquals("BROKEN", assertThrows(WaitFailedException.class, failed::get).state());
    Wait<String, String> late = Waiter.startAsync(() -> "x", r -> until(() -> "RUNNING", fast(Duration.ofMillis(50))));
    assertEquals("RUNNING", assertThrows(WaitTimeoutException.class, late::get).lastState());
  }

  @Test
  void interruptingAThreadBlockedInGetIsNotATimeoutAndTheWaitGoesOn() throws Exception {
    CountDownLatch finish = new CountDownLatch(1);
    Wait<String, String> wait = Waiter.startAsync(() -> "x",
        r -> until(() -> finish.getCount() == 0 ? "DONE" : "RUNNING", fast(Duration.ofSeconds(10))));
    Thread.currentThread().interrupt();
    WaitInterruptedException e = assertThrows(WaitInterruptedException.class, wait::get);
    assertTrue(e.getCause() instanceof InterruptedException);
    assertTrue(Thread.interrupted(), "the interrupt status is set again");
    finish.countDown();
    assertEquals("DONE", wait.get());
  }

  @Test
  void cancelStopsThePolling() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    Wait<String, String> wait = Waiter.startAsync(() -> "x", r -> until(() -> {
      polls.incrementAndGet();
      return "RUNNING";
    }, fast(Duration.ofSeconds(10))));
    wait.response();
    while (polls.get() == 0) {
      Thread.sleep(1);
    }
    assertTrue(wait.cancel());
    assertThrows(CancellationException.class, wait::get);
    Thread.sleep(50);
    int after = polls.get();
    Thread.sleep(50);
    assertTrue(polls.get() <= after + 1, "polling stopped: " + after + " then " + polls.get());
  }

  @Test
  void blockingPollInterruptedWhileSleepingKeepsTheLastState() {
    Thread.currentThread().interrupt();
    WaitInterruptedException e = assertThrows(WaitInterruptedException.class,
        () -> Waiter.poll(() -> "RUNNING", STATE, NO_MESSAGE, List.of("DONE"), List.of(), fast(Duration.ofSeconds(10))));
    assertEquals("RUNNING", e.lastState());
    assertTrue(Thread.currentThread().isInterrupted());
  }

  @Test
  void blockingPollInterruptedDuringACallIsNotATimeout() {
    WaitInterruptedException e = assertThrows(WaitInterruptedException.class,
        () -> Waiter.poll(() -> {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("connection interrupted");
        }, STATE, NO_MESSAGE, List.of("DONE"), List.of(), fast(Duration.ofSeconds(10))));
    assertEquals("connection interrupted", e.getSuppressed()[0].getMessage());
  }

  @Test
  void asyncPollFailsTheFutureOnAFailureState() {
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> until(() -> "BROKEN", fast(Duration.ofSeconds(10))).get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof WaitFailedException);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
