package dev.brickapi.runtime.error;

import dev.brickapi.runtime.AlreadyExistsException;
import dev.brickapi.runtime.BadRequestException;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.DatabricksTimeoutException;
import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.PermissionDeniedException;
import dev.brickapi.runtime.RateLimitedException;
import dev.brickapi.runtime.ServerException;
import dev.brickapi.runtime.UnauthenticatedException;

/** Chooses the exception class of a failed call from its error code first, then its HTTP status. */
public final class ExceptionMapper {
  private ExceptionMapper() {}

  public static DatabricksException map(int status, String code, String message, String method, String path) {
    String c = code == null ? "" : code;
    if (c.equals("RESOURCE_DOES_NOT_EXIST") || c.equals("NOT_FOUND") || c.equals("FEATURE_DISABLED") && status == 404) {
      return new NotFoundException(status, code, message, method, path, null);
    }
    if (c.equals("RESOURCE_ALREADY_EXISTS") || c.equals("ALREADY_EXISTS") || c.equals("uniqueness")) {
      return new AlreadyExistsException(status, code, message, method, path, null);
    }
    switch (status) {
      case 400:
        return new BadRequestException(status, code, message, method, path, null);
      case 401:
        return new UnauthenticatedException(status, code, message, method, path, null);
      case 403:
        return new PermissionDeniedException(status, code, message, method, path, null);
      case 404:
        return new NotFoundException(status, code, message, method, path, null);
      case 408:
        return new DatabricksTimeoutException(status, code, message, method, path, null);
      case 409:
        return new AlreadyExistsException(status, code, message, method, path, null);
      case 429:
        return new RateLimitedException(status, code, message, method, path, null);
      default:
        return status >= 500
            ? new ServerException(status, code, message, method, path, null)
            : new DatabricksException(status, code, message, method, path, null);
    }
  }
}
