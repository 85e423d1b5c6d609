package dev.brickapi.it.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.SpecIndex;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * What the contract validator lets pass: a query parameter or a top-level JSON body field that the client sent
 * and the operation's spec does not define (the validator ignores unexpected query parameters, and a body
 * schema without {@code additionalProperties: false} accepts any field). Each is a gap in the specs.
 */
final class SpecGaps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SpecGaps() {}

  static List<String> of(SpecIndex specs, List<MockWorkspace.Exchange> exchanges) {
    List<String> gaps = new ArrayList<>();
    for (MockWorkspace.Exchange e : exchanges) {
      int q = e.url.indexOf('?');
      String path = q < 0 ? e.url : e.url.substring(0, q);
      SpecIndex.Op op = specs.route(e.method, path);
      if (op == null) {
        continue;
      }
      Set<String> known = queryParameters(op);
      for (String name : queryNames(q < 0 ? "" : e.url.substring(q + 1))) {
        if (!known.contains(name) && !known.contains(name.replaceAll("[.\\[].*", ""))) {
          gaps.add(op.operationId() + " (" + op.documentName + "): query parameter '" + name + "' is not in the spec");
        }
      }
      Set<String> fields = bodyFields(op);
      if (fields != null && e.body != null && !e.body.isBlank()) {
        try {
          JsonNode body = JSON.readTree(e.body);
          Iterator<String> it = body.isObject() ? body.fieldNames() : List.<String>of().iterator();
          while (it.hasNext()) {
            String field = it.next();
            if (!fields.contains(field)) {
              gaps.add(op.operationId() + " (" + op.documentName + "): body field '" + field + "' is not in the spec");
            }
          }
        } catch (Exception notJson) {
          // not a JSON body: the validator speaks for it
        }
      }
    }
    return gaps;
  }

  private static Set<String> queryNames(String query) {
    Set<String> names = new HashSet<>();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        names.add(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8));
      }
    }
    return names;
  }

  private static Set<String> queryParameters(SpecIndex.Op op) {
    Set<String> names = new HashSet<>();
    List<Parameter> all = new ArrayList<>();
    if (op.operation.getParameters() != null) {
      all.addAll(op.operation.getParameters());
    }
    PathItem item = op.api.getPaths().get(op.pathTemplate);
    if (item != null && item.getParameters() != null) {
      all.addAll(item.getParameters());
    }
    for (Parameter p : all) {
      if ("query".equals(p.getIn())) {
        names.add(p.getName());
      }
    }
    return names;
  }

  /** The top-level properties of the JSON request body, or null when the spec leaves them open. */
  private static Set<String> bodyFields(SpecIndex.Op op) {
    if (op.operation.getRequestBody() == null || op.operation.getRequestBody().getContent() == null) {
      return null;
    }
    MediaType media = op.operation.getRequestBody().getContent().get("application/json");
    if (media == null || media.getSchema() == null) {
      return null;
    }
    Set<String> names = new HashSet<>();
    if (!collect(media.getSchema(), names)) {
      return null;
    }
    return names;
  }

  private static boolean collect(Schema<?> schema, Set<String> names) {
    boolean closed = false;
    if (schema.getProperties() != null) {
      names.addAll(schema.getProperties().keySet());
      closed = true;
    }
    for (List<Schema> parts : List.of(nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getOneOf()),
        nullToEmpty(schema.getAnyOf()))) {
      for (Schema<?> part : parts) {
        closed |= collect(part, names);
      }
    }
    return closed && !(schema.getAdditionalProperties() instanceof Schema);
  }

  private static List<Schema> nullToEmpty(List<Schema> list) {
    return list == null ? List.of() : list;
  }
}
