package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Databricks SQL queries or alerts (the current API, {@code /api/2.0/sql/queries|alerts}): create, get, list,
 * update (the fields its {@code update_mask} names, or all with {@code *}) and delete, which moves the object to
 * the trash as the server does: get still answers it with {@code lifecycle_state} TRASHED, the list omits it.
 */
final class SqlObjects implements Fake {

  /** queries/list and alerts/list: at most this many objects per page when the request names no size. */
  static final int PAGE_SIZE = 100;
  private static final Set<String> SERVER_FIELDS = Set.of("id", "create_time", "update_time", "lifecycle_state",
      "owner_user_name", "state", "trigger_time", "last_modifier_user_name");

  private final String document;
  private final String noun;
  private final String field;
  private final ObjectNode initial;
  private final Store objects;

  private SqlObjects(String document, String noun, String kind, ObjectNode initial) {
    this.document = document;
    this.noun = noun;
    this.field = noun.toLowerCase(java.util.Locale.ROOT);
    this.initial = initial;
    this.objects = new Store(kind);
  }

  static SqlObjects queries() {
    return new SqlObjects("2.0/sql-queries.yaml", "Query", "Query", Reply.object());
  }

  /** A new alert is UNKNOWN until its query is first evaluated. */
  static SqlObjects alerts() {
    return new SqlObjects("2.0/sql-alerts.yaml", "Alert", "Alert", Reply.object().put("state", "UNKNOWN"));
  }

  @Override
  public String document() {
    return document;
  }

  @Override
  public void register(Routes routes) {
    String plural = noun.equals("Query") ? "Queries" : noun + "s";
    routes.on("create" + noun, this::create)
        .on("get" + noun, r -> objects.answer(r.path("id")))
        .on("list" + plural, this::list)
        .on("update" + noun, this::update)
        .on("delete" + noun, this::delete);
  }

  @Override
  public void reset() {
    objects.clear();
  }

  private Reply create(FakeRequest r) {
    JsonNode fields = r.body.path(field);
    if (!fields.isObject() || !fields.hasNonNull("display_name")) {
      return Reply.invalid("The " + field + " to create needs a display_name.");
    }
    String id = UUID.randomUUID().toString();
    String now = Instant.now().toString();
    ObjectNode o = initial.deepCopy();
    Store.merge(o, fields, SERVER_FIELDS);
    o.put("id", id).put("create_time", now).put("update_time", now).put("lifecycle_state", "ACTIVE")
        .put("owner_user_name", "mock.user@example.com");
    return Reply.ok(objects.put(id, o).deepCopy());
  }

  /** The objects not in the trash, as the list shows them: without their folder. */
  private Reply list(FakeRequest r) {
    java.util.List<ObjectNode> listed = new java.util.ArrayList<>();
    objects.where(o -> !trashed(o)).forEach(o -> listed.add((ObjectNode) o.deepCopy().without("parent_path")));
    return Store.page(r, listed, "results", "page_size", PAGE_SIZE);
  }

  private Reply update(FakeRequest r) {
    ObjectNode o = objects.find(r.path("id"));
    if (o == null) {
      return objects.missing(r.path("id"));
    }
    String mask = r.text("update_mask");
    if (mask == null || mask.isBlank()) {
      return Reply.invalid("update_mask names no field of the " + field + ".");
    }
    JsonNode fields = r.body.path(field);
    ObjectNode changes = Reply.object();
    for (String name : mask.split(",")) {
      String n = name.trim();
      if (n.equals("*")) {
        changes.setAll((ObjectNode) fields.deepCopy());
      } else {
        changes.set(n, fields.has(n) ? fields.get(n).deepCopy() : changes.nullNode());
      }
    }
    Store.merge(o, changes, SERVER_FIELDS);
    o.put("update_time", Instant.now().toString());
    return Reply.ok(o.deepCopy());
  }

  private Reply delete(FakeRequest r) {
    ObjectNode o = objects.find(r.path("id"));
    if (o == null || trashed(o)) {
      return objects.missing(r.path("id"));
    }
    o.put("lifecycle_state", "TRASHED");
    return Reply.empty();
  }

  private static boolean trashed(ObjectNode o) {
    return "TRASHED".equals(o.path("lifecycle_state").asText());
  }
}
