package dev.brickapi.it.sdk;

import dev.brickapi.mock.MockWorkspace;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs steps, each on a daemon thread and bounded (by default {@link #STEP_TIMEOUT_SECONDS}) so that a waiter
 * or a list that never ends cannot hang the suite, and records each outcome. A step fails if its body throws,
 * if it does not end in time, if the mock's contract validator reported a violation for any exchange it made,
 * or if an exchange carried a query parameter or body field the spec lacks ({@link SpecGaps}).
 */
final class StepRunner {

  static final long STEP_TIMEOUT_SECONDS = 45;

  private final long timeoutSeconds;
  private final Map<String, String> outcomes = Collections.synchronizedMap(new LinkedHashMap<>());
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "sdk-step");
    t.setDaemon(true);
    return t;
  });

  StepRunner() {
    this(STEP_TIMEOUT_SECONDS);
  }

  StepRunner(long timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  void run(MockWorkspace mock, String step, Family.Body body) {
    mock.takeViolations();
    int before = mock.exchanges().size();
    String failure = null;
    Throwable cause = null;
    Future<?> running = threads.submit(() -> {
      body.run();
      return null;
    });
    try {
      running.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      running.cancel(true);
      failure = "did not end within " + timeoutSeconds + " s (a waiter or a list that never ends)";
    } catch (ExecutionException e) {
      cause = e.getCause();
      failure = describe(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "interrupted";
    }
    List<String> violations = mock.takeViolations();
    List<MockWorkspace.Exchange> exchanges = mock.exchanges();
    violations.addAll(SpecGaps.of(mock.specs(),
        exchanges.subList(Math.min(before, exchanges.size()), exchanges.size())));
    if (!violations.isEmpty()) {
      String v = violations.size() + " contract violation(s): " + String.join(" | ", violations);
      failure = failure == null ? v : failure + "; " + v;
    }
    outcomes.put(step, failure);
    if (failure != null) {
      throw new AssertionError(step + ": " + failure, cause);
    }
  }

  private static String describe(Throwable t) {
    String message = String.valueOf(t.getMessage()).replaceAll("\\s+", " ");
    if (message.length() > 600) {
      message = message.substring(0, 600) + "...";
    }
    return t.getClass().getSimpleName() + ": " + message;
  }

  /** The failing steps with their causes, in the order they ran. */
  List<String> failures() {
    List<String> out = new ArrayList<>();
    synchronized (outcomes) {
      outcomes.forEach((step, failure) -> {
        if (failure != null) {
          out.add(step + " -> " + failure);
        }
      });
    }
    return out;
  }

  int ran() {
    return outcomes.size();
  }

  /** Prints {@code official SDK steps: N of M} and fails, listing every failing step, unless all passed. */
  void report(int planned, PrintStream out) {
    List<String> failures = failures();
    int passed = ran() - failures.size();
    String summary = "official SDK steps: " + passed + " of " + planned;
    out.println(summary);
    failures.forEach(f -> out.println("  FAILED " + f));
    threads.shutdownNow();
    if (passed != planned) {
      throw new AssertionError(summary + " (" + (planned - ran()) + " not run)\n  "
          + String.join("\n  ", failures));
    }
  }
}
