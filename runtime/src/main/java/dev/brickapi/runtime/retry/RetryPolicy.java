package dev.brickapi.runtime.retry;

import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.DatabricksTimeoutException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.runtime.http.CallDeadline;
import dev.brickapi.runtime.http.Idempotent;
import feign.MethodMetadata;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;

/**
 * When to try a call again. Retried: 429 and 503 (the server did not process the request), after
 * {@code Retry-After} when given, otherwise after an exponential backoff with jitter; connection failures of
 * idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS), of operations the spec marks idempotent (generated
 * {@link Idempotent}), and of any method when the connection was never made; a 401 once after its token was
 * refreshed. A host name that does not resolve and a failed TLS handshake are permanent: never retried.
 * Everything is bounded by one deadline per call. Any other POST or PATCH whose connection broke
 * after sending is never sent twice. When it gives up it throws the typed exception.
 */
public final class RetryPolicy implements Retryer {
  private static final long MAX_BACKOFF_MILLIS = 30_000;
  private static final Set<Request.HttpMethod> IDEMPOTENT = EnumSet.of(Request.HttpMethod.GET,
      Request.HttpMethod.HEAD, Request.HttpMethod.PUT, Request.HttpMethod.DELETE, Request.HttpMethod.OPTIONS);

  private final Duration deadline;
  private final Duration baseDelay;
  private final long startMillis;
  private int attempt = 1;
  private boolean refreshedAuth;

  public RetryPolicy(Duration deadline, Duration baseDelay) {
    this(deadline, baseDelay, System.currentTimeMillis());
  }

  private RetryPolicy(Duration deadline, Duration baseDelay, long startMillis) {
    this.deadline = deadline;
    this.baseDelay = baseDelay;
    this.startMillis = startMillis;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (e instanceof AuthRefreshRetry) {
      if (refreshedAuth) {
        throw terminal(e, null);
      }
      refreshedAuth = true;
      next();
      return;
    }
    Throwable cause = e.getCause();
    if (CallDeadline.passed()) {
      Request request = e.request();
      throw new DatabricksTimeoutException(e.status() > 0 ? e.status() : -1, null, "the call's deadline of " + deadline
          + " passed after " + attempt + " attempt" + (attempt == 1 ? "" : "s"),
          request == null ? String.valueOf(e.method()) : request.httpMethod().name(), DatabricksException.pathOf(request),
          cause);
    }
    if (cause instanceof UnknownHostException) {
      throw terminal(e, "the host name does not resolve: check host() or DATABRICKS_HOST; not retried");
    }
    if (cause instanceof SSLException) {
      throw terminal(e, "the TLS handshake failed: is the host's port plain http, or its certificate not trusted? "
          + "Not retried");
    }
    boolean serverRefused = e.status() == 429 || e.status() == 503;
    if (!serverRefused && !safeToResend(e)) {
      throw terminal(e, "not retried: the " + e.method() + " may have reached the server");
    }
    long now = System.currentTimeMillis();
    long delay = e.retryAfter() != null ? Math.max(0, e.retryAfter() - now) : backoff();
    long end = startMillis + deadline.toMillis();
    if (now + delay > end) {
      throw terminal(e, "gave up after " + attempt + " attempt" + (attempt == 1 ? "" : "s")
          + (e.status() > 0 ? ", the last answered HTTP " + e.status() : "")
          + (e.retryAfter() != null ? " with Retry-After " + Math.max(0, e.retryAfter() - now) / 1000 + " s" : "")
          + ": the retry deadline of " + deadline + " would pass");
    }
    try {
      Thread.sleep(delay);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw terminal(e, "interrupted while waiting to retry");
    }
    next();
  }

  private void next() {
    attempt++;
    Attempts.next();
  }

  private long backoff() {
    long exponential = baseDelay.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(MAX_BACKOFF_MILLIS, exponential);
    return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
  }

  private static boolean safeToResend(RetryableException e) {
    Throwable cause = e.getCause();
    boolean neverConnected = cause instanceof ConnectException
        || cause != null && cause.getClass().getSimpleName().equals("ConnectTimeoutException");
    return e.status() <= 0 && (neverConnected || e.method() != null && IDEMPOTENT.contains(e.method())
        || markedIdempotent(e.request()));
  }

  /** Whether the request's operation carries the generated {@link Idempotent} mark. */
  private static boolean markedIdempotent(Request request) {
    MethodMetadata md = request == null || request.requestTemplate() == null ? null
        : request.requestTemplate().methodMetadata();
    return md != null && md.method() != null && md.method().isAnnotationPresent(Idempotent.class);
  }

  /** The exception a call ends with when it is not retried (again). */
  static RuntimeException terminal(RetryableException e, String why) {
    Throwable cause = e.getCause();
    if (cause instanceof DatabricksException) {
      // The same failure, saying also why it ends here (attempts, last status, Retry-After).
      return ((DatabricksException) cause).withReason(why);
    }
    Request request = e.request();
    String method = request == null ? String.valueOf(e.method()) : request.httpMethod().name();
    String path = DatabricksException.pathOf(request);
    String what = cause == null ? e.getClass().getSimpleName() : cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    String message = what + (why == null ? "" : " (" + why + ")");
    if (cause instanceof InterruptedIOException) {
      return new DatabricksTimeoutException(-1, null, message, method, path, cause);
    }
    return new TransportException(-1, null, message, method, path, cause);
  }

  @Override
  public Retryer clone() {
    Attempts.begin();
    CallDeadline.begin(deadline);
    return new RetryPolicy(deadline, baseDelay, System.currentTimeMillis());
  }
}
