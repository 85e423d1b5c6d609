package dev.brickapi.runtime;

/** HTTP 404 or {@code RESOURCE_DOES_NOT_EXIST}: the resource does not exist. */
public class NotFoundException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
