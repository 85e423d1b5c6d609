package dev.brickapi.runtime.http;

import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.retry.Attempts;
import feign.Client;
import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every request through SLF4J: one DEBUG line (method, path, status, milliseconds, attempt); at TRACE
 * also the request and response bodies, truncated and redacted by the operation's generated {@link Sensitive}
 * metadata and the configured secrets. Headers are never logged, so neither is the {@code Authorization} header.
 */
public final class LoggingClient implements Client {
  private static final Logger LOG = LoggerFactory.getLogger("dev.brickapi.runtime.http");
  private static final int MAX_LOGGED_BODY = 2000;

  private final Client delegate;
  private final Redactor redactor;

  public LoggingClient(Client delegate, Redactor redactor) {
    this.delegate = delegate;
    this.redactor = redactor;
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    Redactor redactor = this.redactor.forRequest(request);
    String method = request.httpMethod().name();
    String path = redactor.redact(DatabricksException.pathOf(request));
    int attempt = Attempts.current();
    if (LOG.isTraceEnabled() && request.body() != null) {
      LOG.trace("{} {} request body: {}", method, path, excerpt(request.body(), redactor));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = delegate.execute(request, options);
    } catch (IOException e) {
      LOG.debug("{} {} -> {} after {} ms (attempt {})", method, path, e.getClass().getSimpleName(), millis(start), attempt);
      throw e;
    }
    LOG.debug("{} {} -> {} in {} ms (attempt {})", method, path, response.status(), millis(start), attempt);
    if (LOG.isTraceEnabled() && response.body() != null) {
      byte[] body = Util.toByteArray(response.body().asInputStream());
      LOG.trace("{} {} response body: {}", method, path, excerpt(body, redactor));
      return response.toBuilder().body(body).build();
    }
    return response;
  }

  private static String excerpt(byte[] body, Redactor redactor) {
    String text = new String(body, 0, Math.min(body.length, MAX_LOGGED_BODY * 2), StandardCharsets.UTF_8);
    String redacted = redactor.redact(text);
    return redacted.length() <= MAX_LOGGED_BODY ? redacted
        : redacted.substring(0, MAX_LOGGED_BODY) + "... (" + body.length + " bytes)";
  }

  private static long millis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
