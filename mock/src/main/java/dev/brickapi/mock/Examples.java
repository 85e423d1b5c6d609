package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example values of the specs: the documented example where there is one (media type, then schema), else a
 * value synthesized from the schema that the schema accepts.
 */
public final class Examples {

  private static final ObjectMapper JSON = Json.mapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Examples() {}

  /** The 200 (or first 2xx) response of an operation, or null. */
  public static Map.Entry<String, ApiResponse> success(SpecIndex.Op op) {
    if (op.operation.getResponses() == null) {
      return null;
    }
    for (Map.Entry<String, ApiResponse> e : op.operation.getResponses().entrySet()) {
      if (e.getKey().startsWith("2")) {
        return e;
      }
    }
    return null;
  }

  /** The JSON media type of a content map, or its first one. */
  public static Map.Entry<String, MediaType> media(Map<String, MediaType> content) {
    if (content == null || content.isEmpty()) {
      return null;
    }
    for (Map.Entry<String, MediaType> e : content.entrySet()) {
      if (e.getKey().contains("json")) {
        return e;
      }
    }
    return content.entrySet().iterator().next();
  }

  /** The example of a media type, or one synthesized from its schema. */
  public static JsonNode of(MediaType media) {
    if (media == null) {
      return null;
    }
    if (media.getExample() != null) {
      return JSON.valueToTree(media.getExample());
    }
    if (media.getExamples() != null && !media.getExamples().isEmpty()) {
      Example first = media.getExamples().values().iterator().next();
      if (first.getValue() != null) {
        return JSON.valueToTree(first.getValue());
      }
    }
    return media.getSchema() == null ? F.objectNode() : of(media.getSchema());
  }

  /** The example of a parameter, or one synthesized from its schema. */
  public static JsonNode of(Parameter p) {
    if (p.getExample() != null) {
      return JSON.valueToTree(p.getExample());
    }
    if (p.getExamples() != null && !p.getExamples().isEmpty()) {
      Object v = p.getExamples().values().iterator().next().getValue();
      if (v != null) {
        return JSON.valueToTree(v);
      }
    }
    return p.getSchema() == null ? F.textNode("x") : of(p.getSchema());
  }

  public static JsonNode of(Schema<?> schema) {
    return synth(schema, 0, new IdentityHashMap<>());
  }

  /**
   * States that end a resource's life or report a failure: a synthesized state is never one of them while another
   * value exists.
   */
  private static final java.util.Set<String> ENDED = java.util.Set.of("DELETED", "DELETING", "TERMINATED",
      "TERMINATING", "ERROR", "FAILED", "CANCELED", "CANCELLED", "CANCELING", "CANCELLING", "STOPPED", "STOPPING",
      "INTERNAL_ERROR", "SKIPPED", "TIMEDOUT", "TIMED_OUT", "CLOSED", "DEGRADED", "UNKNOWN", "BANNED",
      "NOT_PROVISIONED", "CREATE_FAILED", "UPDATE_FAILED", "UPDATE_CANCELED", "FAILED_REGISTRATION", "EXPIRED",
      "KILLED", "REJECTED", "UNHEALTHY", "SUSPENDED", "OFFLINE", "NOT_READY", "DEPLOYMENT_FAILED",
      "DEPLOYMENT_ABORTED", "MONITOR_STATUS_ERROR", "MONITOR_STATUS_FAILED", "MONITOR_STATUS_DELETE_PENDING");
  /** States a waiter waits for: a synthesized state is one of them where the enum has one. */
  private static final java.util.List<String> SETTLED = java.util.List.of("RUNNING", "ACTIVE", "READY",
      "NOT_UPDATING", "ONLINE", "HEALTHY", "DEPLOYMENT_READY", "PROVISIONED");

  /**
   * The value of an enum a synthesized example takes: the settled state a waiter waits for (RUNNING, ACTIVE,
   * READY, ...) where the enum has one, else its first value that is not an ended or failed state (a new warehouse
   * is not DELETED, a new workspace not BANNED), else its first value.
   */
  static Object lively(java.util.List<?> values) {
    for (String settled : SETTLED) {
      if (values.contains(settled)) {
        return settled;
      }
    }
    for (Object v : values) {
      if (!(v instanceof String) || !ENDED.contains(((String) v).toUpperCase(java.util.Locale.ROOT))) {
        return v;
      }
    }
    return values.get(0);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static JsonNode synth(Schema<?> s, int depth, IdentityHashMap<Schema<?>, Boolean> seen) {
    if (s == null) {
      return F.objectNode();
    }
    if (s.getExample() != null) {
      return JSON.valueToTree(s.getExample());
    }
    if (s.getEnum() != null && !s.getEnum().isEmpty()) {
      return JSON.valueToTree(lively(s.getEnum()));
    }
    if (s.getDefault() != null) {
      return JSON.valueToTree(s.getDefault());
    }
    List<Schema> oneOf = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf();
    if (oneOf != null && !oneOf.isEmpty()) {
      return synth(oneOf.get(0), depth, seen);
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      ObjectNode merged = F.objectNode();
      for (Schema part : (List<Schema>) s.getAllOf()) {
        JsonNode n = synth(part, depth, seen);
        if (n.isObject()) {
          merged.setAll((ObjectNode) n);
        }
      }
      return merged;
    }
    String type = s.getType();
    if (type == null && s.getProperties() != null) {
      type = "object";
    }
    if (type == null) {
      return F.objectNode();
    }
    String format = s.getFormat();
    switch (type) {
      case "string":
        if ("date-time".equals(format)) {
          return F.textNode("2024-01-15T10:00:01Z");
        }
        if ("date".equals(format)) {
          return F.textNode("2024-01-15");
        }
        if ("byte".equals(format)) {
          return F.textNode("aGVsbG8=");
        }
        if ("uuid".equals(format)) {
          return F.textNode("6f1c2d3e-4a5b-4c6d-8e7f-901234567890");
        }
        String text = "example";
        if (s.getMinLength() != null && s.getMinLength() > text.length()) {
          text = "x".repeat(s.getMinLength());
        }
        if (s.getMaxLength() != null && s.getMaxLength() < text.length()) {
          text = "x".repeat(Math.max(1, s.getMaxLength()));
        }
        return F.textNode(text);
      case "integer":
        long i = s.getMinimum() != null ? s.getMinimum().longValue() : 1;
        return F.numberNode(i);
      case "number":
        return F.numberNode(s.getMinimum() != null ? s.getMinimum().doubleValue() : 1.5);
      case "boolean":
        return F.booleanNode(true);
      case "array":
        ArrayNode arr = F.arrayNode();
        if (depth < 6) {
          arr.add(synth(s.getItems(), depth + 1, seen));
        }
        return arr;
      default:
        ObjectNode obj = F.objectNode();
        if (seen.containsKey(s) || depth > 6) {
          return obj;
        }
        seen.put(s, true);
        if (s.getProperties() != null) {
          List<String> required = s.getRequired() == null ? new ArrayList<>() : s.getRequired();
          for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
            Schema<?> ps = p.getValue();
            if (Boolean.TRUE.equals(ps.getReadOnly()) && !required.contains(p.getKey())) {
              continue;
            }
            if (depth > 3 && !required.contains(p.getKey())) {
              continue;
            }
            obj.set(p.getKey(), synth(ps, depth + 1, seen));
          }
        }
        seen.remove(s);
        return obj;
    }
  }
}
