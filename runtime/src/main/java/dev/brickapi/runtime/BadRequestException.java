package dev.brickapi.runtime;

/** HTTP 400: the request was invalid ({@code INVALID_PARAMETER_VALUE}, {@code MALFORMED_REQUEST}, ...). */
public class BadRequestException extends DatabricksException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(int status, String errorCode, String apiMessage, String method, String path, Throwable cause) {
    super(status, errorCode, apiMessage, method, path, cause);
  }
}
