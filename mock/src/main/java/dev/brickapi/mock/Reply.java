package dev.brickapi.mock;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A fake's answer: status and JSON body, errors in the API's shape ({@code error_code}, {@code message}); or, for
 * families whose answers are not JSON (the Files API), status, headers and body bytes.
 */
public final class Reply {
  public final int status;
  /** The JSON body; null for a {@link #binary} answer. */
  public final JsonNode body;
  /** The body bytes of a {@link #binary} answer (empty for none), else null. */
  public final byte[] bytes;
  /** The headers of a {@link #binary} answer, {@code Content-Type} included when it has one. */
  public final Map<String, String> headers;

  private Reply(int status, JsonNode body, byte[] bytes, Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.bytes = bytes;
    this.headers = headers;
  }

  private Reply(int status, JsonNode body) {
    this(status, body, null, Map.of());
  }

  /** An answer of raw bytes with these headers (a HEAD or an empty answer: no bytes). */
  public static Reply binary(int status, Map<String, String> headers, byte[] bytes) {
    return new Reply(status, null, bytes, Map.copyOf(headers));
  }

  public static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }

  /** 200 with {@code {}}: what Databricks answers to a call with nothing to say. */
  public static Reply empty() {
    return ok(object());
  }

  public static Reply error(int status, String code, String message) {
    return new Reply(status, object().put("error_code", code).put("message", message));
  }

  /** 404 {@code RESOURCE_DOES_NOT_EXIST}. */
  public static Reply notFound(String message) {
    return error(404, "RESOURCE_DOES_NOT_EXIST", message);
  }

  /** 400 {@code INVALID_PARAMETER_VALUE}. */
  public static Reply invalid(String message) {
    return error(400, "INVALID_PARAMETER_VALUE", message);
  }

  /** A new empty JSON object for a body. */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}
