package dev.brickapi.specs;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an example (a raw JSON value) against a swagger-parser schema, following {@code $ref}s across
 * documents: JSON types, required properties, enum values, unknown properties, array items, int32 and
 * int64 ranges and base64 for {@code format: byte}. {@code allOf} members are merged into one shape.
 */
final class ExampleValidator {

  private static final Pattern BASE64 =
      Pattern.compile("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$");
  private static final int MAX_DEPTH = 64;

  private final SpecSet set;

  ExampleValidator(SpecSet set) {
    this.set = set;
  }

  /** What is wrong with {@code value} as an instance of {@code schema}; each entry starts with the place in the example. */
  List<String> validate(JsonNode value, SpecSet.SchemaAt schema) {
    List<String> problems = new ArrayList<>();
    check(value, schema, "", problems, 0);
    return problems;
  }

  /** The merged view of a schema and its {@code allOf} members. */
  private static final class Shape {
    String type;
    String format;
    List<?> enumValues;
    boolean nullable;
    boolean unresolved;
    final Map<String, SpecSet.SchemaAt> properties = new LinkedHashMap<>();
    final Set<String> required = new LinkedHashSet<>();
    Object additional; // null, Boolean or SchemaAt
    SpecSet.SchemaAt items;
    final List<List<SpecSet.SchemaAt>> alternatives = new ArrayList<>();

    boolean isAny() {
      return type == null && properties.isEmpty() && additional == null && items == null && enumValues == null
          && alternatives.isEmpty();
    }
  }

  private Shape shape(SpecSet.SchemaAt at) {
    Shape shape = new Shape();
    merge(at, shape, 0);
    return shape;
  }

  private void merge(SpecSet.SchemaAt at, Shape shape, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    Schema<?> s = at.schema();
    if (s.get$ref() != null) {
      SpecSet.SchemaAt target = set.schema(at.document(), s.get$ref());
      if (target == null) {
        shape.unresolved = true;
      } else {
        merge(target, shape, depth + 1);
      }
      return;
    }
    if (shape.type == null) {
      shape.type = s.getType();
    }
    if (shape.format == null) {
      shape.format = s.getFormat();
    }
    if (shape.enumValues == null && s.getEnum() != null) {
      shape.enumValues = s.getEnum();
    }
    shape.nullable |= Boolean.TRUE.equals(s.getNullable());
    if (s.getProperties() != null) {
      s.getProperties().forEach((k, v) -> shape.properties.putIfAbsent(k, new SpecSet.SchemaAt(at.document(), "", v)));
    }
    if (s.getRequired() != null) {
      shape.required.addAll(s.getRequired());
    }
    if (s.getAdditionalProperties() instanceof Schema<?> map) {
      shape.additional = new SpecSet.SchemaAt(at.document(), "", map);
    } else if (s.getAdditionalProperties() instanceof Boolean b && shape.additional == null) {
      shape.additional = b;
    }
    if (s.getItems() != null && shape.items == null) {
      shape.items = new SpecSet.SchemaAt(at.document(), "", s.getItems());
    }
    if (s.getAllOf() != null) {
      for (Schema<?> member : s.getAllOf()) {
        merge(new SpecSet.SchemaAt(at.document(), "", member), shape, depth + 1);
      }
    }
    for (List<Schema> group : new ArrayList<>(java.util.Arrays.asList(s.getOneOf(), s.getAnyOf()))) {
      if (group != null) {
        shape.alternatives.add(group.stream().map(m -> new SpecSet.SchemaAt(at.document(), "", (Schema<?>) m)).toList());
      }
    }
  }

  private void check(JsonNode value, SpecSet.SchemaAt at, String path, List<String> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    Shape shape = shape(at);
    String where = path.isEmpty() ? "the example" : "example" + path;
    if (shape.unresolved) {
      out.add(where + ": its schema has a $ref that does not resolve");
      return;
    }
    if (shape.isAny()) {
      return;
    }
    if (value.isNull()) {
      if (!shape.nullable) {
        out.add(where + ": null, but the schema is not nullable");
      }
      return;
    }
    for (List<SpecSet.SchemaAt> group : shape.alternatives) {
      List<String> first = null;
      boolean matched = false;
      for (SpecSet.SchemaAt candidate : group) {
        List<String> tried = new ArrayList<>();
        check(value, candidate, path, tried, depth + 1);
        if (tried.isEmpty()) {
          matched = true;
          break;
        }
        if (first == null) {
          first = tried;
        }
      }
      if (!matched && first != null) {
        out.add(where + ": matches none of the oneOf/anyOf schemas; against the first: " + String.join("; ", first));
      }
    }
    if (shape.enumValues != null && !inEnum(value, shape.enumValues)) {
      out.add(where + ": " + show(value) + " is not one of the enum values " + shape.enumValues);
      return;
    }
    String type = shape.type;
    if (type == null && (!shape.properties.isEmpty() || shape.additional != null)) {
      type = "object";
    }
    if (type == null) {
      return;
    }
    switch (type) {
      case "string" -> {
        if (!value.isTextual()) {
          out.add(where + ": expected a string, found " + show(value));
        } else if ("byte".equals(shape.format) && !BASE64.matcher(value.asText()).matches()) {
          out.add(where + ": " + show(value) + " is not base64, as format byte requires");
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          out.add(where + ": expected an integer, found " + show(value));
        } else if ("int32".equals(shape.format) && !value.canConvertToInt()) {
          out.add(where + ": " + value + " is out of the int32 range");
        } else if (!"int32".equals(shape.format) && !value.canConvertToLong()) {
          out.add(where + ": " + value + " is out of the int64 range");
        }
      }
      case "number" -> {
        if (!value.isNumber()) {
          out.add(where + ": expected a number, found " + show(value));
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          out.add(where + ": expected a boolean, found " + show(value));
        }
      }
      case "array" -> {
        if (!value.isArray()) {
          out.add(where + ": expected an array, found " + show(value));
        } else if (shape.items != null) {
          for (int i = 0; i < value.size(); i++) {
            check(value.get(i), shape.items, path + "/" + i, out, depth + 1);
          }
        }
      }
      case "object" -> {
        if (!value.isObject()) {
          out.add(where + ": expected an object, found " + show(value));
          return;
        }
        for (String name : shape.required) {
          if (!value.has(name)) {
            out.add(where + ": required property '" + name + "' is missing");
          }
        }
        boolean freeForm = shape.properties.isEmpty() && shape.additional == null;
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> f = it.next();
          String child = path + "/" + Pointers.escape(f.getKey());
          SpecSet.SchemaAt p = shape.properties.get(f.getKey());
          if (p != null) {
            check(f.getValue(), p, child, out, depth + 1);
          } else if (shape.additional instanceof SpecSet.SchemaAt map) {
            check(f.getValue(), map, child, out, depth + 1);
          } else if (!freeForm && !Boolean.TRUE.equals(shape.additional)) {
            out.add(where + ": unknown property '" + f.getKey() + "' (the schema has " + shape.properties.keySet() + ")");
          }
        }
      }
      default -> out.add(where + ": the schema has the unknown type '" + type + "'");
    }
  }

  private static boolean inEnum(JsonNode value, List<?> values) {
    for (Object v : values) {
      if (v == null ? value.isNull()
          : v instanceof Number n ? value.isNumber() && value.decimalValue().compareTo(new BigDecimal(n.toString())) == 0
          : v instanceof Boolean b ? value.isBoolean() && value.asBoolean() == b
          : value.isTextual() && value.asText().equals(String.valueOf(v))) {
        return true;
      }
    }
    return false;
  }

  private static String show(JsonNode value) {
    String kind = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number"
        : value.isBoolean() ? "boolean" : value.isArray() ? "array" : value.isObject() ? "object" : "null";
    String text = value.toString();
    if (text.length() > 60) {
      text = text.substring(0, 57) + "...";
    }
    return kind + " " + text;
  }
}
