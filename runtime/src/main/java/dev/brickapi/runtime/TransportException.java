package dev.brickapi.runtime;

/** No usable response: the connection failed, was reset, or the body could not be read or decoded. */
public class TransportException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public TransportException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
