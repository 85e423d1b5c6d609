package dev.brickapi.it.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;

/**
 * JSON equality of what was answered (expected) and what the client decoded (actual), by meaning: numbers by value
 * ({@code 1}, {@code 1.0} and a long 1 are the same), an answered integer and the decoded string of its digits (a
 * string property given a number), a field whose value is null as an absent field, an absent body as {}.
 */
final class JsonSame {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    // An integer where the spec declares a string decodes as its decimal text, the value kept.
    if (a.isIntegralNumber() && b.isTextual()) {
      return a.asText().equals(b.asText()) ? 0 : 1;
    }
    return 1;
  };

  private JsonSame() {
  }

  static boolean same(JsonNode expected, JsonNode actual) {
    return withoutNulls(orEmpty(expected)).equals(NUMBERS_BY_VALUE, withoutNulls(orEmpty(actual)));
  }

  /** A copy without the object fields whose value is null, at every depth. */
  static JsonNode withoutNulls(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(f -> {
        if (!f.getValue().isNull()) {
          out.set(f.getKey(), withoutNulls(f.getValue()));
        }
      });
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(withoutNulls(item)));
      return out;
    }
    return node;
  }

  /** An absent body, JSON null and {} are one thing on the wire of this API. */
  static JsonNode orEmpty(JsonNode node) {
    return node == null || node.isNull() || node instanceof MissingNode
        ? JsonNodeFactory.instance.objectNode() : node;
  }
}
