package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A fake's answer: status and JSON body, errors in the API's shape ({@code error_code}, {@code message}). */
public final class Reply {
  public final int status;
  public final JsonNode body;

  private Reply(int status, JsonNode body) {
    this.status = status;
    this.body = body;
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
