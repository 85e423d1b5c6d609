package dev.brickapi.runtime;

/** HTTP 409 or {@code RESOURCE_ALREADY_EXISTS}: the resource exists already. */
public class AlreadyExistsException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public AlreadyExistsException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
