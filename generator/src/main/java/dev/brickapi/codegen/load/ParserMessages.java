package dev.brickapi.codegen.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON pointer of a swagger-parser message: it names the place as a dotted path with quoted keys and the
 * method in brackets ({@code attribute paths.'/pets/{id}'(get).responses.200.content.'application/json'.schema.allOf
 * is not of type `array`}), which becomes {@code /paths/~1pets~1{id}/get/responses/200/content/application~1json/schema/allOf}.
 */
final class ParserMessages {

  private static final String ATTRIBUTE = "attribute ";

  private ParserMessages() {}

  /** The pointer the message names, or the empty string when it names none. */
  static String pointer(String message) {
    if (!message.startsWith(ATTRIBUTE)) {
      return "";
    }
    List<String> segments = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    boolean quoted = false;
    for (int i = ATTRIBUTE.length(); i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (quoted) {
        segment.append(c);
      } else if (c == '.' || c == '(' || c == ')') {
        flush(segment, segments);
      } else if (c == ' ') {
        break;
      } else {
        segment.append(c);
      }
    }
    if (quoted) {
      return "";
    }
    flush(segment, segments);
    StringBuilder pointer = new StringBuilder();
    for (String s : segments) {
      pointer.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static void flush(StringBuilder segment, List<String> segments) {
    if (segment.length() > 0) {
      segments.add(segment.toString());
      segment.setLength(0);
    }
  }
}
