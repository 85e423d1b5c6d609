package dev.brickapi.runtime.error;

import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.auth.TokenSource;
import dev.brickapi.runtime.http.Redactor;
import dev.brickapi.runtime.retry.AuthRefreshRetry;
import dev.brickapi.runtime.retry.RetryAfter;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;

/**
 * Turns every non-2xx response into a typed {@link DatabricksException}; 429 and 503 become retryable (with the
 * {@code Retry-After} moment), a 401 with a refreshable token invalidates it and asks for one retry.
 */
public final class DatabricksErrorDecoder implements ErrorDecoder {
  private static final int MAX_BODY = 64 * 1024;

  private final Redactor redactor;
  private final TokenSource tokens;

  public DatabricksErrorDecoder(Redactor redactor, TokenSource tokens) {
    this.redactor = redactor;
    this.tokens = tokens;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Request request = response.request();
    ErrorBody body = ErrorBody.parse(readBounded(response), header(response, "Content-Type"), response.reason());
    int status = response.status();
    String message = redactor.forRequest(request).redact(body.message());
    if (status >= 300 && status < 400) {
      String location = header(response, "Location");
      message = "redirected" + (location == null ? " without a Location" : " to " + redirectTarget(location))
          + "; redirects are not followed, so the credentials never go to another place: point the host at the "
          + "target if it is right (" + message + ")";
    }
    DatabricksException error = ExceptionMapper.map(status, body.errorCode(), message,
        request.httpMethod().name(), DatabricksException.pathOf(request));
    if (status == 401 && tokens != null && tokens.refreshable()) {
      tokens.invalidate();
      return new AuthRefreshRetry(error, request);
    }
    if (status == 429 || status == 503) {
      Long retryAt = RetryAfter.parse(header(response, "Retry-After"), System.currentTimeMillis());
      return new RetryableException(status, error.getMessage(), request.httpMethod(), error, retryAt, request);
    }
    return error;
  }

  /** The redirect's target without its query, which may carry a one-time code or a signature. */
  private static String redirectTarget(String location) {
    int query = location.indexOf('?');
    return query < 0 ? location : location.substring(0, query) + "?...";
  }

  private static String header(Response response, String name) {
    for (java.util.Map.Entry<String, Collection<String>> entry : response.headers().entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return entry.getValue().iterator().next();
      }
    }
    return null;
  }

  private static byte[] readBounded(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      byte[] buffer = new byte[MAX_BODY];
      int total = 0;
      int read;
      while (total < MAX_BODY && (read = in.read(buffer, total, MAX_BODY - total)) > 0) {
        total += read;
      }
      return Arrays.copyOf(buffer, total);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
