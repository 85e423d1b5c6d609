package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Permissions 2.0 of any object: get, set (the request's grants replace the direct ones), update (its grants
 * are added or change a principal's level) and the levels an object type offers, both through the generic
 * {@code /permissions/{type}/{id}} and through each type's own operations, which share one state: a grant made
 * on one is seen on the other. Every object also shows the {@code admins} group's CAN_MANAGE, inherited from the
 * root of its type, as the server answers.
 */
final class Permissions implements Fake {

  private static final String PREFIX = "/api/2.0/permissions/";
  private static final List<String> TYPES = List.of("", "App", "Password", "Token", "ClusterPolicy", "Cluster",
      "Experiment", "InstancePool", "Job", "KnowledgeAssistant", "Pipeline", "RegisteredModel", "Repo",
      "ServingEndpoint", "SupervisorAgent", "VectorSearchEndpoint", "Warehouse", "Notebook", "Directory");
  private static final Map<String, List<String>> LEVELS = Map.of(
      "clusters", List.of("CAN_ATTACH_TO", "CAN_RESTART", "CAN_MANAGE"),
      "cluster-policies", List.of("CAN_USE"),
      "instance-pools", List.of("CAN_ATTACH_TO", "CAN_MANAGE"),
      "jobs", List.of("CAN_VIEW", "CAN_MANAGE_RUN", "IS_OWNER", "CAN_MANAGE"),
      "pipelines", List.of("CAN_VIEW", "CAN_RUN", "IS_OWNER", "CAN_MANAGE"),
      "warehouses", List.of("CAN_VIEW", "CAN_MONITOR", "CAN_USE", "IS_OWNER", "CAN_MANAGE"),
      "authorization", List.of("CAN_USE"),
      "serving-endpoints", List.of("CAN_VIEW", "CAN_QUERY", "CAN_MANAGE"));
  private static final List<String> OTHER_LEVELS = List.of("CAN_READ", "CAN_RUN", "CAN_EDIT", "CAN_MANAGE");

  /** Per object ({@code clusters/0123}), the direct grants by principal. */
  private final Map<String, Map<String, ObjectNode>> grants = new LinkedHashMap<>();

  @Override
  public String document() {
    return "2.0/permissions.yaml";
  }

  @Override
  public void register(Routes routes) {
    for (String type : TYPES) {
      routes.on("get" + type + "Permissions", this::get)
          .on("set" + type + "Permissions", r -> change(r, true))
          .on("update" + type + "Permissions", r -> change(r, false))
          .on("get" + type + "PermissionLevels", this::levels);
    }
  }

  @Override
  public void reset() {
    grants.clear();
  }

  /** The object a request names, as its path after {@code /permissions/}: {@code clusters/0123}. */
  private static String object(FakeRequest r) {
    String path = r.operation.pathTemplate;
    for (Map.Entry<String, String> p : r.pathParameters.entrySet()) {
      path = path.replace("{" + p.getKey() + "}", p.getValue());
    }
    path = path.substring(PREFIX.length());
    return path.endsWith("/permissionLevels") ? path.substring(0, path.length() - "/permissionLevels".length()) : path;
  }

  private Reply get(FakeRequest r) {
    return Reply.ok(permissions(object(r)));
  }

  private Reply change(FakeRequest r, boolean replace) {
    String object = object(r);
    Map<String, ObjectNode> direct = new LinkedHashMap<>(replace ? Map.of() : grants.getOrDefault(object, Map.of()));
    for (JsonNode grant : r.body.path("access_control_list")) {
      String principal = principal(grant);
      if (principal == null || !grant.hasNonNull("permission_level")) {
        return Reply.invalid("Each access control entry needs one of user_name, group_name or "
            + "service_principal_name, and a permission_level.");
      }
      direct.put(principal, (ObjectNode) grant.deepCopy());
    }
    grants.put(object, direct);
    return Reply.ok(permissions(object));
  }

  private static String principal(JsonNode grant) {
    for (String field : List.of("user_name", "group_name", "service_principal_name")) {
      if (grant.hasNonNull(field)) {
        return field + ":" + grant.get(field).asText();
      }
    }
    return null;
  }

  private ObjectNode permissions(String object) {
    String type = object.substring(0, object.indexOf('/') < 0 ? object.length() : object.indexOf('/'));
    ObjectNode out = Reply.object().put("object_id", "/" + object).put("object_type", singular(type));
    ArrayNode acl = out.putArray("access_control_list");
    grants.getOrDefault(object, Map.of()).values().forEach(grant -> {
      ObjectNode entry = acl.addObject();
      grant.fields().forEachRemaining(f -> {
        if (!f.getKey().equals("permission_level")) {
          entry.set(f.getKey(), f.getValue().deepCopy());
        }
      });
      entry.putArray("all_permissions").addObject().put("permission_level", grant.get("permission_level").asText())
          .put("inherited", false);
    });
    ObjectNode admins = acl.addObject().put("group_name", "admins");
    ObjectNode inherited = admins.putArray("all_permissions").addObject().put("permission_level", "CAN_MANAGE")
        .put("inherited", true);
    inherited.putArray("inherited_from_object").add("/" + type + "/");
    return out;
  }

  private static String singular(String type) {
    String last = type.equals("authorization") ? "tokens" : type;
    if (last.endsWith("ies")) {
      return last.substring(0, last.length() - 3) + "y";
    }
    return last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
  }

  private Reply levels(FakeRequest r) {
    String object = object(r);
    String type = object.substring(0, object.indexOf('/') < 0 ? object.length() : object.indexOf('/'));
    ObjectNode out = Reply.object();
    ArrayNode list = out.putArray("permission_levels");
    LEVELS.getOrDefault(type, OTHER_LEVELS).forEach(level ->
        list.addObject().put("permission_level", level).put("description", "Grants " + level + "."));
    return Reply.ok(out);
  }
}
