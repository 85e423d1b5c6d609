package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The legacy Databricks SQL queries or alerts ({@code /api/2.0/preview/sql/queries|alerts}): create, get, list,
 * update and delete. A deleted query goes to the trash (get answers it {@code is_archived}, the list omits it,
 * restore brings it back); a deleted alert is gone. They keep their own state, apart from the current API's.
 */
final class LegacySqlObjects implements Fake {

  /** preview/sql/queries: at most this many queries per page when the request names no {@code page_size}. */
  static final int PAGE_SIZE = 25;
  private static final Set<String> SERVER_FIELDS = Set.of("id", "created_at", "updated_at", "is_archived", "user",
      "state", "query_id");

  private final boolean queries;
  private final Store objects;

  private LegacySqlObjects(boolean queries) {
    this.queries = queries;
    this.objects = new Store(queries ? "Query" : "Alert");
  }

  static LegacySqlObjects queries() {
    return new LegacySqlObjects(true);
  }

  static LegacySqlObjects alerts() {
    return new LegacySqlObjects(false);
  }

  @Override
  public String document() {
    return queries ? "2.0/sql-queries.yaml" : "2.0/sql-alerts.yaml";
  }

  @Override
  public void register(Routes routes) {
    if (queries) {
      routes.on("createLegacyQuery", this::create)
          .on("getLegacyQuery", r -> objects.answer(r.path("query_id")))
          .on("listLegacyQueries", this::listQueries)
          .on("updateLegacyQuery", r -> edit(r.path("query_id"), r, true))
          .on("deleteLegacyQuery", r -> archive(r.path("query_id"), true))
          .on("restoreLegacyQuery", r -> archive(r.path("query_id"), false));
    } else {
      routes.on("createLegacyAlert", this::create)
          .on("getLegacyAlert", r -> objects.answer(r.path("alert_id")))
          .on("listLegacyAlerts", r -> {
            ArrayNode all = Reply.object().arrayNode();
            objects.all().forEach(a -> all.add(a.deepCopy()));
            return Reply.ok(all);
          })
          .on("updateLegacyAlert", r -> edit(r.path("alert_id"), r, false))
          .on("deleteLegacyAlert", r -> objects.delete(r.path("alert_id")));
    }
  }

  @Override
  public void reset() {
    objects.clear();
  }

  private Reply create(FakeRequest r) {
    if (r.text("name") == null) {
      return Reply.invalid("The " + (queries ? "query" : "alert") + " needs a name.");
    }
    String id = UUID.randomUUID().toString();
    String now = Instant.now().toString();
    ObjectNode o = Reply.object();
    Store.merge(o, r.body, SERVER_FIELDS);
    o.put("id", id).put("created_at", now).put("updated_at", now);
    if (queries) {
      o.put("is_archived", false);
    } else {
      o.put("state", "unknown").putObject("query").put("id", r.text("query_id"));
    }
    o.putObject("user").put("email", "mock.user@example.com");
    return Reply.ok(objects.put(id, o).deepCopy());
  }

  /** Applies the request's fields; a query answers itself, an alert nothing. */
  private Reply edit(String id, FakeRequest r, boolean answer) {
    ObjectNode o = objects.find(id);
    if (o == null) {
      return objects.missing(id);
    }
    Store.merge(o, r.body, SERVER_FIELDS);
    if (!queries && r.text("query_id") != null) {
      o.putObject("query").put("id", r.text("query_id"));
    }
    o.put("updated_at", Instant.now().toString());
    return answer ? Reply.ok(o.deepCopy()) : Reply.empty();
  }

  private Reply archive(String id, boolean archived) {
    ObjectNode o = objects.find(id);
    if (o == null) {
      return objects.missing(id);
    }
    o.put("is_archived", archived);
    return Reply.empty();
  }

  /** The queries not in the trash, a page at a time by {@code page} (from 1) and {@code page_size}. */
  private Reply listQueries(FakeRequest r) {
    java.util.List<ObjectNode> live = objects.where(q -> !q.path("is_archived").asBoolean());
    int size = Math.max(1, r.intParam("page_size", PAGE_SIZE));
    int page = Math.max(1, r.intParam("page", 1));
    Pages<ObjectNode> items = Pages.of(live, (int) Math.min((long) (page - 1) * size, live.size()), size);
    ObjectNode out = Reply.object().put("count", live.size()).put("page", page).put("page_size", size);
    ArrayNode results = out.putArray("results");
    items.items().forEach(q -> results.add(q.deepCopy()));
    return Reply.ok(out);
  }
}
