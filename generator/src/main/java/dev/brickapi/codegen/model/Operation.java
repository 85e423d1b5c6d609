package dev.brickapi.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation.
 *
 * @param request the request body, or null
 * @param response the success response body, or null when the call answers nothing (or {@code {}})
 * @param streamed the typed answer of an operation that answers a binary stream or declares response headers, else null
 * @param marks the runtime annotations its vendor extensions ask for, in registry order
 * @param requiredOrder the order of the required inputs the spec asks for ({@code x-brickapi-required-order}),
 *     empty for the default order
 * @param call how a caller passes the inputs, decided once the types are linked; null until then
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
    StreamedAnswer streamed,
    Pagination pagination,
    Wait waitFor,
    List<RuntimeMark> marks,
    List<String> requiredOrder,
    CallShape call,
    Location location) {

  public Operation {
    parameters = List.copyOf(parameters);
    marks = List.copyOf(marks);
    requiredOrder = List.copyOf(requiredOrder);
  }

  /** A copy with the extension values completed by their checks against the linked model. */
  public Operation withExtensions(Pagination pagination, Wait waitFor) {
    return new Operation(operationId, javaName, method, path, summary, description, deprecated, parameters, request,
        response, streamed, pagination, waitFor, marks, requiredOrder, call, location);
  }

  /** A copy with its call shape, and the request body the request object stands for. */
  public Operation withCall(CallShape shape, Body newRequest) {
    return new Operation(operationId, javaName, method, path, summary, description, deprecated, parameters,
        newRequest, response, streamed, pagination, waitFor, marks, requiredOrder, shape, location);
  }

  public Optional<Pagination> paging() {
    return Optional.ofNullable(pagination);
  }

  public Optional<Wait> waiting() {
    return Optional.ofNullable(waitFor);
  }
}
