package dev.brickapi.runtime;

import feign.FeignException;
import feign.Request;

/**
 * The root of everything the runtime throws: a failed call (the HTTP status, or -1 when no response came;
 * the API's {@code error_code} when it gave one; its message; the method and path of the request), a
 * configuration that cannot work ({@link ConfigException}), and a wait that failed, timed out or was
 * interrupted ({@link WaitFailedException}, {@link WaitTimeoutException}, {@link WaitInterruptedException}).
 * Subclasses name the kind of failure; catch this class to handle them all. Messages never contain
 * credentials.
 *
 * <p>It extends {@link FeignException} so Feign passes it through untouched.
 */
public class DatabricksException extends FeignException {
  private static final long serialVersionUID = 1L;

  private final String errorCode;
  private final String apiMessage;
  private final String method;
  private final String path;
  private volatile String reason;

  public DatabricksException(int status, String errorCode, String apiMessage, String method, String path,
      Throwable cause) {
    this(describe(status, errorCode, apiMessage, method, path), status, errorCode, apiMessage, method, path, cause);
  }

  /** A failure that is not one HTTP call's (configuration, waits): the message as given, no status. */
  protected DatabricksException(String message, Throwable cause) {
    this(message, -1, null, message, null, null, cause);
  }

  private DatabricksException(String message, int status, String errorCode, String apiMessage, String method,
      String path, Throwable cause) {
    super(status, message, cause);
    this.errorCode = errorCode;
    this.apiMessage = apiMessage;
    this.method = method;
    this.path = path;
  }

  private static String describe(int status, String errorCode, String message, String method, String path) {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(path).append(" failed: ");
    if (status > 0) {
      text.append("HTTP ").append(status);
    }
    if (errorCode != null && !errorCode.isEmpty()) {
      text.append(status > 0 ? " " : "").append(errorCode);
    }
    if (message != null && !message.isEmpty()) {
      text.append(status > 0 || errorCode != null ? ": " : "").append(message);
    }
    return text.toString();
  }

  /**
   * Records why the runtime stopped here (for example that it gave up retrying, after how many attempts, with
   * which {@code Retry-After}); it is added to {@link #getMessage()}. The runtime sets it once, when it ends a call.
   *
   * @return this exception
   */
  public DatabricksException withReason(String why) {
    if (reason == null && why != null) {
      reason = why;
    }
    return this;
  }

  /** Why the runtime stopped retrying, or null. */
  public String reason() {
    return reason;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return reason == null ? message : message + " (" + reason + ")";
  }

  /** The API's {@code error_code} (e.g. {@code RESOURCE_DOES_NOT_EXIST}), or null when it gave none. */
  public String errorCode() {
    return errorCode;
  }

  /** The API's own message (or the best excerpt of a body that was not the API's JSON). */
  public String apiMessage() {
    return apiMessage;
  }

  /** The HTTP method of the failed request, or null when the failure was not one call's. */
  public String method() {
    return method;
  }

  /** The path of the failed request, without scheme, host and query; null when the failure was not one call's. */
  public String path() {
    return path;
  }

  /** The path of a request's URL, without scheme, host and query string. */
  public static String pathOf(Request request) {
    return request == null ? "?" : pathOf(request.url());
  }

  /** The path of a URL, without scheme, host and query string. */
  public static String pathOf(String url) {
    int start = url.indexOf("://");
    int slash = url.indexOf('/', start < 0 ? 0 : start + 3);
    String path = slash < 0 ? "/" : url.substring(slash);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }
}
