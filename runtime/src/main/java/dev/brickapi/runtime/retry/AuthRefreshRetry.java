package dev.brickapi.runtime.retry;

import dev.brickapi.runtime.DatabricksException;
import feign.Request;
import feign.RetryableException;

/**
 * A 401 whose token was invalidated: {@link RetryPolicy} retries it once per call with a fresh token. The cause
 * is the typed exception of the 401 (usually {@code UnauthenticatedException}, but whatever class its
 * {@code error_code} maps to), thrown as is when the retry is not taken.
 */
public final class AuthRefreshRetry extends RetryableException {
  private static final long serialVersionUID = 1L;

  public AuthRefreshRetry(DatabricksException cause, Request request) {
    super(401, cause.getMessage(), request.httpMethod(), cause, (Long) null, request);
  }
}
