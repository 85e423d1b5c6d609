package dev.brickapi.runtime;

/** HTTP 401: the credentials were missing, wrong or expired. */
public class UnauthenticatedException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public UnauthenticatedException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
