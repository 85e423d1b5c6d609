package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * SCIM 2.0 of the workspace: users (create, get, list, replace, patch, delete; a deleted user leaves its groups),
 * groups (create, get, list, replace, patch, delete, with members)
 * and {@code Me}, the first user seeded or else a default user. Lists honour {@code filter} ({@link ScimFilter})
 * and page by {@code startIndex} and {@code count}; a page past the end is empty.
 */
final class Scim implements Fake {

  static final String DEFAULT_USER = "mock.user@example.com";
  private static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
  private static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";

  private static final java.util.Set<String> USER_SERVER_FIELDS = java.util.Set.of("id", "schemas", "meta");
  private static final java.util.regex.Pattern ENTRY =
      java.util.regex.Pattern.compile("(\\w+)\\[value eq \"([^\"]+)\"]");

  private final AtomicLong ids;
  private final List<ObjectNode> users = new ArrayList<>();
  private final Map<String, ObjectNode> groups = new LinkedHashMap<>();

  Scim(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/scim.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("listUsers", r -> list(r, users))
        .on("createUser", this::createUser)
        .on("getUser", this::getUser)
        .on("replaceUser", this::replaceUser)
        .on("patchUser", this::patchUser)
        .on("deleteUser", this::deleteUser)
        .on("getCurrentUser", this::me)
        .on("createGroup", this::createGroup)
        .on("getGroup", this::getGroup)
        .on("listGroups", r -> list(r, new ArrayList<>(groups.values())))
        .on("replaceGroup", this::replaceGroup)
        .on("patchGroup", this::patchGroup)
        .on("deleteGroup", this::deleteGroup);
  }

  @Override
  public void reset() {
    users.clear();
    groups.clear();
  }

  void seedUser(String userName, String displayName) {
    users.add(user(userName, displayName));
  }

  private ObjectNode user(String userName, String displayName) {
    ObjectNode u = object().put("id", String.valueOf(ids.incrementAndGet())).put("userName", userName)
        .put("displayName", displayName).put("active", true);
    u.putArray("emails").addObject().put("value", userName).put("type", "work").put("primary", true);
    u.putArray("schemas").add(USER_SCHEMA);
    return u;
  }

  private ObjectNode findUser(String id) {
    return users.stream().filter(u -> u.path("id").asText().equals(id)).findFirst().orElse(null);
  }

  private Reply getUser(FakeRequest r) {
    ObjectNode user = findUser(r.path("id"));
    return user == null ? noSuchUser(r.path("id")) : Reply.ok(user.deepCopy());
  }

  private Reply createUser(FakeRequest r) {
    String userName = r.text("userName");
    if (userName == null || userName.isBlank()) {
      return Reply.invalid("userName is required");
    }
    if (users.stream().anyMatch(u -> u.path("userName").asText().equalsIgnoreCase(userName))) {
      return Reply.error(409, "RESOURCE_ALREADY_EXISTS", "User with username " + userName + " already exists.");
    }
    ObjectNode user = user(userName, r.body.path("displayName").asText(userName));
    String id = user.get("id").asText();
    Store.merge(user, r.body, USER_SERVER_FIELDS);
    user.put("id", id);
    users.add(user);
    return Reply.ok(user.deepCopy());
  }

  private Reply replaceUser(FakeRequest r) {
    ObjectNode old = findUser(r.path("id"));
    if (old == null) {
      return noSuchUser(r.path("id"));
    }
    if (r.text("userName") == null) {
      return Reply.invalid("userName is required");
    }
    ObjectNode user = user(r.text("userName"), r.body.path("displayName").asText(r.text("userName")));
    Store.merge(user, r.body, USER_SERVER_FIELDS);
    user.put("id", old.get("id").asText());
    users.set(users.indexOf(old), user);
    return Reply.empty();
  }

  /**
   * The PATCH operations clients send to a user: {@code replace} or {@code add} of an attribute (a list value is
   * appended to a list attribute by {@code add}), {@code remove} of an attribute or of entries
   * ({@code entitlements[value eq "allow-cluster-create"]}); without a path, the value's fields.
   */
  private Reply patchUser(FakeRequest r) {
    ObjectNode user = findUser(r.path("id"));
    if (user == null) {
      return noSuchUser(r.path("id"));
    }
    return patched(user, r.body, Scim::patch);
  }

  private static void patch(ObjectNode user, String kind, String path, JsonNode value) {
    if (USER_SERVER_FIELDS.contains(path) || path.isEmpty()) {
      throw new IllegalArgumentException("a PATCH cannot " + kind + " " + (path.isEmpty() ? "without a path" : path));
    }
    java.util.regex.Matcher filtered = ENTRY.matcher(path);
    if (filtered.matches() && kind.equals("remove")) {
      JsonNode list = user.path(filtered.group(1));
      for (int i = list.size() - 1; i >= 0; i--) {
        if (list.get(i).path("value").asText().equals(filtered.group(2))) {
          ((ArrayNode) list).remove(i);
        }
      }
    } else if (kind.equals("remove")) {
      user.remove(path);
    } else if (kind.equals("add") && value.isArray() && user.path(path).isArray()) {
      ArrayNode list = (ArrayNode) user.get(path);
      value.forEach(v -> {
        if (!contains(list, v)) {
          list.add(v.deepCopy());
        }
      });
    } else {
      user.set(path, value.deepCopy());
    }
  }

  private static boolean contains(ArrayNode list, JsonNode entry) {
    for (JsonNode e : list) {
      if (e.equals(entry)) {
        return true;
      }
    }
    return false;
  }

  private Reply deleteUser(FakeRequest r) {
    ObjectNode user = findUser(r.path("id"));
    if (user == null) {
      return noSuchUser(r.path("id"));
    }
    users.remove(user);
    groups.values().forEach(g -> removeMembers((ArrayNode) g.get("members"), List.of(r.path("id"))));
    return Reply.empty();
  }

  private static Reply noSuchUser(String id) {
    return Reply.notFound("User with id " + id + " not found.");
  }

  private Reply me(FakeRequest r) {
    if (users.isEmpty()) {
      users.add(user(DEFAULT_USER, "Mock User"));
    }
    return Reply.ok(users.get(0).deepCopy());
  }

  private Reply list(FakeRequest r, List<ObjectNode> all) {
    int count = Math.min(r.intParam("count", WorkspaceFake.SCIM_MAX_COUNT), WorkspaceFake.SCIM_MAX_COUNT);
    int start = Math.max(1, r.intParam("startIndex", 1));
    Predicate<JsonNode> filter = ScimFilter.of(r.param("filter"));
    List<ObjectNode> selected = new ArrayList<>();
    all.stream().filter(filter).forEach(selected::add);
    Pages<ObjectNode> page = Pages.of(selected, start - 1, Math.max(1, count));
    ObjectNode out = object();
    out.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    ArrayNode res = out.putArray("Resources");
    if (count > 0) {
      page.items().forEach(i -> res.add(i.deepCopy()));
    }
    out.put("totalResults", selected.size()).put("startIndex", start).put("itemsPerPage", res.size());
    return Reply.ok(out);
  }

  private Reply createGroup(FakeRequest r) {
    String name = r.text("displayName");
    if (name == null || name.isBlank()) {
      return Reply.invalid("displayName is required");
    }
    if (groups.values().stream().anyMatch(g -> g.path("displayName").asText().equals(name))) {
      return Reply.error(409, "RESOURCE_ALREADY_EXISTS", "Group with name " + name + " already exists.");
    }
    String id = String.valueOf(ids.incrementAndGet());
    ObjectNode group = group(id, r.body);
    groups.put(id, group);
    return Reply.ok(group.deepCopy());
  }

  private ObjectNode group(String id, JsonNode body) {
    ObjectNode group = object().put("id", id).put("displayName", body.path("displayName").asText());
    group.putArray("schemas").add(GROUP_SCHEMA);
    ArrayNode members = group.putArray("members");
    body.path("members").forEach(m -> members.add(member(m.path("value").asText())));
    for (String field : List.of("entitlements", "roles", "groups", "externalId")) {
      if (body.has(field)) {
        group.set(field, body.get(field).deepCopy());
      }
    }
    return group;
  }

  /** A member reference: a user (or group) id with its display name where the mock knows it. */
  private ObjectNode member(String id) {
    ObjectNode m = object().put("value", id);
    users.stream().filter(u -> u.path("id").asText().equals(id)).findFirst()
        .ifPresent(u -> m.put("display", u.path("displayName").asText()).put("$ref", "Users/" + id));
    ObjectNode g = groups.get(id);
    if (g != null) {
      m.put("display", g.path("displayName").asText()).put("$ref", "Groups/" + id);
    }
    return m;
  }

  private Reply getGroup(FakeRequest r) {
    ObjectNode g = groups.get(r.path("id"));
    return g == null ? noSuchGroup(r.path("id")) : Reply.ok(g.deepCopy());
  }

  private Reply replaceGroup(FakeRequest r) {
    String id = r.path("id");
    if (!groups.containsKey(id)) {
      return noSuchGroup(id);
    }
    groups.put(id, group(id, r.body));
    return Reply.empty();
  }

  /**
   * The PATCH operations Databricks clients send: {@code add} of members (path {@code members}, value a list),
   * {@code remove} of members (path {@code members[value eq "ID"]}, or path {@code members} with a value list),
   * {@code replace} of {@code displayName} or of members.
   */
  private Reply patchGroup(FakeRequest r) {
    ObjectNode g = groups.get(r.path("id"));
    if (g == null) {
      return noSuchGroup(r.path("id"));
    }
    return patched(g, r.body, this::apply);
  }

  /** One PATCH operation applied to a resource; an unsupported one throws IllegalArgumentException. */
  @FunctionalInterface
  private interface Change {
    void apply(ObjectNode resource, String kind, String path, JsonNode value);
  }

  /**
   * Applies each of the body's {@code Operations} (without a path, each field of its value); 200 {@code {}}, or
   * 400 {@code INVALID_PARAMETER_VALUE} naming the first operation the mock does not support.
   */
  private static Reply patched(ObjectNode resource, JsonNode body, Change change) {
    try {
      for (JsonNode op : body.path("Operations")) {
        String kind = op.path("op").asText().toLowerCase(java.util.Locale.ROOT);
        String path = op.path("path").asText("");
        JsonNode value = op.path("value");
        if (path.isEmpty() && value.isObject()) {
          value.fields().forEachRemaining(f -> change.apply(resource, kind, f.getKey(), f.getValue()));
        } else {
          change.apply(resource, kind, path, value);
        }
      }
      return Reply.empty();
    } catch (IllegalArgumentException e) {
      return Reply.invalid(e.getMessage());
    }
  }

  private void apply(ObjectNode group, String kind, String path, JsonNode value) {
    java.util.regex.Matcher filtered = java.util.regex.Pattern.compile("members\\[value eq \"([^\"]+)\"]").matcher(path);
    ArrayNode members = (ArrayNode) group.get("members");
    if (filtered.matches() && kind.equals("remove")) {
      removeMembers(members, List.of(filtered.group(1)));
    } else if (path.equals("members")) {
      List<String> ids = new ArrayList<>();
      value.forEach(m -> ids.add(m.path("value").asText()));
      if (kind.equals("replace")) {
        members.removeAll();
      }
      if (kind.equals("remove")) {
        removeMembers(members, ids);
      } else {
        removeMembers(members, ids);
        ids.forEach(id -> members.add(member(id)));
      }
    } else if (path.equals("displayName") && !kind.equals("remove")) {
      group.put("displayName", value.asText());
    } else {
      throw new IllegalArgumentException("the mock's SCIM PATCH does not support " + kind + " of " + path);
    }
  }

  private static void removeMembers(ArrayNode members, List<String> ids) {
    for (int i = members.size() - 1; i >= 0; i--) {
      if (ids.contains(members.get(i).path("value").asText())) {
        members.remove(i);
      }
    }
  }

  private Reply deleteGroup(FakeRequest r) {
    return groups.remove(r.path("id")) == null ? noSuchGroup(r.path("id")) : Reply.empty();
  }

  private static Reply noSuchGroup(String id) {
    return Reply.notFound("Group with id " + id + " not found.");
  }
}
