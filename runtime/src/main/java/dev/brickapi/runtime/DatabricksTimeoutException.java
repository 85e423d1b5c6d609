package dev.brickapi.runtime;

/** A call that timed out: connect or read timeout, or the per-call retry deadline passed. */
public class DatabricksTimeoutException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public DatabricksTimeoutException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }

  /** A timeout that is not one HTTP call's (a wait's). */
  protected DatabricksTimeoutException(String message) {
    super(message, null);
  }
}
