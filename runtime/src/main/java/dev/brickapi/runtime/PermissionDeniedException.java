package dev.brickapi.runtime;

/** HTTP 403: the caller may not do this. */
public class PermissionDeniedException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public PermissionDeniedException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
