package dev.brickapi.it.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Comparator;

/** JSON equality by meaning: numbers by value ({@code 1}, {@code 1.0} and a long 1 are the same), absent as {}. */
final class JsonSame {

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return 1;
  };

  private JsonSame() {
  }

  static boolean same(JsonNode expected, JsonNode actual) {
    return orEmpty(expected).equals(NUMBERS_BY_VALUE, orEmpty(actual));
  }

  /** An absent body, JSON null and {} are one thing on the wire of this API. */
  static JsonNode orEmpty(JsonNode node) {
    return node == null || node.isNull() || node instanceof MissingNode
        ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : node;
  }
}
