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
    // Redaction costs a look at the request (its credentials, its sensitive fields): only when something is logged.
    boolean logged = LOG.isDebugEnabled();
    Redactor redactor = logged ? this.redactor.forRequest(request) : null;
    String method = request.httpMethod().name();
    String path = logged ? redactor.redact(DatabricksException.pathOf(request)) : null;
    int attempt = Attempts.current();
    if (LOG.isTraceEnabled() && request.body() != null) {
      LOG.trace("{} {} request body: {}", method, path, excerpt(request.body(), redactor));
    }
    long start = System.nanoTime();
    // An upload streams for as long as its size takes: socket timeouts bound each write, not the call's deadline.
    CallDeadline deadline = request.headers().containsKey(UploadBody.HANDLE) ? null : CallDeadline.current();
    Response response;
    try {
      if (deadline != null) {
        deadline.arm();
      }
      response = delegate.execute(request, options);
    } catch (IOException e) {
      LOG.debug("{} {} -> {} after {} ms (attempt {})", method, path, e.getClass().getSimpleName(), millis(start), attempt);
      if (deadline != null) {
        deadline.disarm();
        if (deadline.isExpired() && !(e instanceof java.net.SocketTimeoutException)) {
          throw new java.net.SocketTimeoutException("the call's deadline of " + CallDeadline.budget()
              + " passed while waiting for the answer");
        }
      }
      throw e;
    }
    LOG.debug("{} {} -> {} in {} ms (attempt {})", method, path, response.status(), millis(start), attempt);
    if (LOG.isTraceEnabled() && response.body() != null && !streamed(request)) {
      byte[] body = readAll(response, deadline);
      LOG.trace("{} {} response body: {}", method, path, excerpt(body, redactor));
      return response.toBuilder().body(body).build();
    }
    if (deadline == null) {
      return response;
    }
    if (response.body() == null || streamed(request)) {
      deadline.disarm(); // a stream the caller reads at its own pace
      return response;
    }
    return response.toBuilder().body(new DeadlineBody(response.body(), deadline)).build();
  }

  private static byte[] readAll(Response response, CallDeadline deadline) throws IOException {
    try {
      return Util.toByteArray(response.body().asInputStream());
    } finally {
      if (deadline != null) {
        deadline.disarm();
      }
    }
  }

  /** Whether the operation hands the raw response to its caller (a download read as a stream). */
  private static boolean streamed(Request request) {
    feign.MethodMetadata md = request.requestTemplate() == null ? null : request.requestTemplate().methodMetadata();
    return md != null && (md.returnType() == Response.class || md.returnType() == java.io.InputStream.class)
        || BinaryResponse.expectedBy(request);
  }

  /** A response body that disarms the call's deadline when it is closed, before its connection is released. */
  private static final class DeadlineBody implements Response.Body {
    private final Response.Body body;
    private final CallDeadline deadline;

    DeadlineBody(Response.Body body, CallDeadline deadline) {
      this.body = body;
      this.deadline = deadline;
    }

    @Override
    public Integer length() {
      return body.length();
    }

    @Override
    public boolean isRepeatable() {
      return body.isRepeatable();
    }

    @Override
    public java.io.InputStream asInputStream() throws IOException {
      return new java.io.FilterInputStream(body.asInputStream()) {
        @Override
        public void close() throws IOException {
          deadline.disarm();
          super.close();
        }
      };
    }

    @Override
    public java.io.Reader asReader() throws IOException {
      return asReader(StandardCharsets.UTF_8);
    }

    @Override
    public java.io.Reader asReader(java.nio.charset.Charset charset) throws IOException {
      return new java.io.InputStreamReader(asInputStream(), charset);
    }

    @Override
    public void close() throws IOException {
      deadline.disarm();
      body.close();
    }
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
