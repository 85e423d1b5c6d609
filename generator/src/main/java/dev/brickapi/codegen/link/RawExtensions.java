package dev.brickapi.codegen.link;

import dev.brickapi.codegen.model.Pagination;
import dev.brickapi.codegen.model.Wait;
import dev.brickapi.codegen.problem.Problems;
import dev.brickapi.codegen.problem.Problems.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code x-brickapi-pagination} and {@code x-brickapi-wait} into model values, checking their
 * shape. Whether the fields they name exist is checked later by {@link ExtensionReader}, once every type
 * is defined.
 */
final class RawExtensions {

  static final String PAGINATION = "x-brickapi-pagination";
  static final String WAIT = "x-brickapi-wait";

  private static final Map<String, Set<String>> STYLE_KEYS = Map.of(
      "token", Set.of("style", "items", "requestToken", "responseToken"),
      "offset", Set.of("style", "items", "offset", "limit", "hasMore"),
      "index", Set.of("style", "items", "index", "count", "total"),
      "page", Set.of("style", "items", "page", "pageSize", "total"),
      "next-request", Set.of("style", "items", "nextRequest"));

  private final Problems problems;

  RawExtensions(Problems problems) {
    this.problems = problems;
  }

  Pagination pagination(Map<String, Object> extensions, SourceRef operation) {
    Object raw = Linker.ext(extensions, PAGINATION);
    if (raw == null) {
      return null;
    }
    SourceRef at = operation.child(PAGINATION);
    if (!(raw instanceof Map<?, ?> map)) {
      problems.error(at, PAGINATION + " must be an object", "see specs/README.md for its keys");
      return null;
    }
    String style = string(map, "style");
    if (style == null || !STYLE_KEYS.containsKey(style)) {
      problems.error(at.child("style"), PAGINATION + " has " + (style == null ? "no style" : "unknown style '" + style + "'"),
          "use one of token, offset, index, page, next-request");
      return null;
    }
    for (Object key : map.keySet()) {
      if (!STYLE_KEYS.get(style).contains(String.valueOf(key))) {
        problems.error(at.child(String.valueOf(key)), "unknown key '" + key + "' for pagination style " + style,
            "the keys of style " + style + " are " + String.join(", ", new java.util.TreeSet<>(STYLE_KEYS.get(style))));
      }
    }
    String items = string(map, "items");
    if (items == null) {
      problems.error(at, PAGINATION + " does not name its 'items' field", "add items: <the response field holding the page's items>");
      return null;
    }
    return switch (style) {
      case "token" -> need(map, at, "requestToken", "responseToken")
          ? new Pagination(Pagination.Style.TOKEN, items, null, string(map, "requestToken"), false, string(map, "responseToken")) : null;
      case "offset" -> need(map, at, "offset")
          ? new Pagination(Pagination.Style.OFFSET, items, null, string(map, "offset"), false, string(map, "hasMore")) : null;
      case "index" -> need(map, at, "index")
          ? new Pagination(Pagination.Style.INDEX, items, null, string(map, "index"), false, string(map, "total")) : null;
      case "page" -> need(map, at, "page")
          ? new Pagination(Pagination.Style.PAGE, items, null, string(map, "page"), false, string(map, "total")) : null;
      default -> need(map, at, "nextRequest")
          ? new Pagination(Pagination.Style.NEXT_REQUEST, items, null, null, true, string(map, "nextRequest")) : null;
    };
  }

  Wait waiting(Map<String, Object> extensions, SourceRef operation) {
    Object raw = Linker.ext(extensions, WAIT);
    if (raw == null) {
      return null;
    }
    SourceRef at = operation.child(WAIT);
    if (!(raw instanceof Map<?, ?> map)) {
      problems.error(at, WAIT + " must be an object", "see specs/README.md for its keys");
      return null;
    }
    for (Object key : map.keySet()) {
      if (!Set.of("poll", "bind", "state", "target", "failure", "message").contains(String.valueOf(key))) {
        problems.error(at.child(String.valueOf(key)), "unknown key '" + key + "' in " + WAIT,
            "the keys are poll, bind, state, target, failure, message");
      }
    }
    if (!need(map, at, "poll", "state")) {
      return null;
    }
    List<Wait.Binding> bindings = new ArrayList<>();
    Object bind = map.get("bind");
    if (bind instanceof Map<?, ?> b) {
      for (Map.Entry<?, ?> e : b.entrySet()) {
        String source = String.valueOf(e.getValue());
        int dot = source.indexOf('.');
        String side = dot < 0 ? "" : source.substring(0, dot);
        if (!side.equals("request") && !side.equals("response")) {
          problems.error(at.child("bind", String.valueOf(e.getKey())), "binding '" + source + "' must start with request. or response.",
              "write request.<field> or response.<field>");
          continue;
        }
        bindings.add(new Wait.Binding(String.valueOf(e.getKey()), side.equals("response"), source.substring(dot + 1)));
      }
    } else if (bind != null) {
      problems.error(at.child("bind"), "bind must map poll inputs to sources", "e.g. bind: {cluster_id: request.cluster_id}");
    }
    List<String> target = strings(map.get("target"));
    if (target.isEmpty()) {
      problems.error(at.child("target"), WAIT + " has no target state", "add target: [<STATE>, ...]");
      return null;
    }
    String message = string(map, "message");
    return new Wait(string(map, "poll"), bindings, List.of(string(map, "state").split("\\.")), target,
        strings(map.get("failure")), message == null ? List.of() : List.of(message.split("\\.")));
  }

  private boolean need(Map<?, ?> map, SourceRef at, String... keys) {
    boolean ok = true;
    for (String k : keys) {
      if (string(map, k) == null) {
        problems.error(at, "missing key '" + k + "'", "see specs/README.md for the keys of this extension");
        ok = false;
      }
    }
    return ok;
  }

  private static String string(Map<?, ?> map, String key) {
    Object v = map.get(key);
    return v == null ? null : String.valueOf(v);
  }

  private static List<String> strings(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      list.forEach(x -> out.add(String.valueOf(x)));
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
    return out;
  }
}
