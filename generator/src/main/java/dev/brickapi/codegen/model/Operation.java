package dev.brickapi.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation.
 *
 * @param request the request body, or null
 * @param response the success response body, or null when the call answers nothing (or {@code {}})
 */
public record Operation(
    String operationId,
    String javaName,
    String method,
    String path,
    String summary,
    String description,
    boolean deprecated,
    List<Parameter> parameters,
    Body request,
    Body response,
    Pagination pagination,
    Wait waitFor,
    Location location) {

  public Operation {
    parameters = List.copyOf(parameters);
  }

  public Optional<Pagination> paging() {
    return Optional.ofNullable(pagination);
  }

  public Optional<Wait> waiting() {
    return Optional.ofNullable(waitFor);
  }
}
