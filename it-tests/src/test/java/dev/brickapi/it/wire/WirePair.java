package dev.brickapi.it.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and its response, as a fixture of another Databricks client has them.
 *
 * @param file the corpus file it comes from
 * @param source the fixture's repository and file (and commit), as the corpus file names them
 * @param test the test function the fixture belongs to
 * @param method the HTTP method
 * @param target the path with its query, as the fixture writes it
 * @param request the JSON body sent, or null for none
 * @param status the status answered (2xx)
 * @param response the JSON body answered, or null for none
 */
public record WirePair(String file, String source, String test, String method, String target, JsonNode request,
    int status, JsonNode response) {

  /** The path without the query, decoded. */
  public String path() {
    return decode(rawPath());
  }

  /** The path without the query, as written. */
  public String rawPath() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** The query parameters, decoded: each name with its values in order. */
  public Map<String, List<String>> query() {
    return parseQuery(target.indexOf('?') < 0 ? "" : target.substring(target.indexOf('?') + 1));
  }

  /** Decoded query parameters of a raw query string ({@code a=1&b=x%20y&a=2}). */
  public static Map<String, List<String>> parseQuery(String query) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      out.computeIfAbsent(name, n -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1)));
    }
    return out;
  }

  static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return file + " " + test + ": " + method + " " + target;
  }
}
