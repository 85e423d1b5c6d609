package dev.brickapi.runtime;

/** HTTP 429 that outlasted the retries: the workspace's rate limit was hit. */
public class RateLimitedException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public RateLimitedException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
