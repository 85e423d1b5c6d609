package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One request as a fake sees it: the operation the specs matched, the values of its path parameters, the query
 * and the JSON body (an empty object when there is none).
 */
public final class FakeRequest {
  public final SpecIndex.Op operation;
  public final Map<String, String> pathParameters;
  public final Map<String, List<String>> query;
  public final JsonNode body;
  /** The path as requested, percent-encoded as sent. */
  public final String path;
  /** The body as sent (empty for none), for operations whose body is not JSON. */
  public final byte[] bytes;
  /** The request's {@code Content-Type}, or null. */
  public final String contentType;

  FakeRequest(SpecIndex.Op operation, String path, Map<String, List<String>> query, JsonNode body, byte[] bytes,
      String contentType) {
    this.operation = operation;
    this.path = path;
    this.pathParameters = Map.copyOf(operation.pathParameters(path));
    this.query = query;
    this.body = body == null ? Reply.object() : body;
    this.bytes = bytes == null ? new byte[0] : bytes;
    this.contentType = contentType;
  }

  public String operationId() {
    return operation.operationId();
  }

  /** A path parameter's value, or null. */
  public String path(String name) {
    return pathParameters.get(name);
  }

  /** The first value of a query parameter, or null. */
  public String param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  public int intParam(String name, int dflt) {
    String v = param(name);
    return v == null ? dflt : Integer.parseInt(v);
  }

  public Long longParam(String name) {
    String v = param(name);
    return v == null ? null : Long.valueOf(v);
  }

  /** A body field as text, or null when absent or null. */
  public String text(String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A query parameter, else the body field of that name: for operations that take it either way. */
  public String value(String name) {
    String q = param(name);
    return q != null ? q : text(name);
  }
}
