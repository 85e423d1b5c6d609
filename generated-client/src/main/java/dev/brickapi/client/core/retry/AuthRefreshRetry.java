package dev.brickapi.client.core.retry;

import dev.brickapi.client.UnauthenticatedException;
import feign.Request;
import feign.RetryableException;

/** A 401 whose token was invalidated: {@link RetryPolicy} retries it once per call with a fresh token. */
public final class AuthRefreshRetry extends RetryableException {
  private static final long serialVersionUID = 1L;

  public AuthRefreshRetry(UnauthenticatedException cause, Request request) {
    super(401, cause.getMessage(), request.httpMethod(), cause, (Long) null, request);
  }
}
