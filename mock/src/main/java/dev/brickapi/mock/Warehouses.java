package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SQL warehouses: create (STARTING, then RUNNING), get, list, edit, stop (STOPPING, then STOPPED), start and
 * delete (DELETING, then DELETED; the list omits it at once). States advance on each {@code get}.
 */
final class Warehouses implements Fake {

  /** warehouses/list: at most this many warehouses per page when the request names no size. */
  static final int PAGE_SIZE = 100;
  private static final Set<String> SERVER_FIELDS = Set.of("id", "state", "creator_name", "jdbc_url",
      "num_clusters", "num_active_sessions");

  private final AtomicLong ids;
  private final Store warehouses = new Store("SQL warehouse");
  private final Transitions transitions = new Transitions();

  Warehouses(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/sql-warehouses.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createWarehouse", this::create)
        .on("getWarehouse", this::get)
        .on("listWarehouses", r -> Store.page(r, warehouses.where(w -> !gone(w)), "warehouses", "page_size",
            PAGE_SIZE))
        .on("editWarehouse", this::edit)
        .on("stopWarehouse", r -> change(r, "STOPPING", "STOPPED"))
        .on("startWarehouse", r -> change(r, "STARTING", "RUNNING"))
        .on("deleteWarehouse", r -> change(r, "DELETING", "DELETED"));
  }

  @Override
  public void reset() {
    warehouses.clear();
    transitions.clear();
  }

  private Reply create(FakeRequest r) {
    String name = r.text("name");
    if (name == null || name.isBlank()) {
      return Reply.invalid("A SQL warehouse needs a name.");
    }
    String id = String.format("%016x", ids.incrementAndGet());
    ObjectNode w = r.body.deepCopy();
    w.put("id", id).put("state", "STARTING").put("creator_name", "mock.user@example.com")
        .put("jdbc_url", "jdbc:databricks://127.0.0.1:443/default;httpPath=/sql/1.0/warehouses/" + id)
        .put("num_clusters", 0).put("num_active_sessions", 0);
    warehouses.put(id, w);
    transitions.after(id, running());
    return Reply.ok(Reply.object().put("id", id));
  }

  private Reply get(FakeRequest r) {
    String id = r.path("id");
    ObjectNode w = warehouses.find(id);
    if (w != null) {
      transitions.poll(id, w);
    }
    return warehouses.answer(id);
  }

  private Reply edit(FakeRequest r) {
    ObjectNode w = live(r.path("id"));
    if (w == null) {
      return warehouses.missing(r.path("id"));
    }
    Store.merge(w, r.body, SERVER_FIELDS);
    return Reply.empty();
  }

  /** Puts the warehouse in {@code during}, and in {@code after} once it has been polled long enough. */
  private Reply change(FakeRequest r, String during, String after) {
    String id = r.path("id");
    ObjectNode w = live(id);
    if (w == null) {
      return warehouses.missing(id);
    }
    w.put("state", during);
    transitions.after(id, "RUNNING".equals(after) ? running() : o -> o.put("state", after).put("num_clusters", 0));
    return Reply.empty();
  }

  private static java.util.function.Consumer<ObjectNode> running() {
    return w -> w.put("state", "RUNNING").put("num_clusters", Math.max(1, w.path("min_num_clusters").asInt(1)));
  }

  /** The warehouse unless it is missing or deleted. */
  private ObjectNode live(String id) {
    ObjectNode w = warehouses.find(id);
    return w == null || gone(w) ? null : w;
  }

  private static boolean gone(ObjectNode w) {
    String state = w.path("state").asText();
    return state.equals("DELETING") || state.equals("DELETED");
  }
}
