package dev.brickapi.codegen.link;

import dev.brickapi.codegen.naming.JavaIdentifiers;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON pointer followed through the OpenAPI model of one document (RFC 6901, with the URI fragment's
 * percent-encoding undone): what it reaches, its canonical spelling (segments escaped with {@code ~0} and
 * {@code ~1}, the spelling the linker uses for inline schemas, so a schema reached inline and by reference has
 * one identity), and a class name read from where it is defined ({@code /components/schemas/Pet/properties/owner}
 * is {@code PetOwner}, the items of the answer of {@code listPets} are {@code ListPetsResponseItem}), the same
 * name the schema gets when the linker reaches it inline.
 *
 * @param value what the pointer reaches, or null when nothing is there
 * @param canonical the pointer with its segments escaped one way
 * @param name the class name hint
 * @param reached how far the walk came: the canonical pointer of the last node found
 */
record DocumentPointer(Object value, String canonical, String name, String reached) {

  /**
   * Follows {@code fragment} (what comes after {@code #} in a {@code $ref}) through {@code api}. A pointer that
   * goes on through a {@code $ref} within the document ({@code .../schema/properties/x} where the schema is a
   * {@code $ref} to {@code Pet}) is followed into the target, as JSON reference tools do, and is then the
   * target's pointer ({@code /components/schemas/Pet/properties/x}).
   */
  static DocumentPointer walk(OpenAPI api, String fragment) {
    return walk(api, segments(percentDecoded(fragment)), 0);
  }

  private static DocumentPointer walk(OpenAPI api, List<String> segments, int depth) {
    Object node = api;
    StringBuilder canonical = new StringBuilder();
    StringBuilder name = new StringBuilder();
    String reached = "";
    for (int i = 0; i < segments.size(); i++) {
      String segment = segments.get(i);
      Object next = step(node, segment);
      String local = localRef(node);
      if (next == null && local != null && depth < MAX_HOPS) {
        DocumentPointer target = walk(api, segments(percentDecoded(local)), depth + 1);
        if (target.value() != null) {
          List<String> rest = new ArrayList<>(segments(target.canonical()));
          rest.addAll(segments.subList(i, segments.size()));
          return walk(api, rest, depth + 1);
        }
      }
      name.append(namePart(node, segments, i, next));
      canonical.append('/').append(RefResolver.escape(segment));
      if (next == null) {
        return new DocumentPointer(null, canonical.toString(), name.toString(), reached);
      }
      reached = canonical.toString();
      node = next;
    }
    return new DocumentPointer(node, canonical.toString(), name.isEmpty() ? "Document" : name.toString(), reached);
  }

  private static final int MAX_HOPS = 16;

  /** The pointer of a {@code $ref} within the document that {@code node} is, or null. */
  private static String localRef(Object node) {
    String ref = node instanceof Schema<?> s ? s.get$ref()
        : node instanceof Parameter p ? p.get$ref()
        : node instanceof ApiResponse r ? r.get$ref()
        : node instanceof RequestBody b ? b.get$ref()
        : node instanceof Header h ? h.get$ref() : null;
    return ref != null && ref.startsWith("#/") ? ref.substring(1) : null;
  }

  /** What {@code value} is, in the words of the OpenAPI specification, for messages. */
  static String kindOf(Object value) {
    return value instanceof Schema<?> ? "a schema"
        : value instanceof Parameter ? "a parameter"
        : value instanceof RequestBody ? "a request body"
        : value instanceof ApiResponse ? "a response"
        : value instanceof Header ? "a header"
        : value instanceof MediaType ? "a media type"
        : value instanceof Operation ? "an operation"
        : value instanceof PathItem ? "a path item"
        : value instanceof List<?> ? "a list"
        : value instanceof Map<?, ?> ? "a map of entries" : "a part of the document";
  }

  private static Object step(Object node, String segment) {
    if (node instanceof Map<?, ?> map) {
      return map.get(segment);
    }
    if (node instanceof List<?> list) {
      try {
        int index = Integer.parseInt(segment);
        return index >= 0 && index < list.size() ? list.get(index) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (node instanceof OpenAPI api) {
      return switch (segment) {
        case "paths" -> api.getPaths();
        case "components" -> api.getComponents();
        default -> null;
      };
    }
    if (node instanceof Components c) {
      return switch (segment) {
        case "schemas" -> c.getSchemas();
        case "parameters" -> c.getParameters();
        case "requestBodies" -> c.getRequestBodies();
        case "responses" -> c.getResponses();
        case "headers" -> c.getHeaders();
        default -> null;
      };
    }
    if (node instanceof PathItem item) {
      if (segment.equals("parameters")) {
        return item.getParameters();
      }
      return item.readOperationsMap().entrySet().stream()
          .filter(e -> e.getKey().name().equalsIgnoreCase(segment)).map(Map.Entry::getValue).findFirst().orElse(null);
    }
    if (node instanceof Operation op) {
      return switch (segment) {
        case "parameters" -> op.getParameters();
        case "requestBody" -> op.getRequestBody();
        case "responses" -> op.getResponses();
        default -> null;
      };
    }
    if (node instanceof Parameter p) {
      return segment.equals("schema") ? p.getSchema() : segment.equals("content") ? p.getContent() : null;
    }
    if (node instanceof Header h) {
      return segment.equals("schema") ? h.getSchema() : segment.equals("content") ? h.getContent() : null;
    }
    if (node instanceof RequestBody b) {
      return segment.equals("content") ? b.getContent() : null;
    }
    if (node instanceof ApiResponse r) {
      return segment.equals("content") ? r.getContent() : segment.equals("headers") ? r.getHeaders() : null;
    }
    if (node instanceof MediaType m) {
      return segment.equals("schema") ? m.getSchema() : null;
    }
    if (node instanceof Schema<?> s) {
      return switch (segment) {
        case "properties" -> s.getProperties();
        case "items" -> s.getItems();
        case "allOf" -> s.getAllOf();
        case "oneOf" -> s.getOneOf();
        case "anyOf" -> s.getAnyOf();
        case "not" -> s.getNot();
        case "additionalProperties" -> s.getAdditionalProperties() instanceof Schema<?> v ? v : null;
        default -> null;
      };
    }
    return null;
  }

  /** What segment {@code i} adds to the class name: the words the linker's own name hints use for that place. */
  private static String namePart(Object node, List<String> segments, int i, Object next) {
    String segment = segments.get(i);
    String parent = i == 0 ? "" : segments.get(i - 1);
    if (node instanceof PathItem && next instanceof Operation op) {
      return op.getOperationId() != null ? JavaIdentifiers.pascal(op.getOperationId())
          : JavaIdentifiers.pascal(segment + " " + segments.get(i - 1));
    }
    if (node instanceof Map<?, ?> && (parent.equals("schemas") || parent.equals("parameters")
        || parent.equals("requestBodies") || parent.equals("responses") || parent.equals("headers")) && i == 2
        && segments.get(0).equals("components")) {
      return JavaIdentifiers.typeName(segment);
    }
    if (node instanceof Map<?, ?> && parent.equals("properties")) {
      return JavaIdentifiers.pascal(segment);
    }
    if (node instanceof List<?> && next instanceof Parameter p) {
      return JavaIdentifiers.pascal(p.getName() == null ? "parameter" : p.getName());
    }
    if (node instanceof List<?> && (parent.equals("oneOf") || parent.equals("anyOf"))) {
      return "Variant" + (Integer.parseInt(segment) + 1);
    }
    if (node instanceof Operation) {
      return segment.equals("requestBody") ? "Request" : segment.equals("responses") ? "Response" : "";
    }
    if (node instanceof Schema<?>) {
      return segment.equals("items") ? "Item" : segment.equals("additionalProperties") ? "Value" : "";
    }
    return "";
  }

  private static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /** Undoes the percent-encoding of a URI fragment ({@code %7B} is {@code {}); a {@code +} stays a plus. */
  private static String percentDecoded(String fragment) {
    if (fragment.indexOf('%') < 0) {
      return fragment;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '%' && i + 2 < fragment.length() && isHex(fragment.charAt(i + 1)) && isHex(fragment.charAt(i + 2))) {
        out.write(Integer.parseInt(fragment.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
