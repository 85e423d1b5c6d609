package dev.brickapi.runtime;

/** HTTP 5xx that outlasted the retries (or was not retried): the service failed. */
public class ServerException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public ServerException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
