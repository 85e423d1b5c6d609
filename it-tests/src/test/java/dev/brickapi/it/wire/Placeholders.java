package dev.brickapi.it.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders some fixtures write instead of values ({@code "[NUMID]"}, {@code "[USERNAME]"}): a test server of
 * theirs substitutes them, so the literal text is no value the API would send or take.
 */
final class Placeholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9_]*]");

  private Placeholders() {
  }

  /** The first placeholder in the pair's path, request or response, or null. */
  static String find(WirePair pair) {
    Matcher m = PLACEHOLDER.matcher(WirePair.decode(pair.target()));
    if (m.find()) {
      return m.group();
    }
    String inRequest = find(pair.request());
    return inRequest != null ? inRequest : find(pair.response());
  }

  private static String find(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      Matcher m = PLACEHOLDER.matcher(node.asText());
      return m.find() ? m.group() : null;
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      String found = find(it.next());
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
