package dev.brickapi.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.brickapi.runtime.http.FormEncoding;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An {@code application/x-www-form-urlencoded} body written from the JSON of its request object, field by field as
 * OpenAPI 3.0 sends them: by default (style form, exploded) a scalar is {@code key=v}, a list repeats its key
 * ({@code key=a&key=b}) and an object's fields are keys of their own; a field in {@code deepObject} style is
 * {@code key[field]=v}, its lists indexed ({@code items[0][price]=p}); a {@code joined} one is one key with its
 * values joined by commas. What OpenAPI leaves undefined (an object inside a list or an object of the default style)
 * is bracketed as in deepObject, the form servers that take nested forms read. Nulls are left out; keys and values
 * are percent-encoded as UTF-8.
 */
final class FormBody {

  private final Set<String> deepObject;
  private final Set<String> joined;
  private final List<String> pairs = new ArrayList<>();

  private FormBody(FormEncoding encoding) {
    this.deepObject = encoding == null ? Set.of() : new TreeSet<>(Arrays.asList(encoding.deepObject()));
    this.joined = encoding == null ? Set.of() : new TreeSet<>(Arrays.asList(encoding.joined()));
  }

  /** The form of {@code fields} (a JSON object), as the operation's {@code encoding} (or null) says. */
  static byte[] encode(JsonNode fields, FormEncoding encoding) {
    FormBody form = new FormBody(encoding);
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      form.field(field.getKey(), field.getValue());
    }
    return String.join("&", form.pairs).getBytes(StandardCharsets.UTF_8);
  }

  private void field(String name, JsonNode value) {
    if (deepObject.contains(name)) {
      nested(name, value);
    } else if (joined.contains(name) && value.isContainerNode()) {
      List<String> parts = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(v -> {
          if (!v.isNull()) {
            parts.add(scalar(v));
          }
        });
      } else {
        value.fields().forEachRemaining(e -> {
          if (!e.getValue().isNull()) {
            parts.add(e.getKey());
            parts.add(scalar(e.getValue()));
          }
        });
      }
      pair(name, String.join(",", parts));
    } else if (value.isArray()) {
      int i = 0;
      for (JsonNode item : value) {
        nested(item.isContainerNode() ? name + "[" + i + "]" : name, item);
        i++;
      }
    } else if (value.isObject()) {
      value.fields().forEachRemaining(e -> nested(e.getKey(), e.getValue()));
    } else {
      nested(name, value);
    }
  }

  /** {@code key[field]...=v} for every scalar below {@code value}, lists indexed from 0. */
  private void nested(String key, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return;
    }
    if (value.isObject()) {
      value.fields().forEachRemaining(e -> nested(key + "[" + e.getKey() + "]", e.getValue()));
    } else if (value.isArray()) {
      int i = 0;
      for (JsonNode item : value) {
        nested(key + "[" + i++ + "]", item);
      }
    } else {
      pair(key, scalar(value));
    }
  }

  private static String scalar(JsonNode value) {
    return value.isContainerNode() ? value.toString() : value.asText();
  }

  private void pair(String key, String value) {
    pairs.add(escape(key) + "=" + escape(value));
  }

  private static String escape(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
