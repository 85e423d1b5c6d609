package dev.brickapi.runtime.http;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one deadline of the call running on this thread (Feign runs a call's attempts on the calling thread),
 * bounding every byte of it: connect, write, each read, retries and backoff. Read timeouts apply per read, so a
 * server that drips a byte a second would hold a call far past its deadline; while an attempt is on the wire an
 * alarm is armed, and when the deadline passes it closes that attempt's connection, which ends the blocked read.
 * The alarm is disarmed as soon as the response body is closed (before the connection goes back to the pool),
 * so it can never touch a connection another call is using.
 */
public final class CallDeadline {
  private static final ThreadLocal<CallDeadline> CURRENT = new ThreadLocal<>();
  private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "brickapi-call-deadline");
    t.setDaemon(true);
    return t;
  });

  private final Duration budget;
  private final long endNanos;
  private ScheduledFuture<?> alarm;
  private Closeable connection;
  private boolean expired;

  private CallDeadline(Duration budget) {
    this.budget = budget;
    this.endNanos = System.nanoTime() + budget.toNanos();
  }

  /** Starts the deadline of a new call on this thread (the previous call's alarm, if any, is disarmed). */
  public static void begin(Duration budget) {
    CallDeadline previous = CURRENT.get();
    if (previous != null) {
      previous.disarm();
    }
    CURRENT.set(new CallDeadline(budget));
  }

  /** The current call's deadline, or null outside a call. */
  static CallDeadline current() {
    return CURRENT.get();
  }

  /** Whether the current call's deadline has passed. */
  public static boolean passed() {
    CallDeadline d = CURRENT.get();
    return d != null && (d.isExpired() || System.nanoTime() - d.endNanos >= 0);
  }

  /** The current call's budget, for messages. */
  public static Duration budget() {
    CallDeadline d = CURRENT.get();
    return d == null ? null : d.budget;
  }

  /** Arms the alarm for an attempt going on the wire now; fails at once when the deadline has already passed. */
  synchronized void arm() throws IOException {
    long left = endNanos - System.nanoTime();
    if (expired || left <= 0) {
      expired = true;
      throw new java.net.SocketTimeoutException("the call's deadline of " + budget + " passed");
    }
    if (alarm == null) {
      alarm = ALARMS.schedule(this::fire, left, TimeUnit.NANOSECONDS);
    }
  }

  /** The connection the armed attempt writes to (called by the connection as it sends the request head). */
  static void attach(Closeable connection) {
    CallDeadline d = CURRENT.get();
    if (d != null) {
      d.connectionInUse(connection);
    }
  }

  private synchronized void connectionInUse(Closeable c) {
    if (alarm != null) {
      connection = c;
    }
  }

  /** The attempt is over (its body closed or its exchange failed): nothing may be closed for it any more. */
  synchronized void disarm() {
    if (alarm != null) {
      alarm.cancel(false);
      alarm = null;
    }
    connection = null;
  }

  synchronized boolean isExpired() {
    return expired;
  }

  private void fire() {
    Closeable victim;
    synchronized (this) {
      if (alarm == null) {
        return;
      }
      expired = true;
      victim = connection;
      connection = null;
      alarm = null;
    }
    if (victim != null) {
      try {
        victim.close();
      } catch (IOException | RuntimeException e) {
        // the connection is being torn down either way
      }
    }
  }
}
