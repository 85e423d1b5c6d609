package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clusters 2.1: create, get, list, edit, resize, start, restart, delete, the events of each cluster, and the
 * runtime and node type catalogue. A cluster spends {@link WorkspaceFake#POLLS_PER_STATE} polls of {@code get}
 * in a transitional state (PENDING, RESIZING, RESTARTING, TERMINATING) before its next one. Each change is an
 * event of its cluster.
 */
final class Clusters implements Fake {

  private final AtomicLong ids;
  private final ClusterCatalog catalog = new ClusterCatalog();
  private final Map<String, ObjectNode> clusters = new LinkedHashMap<>();
  private final Map<String, int[]> polls = new LinkedHashMap<>();
  private final Map<String, List<ObjectNode>> events = new LinkedHashMap<>();
  private long clock = 1700000000000L;

  Clusters(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.1/clusters.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createCluster", this::create)
        .on("getCluster", this::get)
        .on("listClusters", this::list)
        .on("editCluster", this::edit)
        .on("listClusterEvents", this::events)
        .on("resizeCluster", r -> change(r, "RESIZING", "RUNNING", "RESIZING"))
        .on("deleteCluster", r -> change(r, "TERMINATING", "TERMINATED", "TERMINATING"))
        .on("startCluster", this::start)
        .on("restartCluster", r -> change(r, "RESTARTING", "RUNNING", "RESTARTING"))
        .on("listSparkVersions", r -> Reply.ok(catalog.sparkVersions()))
        .on("listNodeTypes", r -> Reply.ok(catalog.nodeTypes()));
  }

  @Override
  public void reset() {
    clusters.clear();
    polls.clear();
    events.clear();
  }

  /** Puts a cluster in a state that it keeps until changed, with the server's message. */
  void state(String clusterId, String state, String message) {
    ObjectNode c = clusters.get(clusterId);
    if (c == null) {
      throw new IllegalArgumentException("no cluster " + clusterId);
    }
    c.remove("_next");
    c.put("state", state).put("state_message", message);
  }

  private Reply create(FakeRequest r) {
    String id = String.format("1125-%06d-fake%03d", ids.incrementAndGet(), clusters.size());
    ObjectNode c = object().put("cluster_id", id).put("cluster_name", r.text("cluster_name"))
        .put("spark_version", r.text("spark_version")).put("state", "PENDING")
        .put("state_message", "Finding instances for new nodes");
    if (r.body.has("num_workers")) {
      c.put("num_workers", r.body.get("num_workers").asInt());
    }
    if (r.body.has("node_type_id")) {
      c.put("node_type_id", r.text("node_type_id"));
    }
    clusters.put(id, c);
    polls.put(id, new int[] {0});
    events.put(id, new ArrayList<>());
    c.put("_next", "RUNNING");
    event(id, "CREATING");
    return Reply.ok(object().put("cluster_id", id));
  }

  private Reply get(FakeRequest r) {
    ObjectNode c = clusters.get(r.param("cluster_id"));
    if (c == null) {
      return Reply.notFound("Cluster " + r.param("cluster_id") + " does not exist");
    }
    int[] n = polls.get(c.get("cluster_id").asText());
    if (c.has("_next") && ++n[0] > WorkspaceFake.POLLS_PER_STATE) {
      c.put("state", c.remove("_next").asText());
      if (c.get("state").asText().equals("RUNNING")) {
        event(c.get("cluster_id").asText(), "RUNNING");
      }
      c.put("state_message", "");
      if (c.has("_workers")) {
        c.put("num_workers", c.remove("_workers").asInt());
      }
    }
    return Reply.ok(visible(c));
  }

  private Reply list(FakeRequest r) {
    Pages<ObjectNode> page = Pages.of(new ArrayList<>(clusters.values()), Pages.offset(r.param("page_token")),
        r.intParam("page_size", 100));
    ObjectNode out = object();
    ArrayNode items = out.putArray("clusters");
    page.items().forEach(c -> items.add(visible(c)));
    if (page.more()) {
      out.put("next_page_token", page.token());
    }
    return Reply.ok(out);
  }

  /**
   * Replaces the cluster's specification with the request's (every field but the id); a running cluster
   * restarts to apply it, a terminated one keeps its state.
   */
  private Reply edit(FakeRequest r) {
    ObjectNode c = clusters.get(r.text("cluster_id"));
    if (c == null) {
      return Reply.notFound("Cluster " + r.text("cluster_id") + " does not exist");
    }
    ObjectNode spec = r.body.deepCopy();
    spec.remove(List.of("cluster_id", "apply_policy_default_values"));
    spec.fields().forEachRemaining(f -> c.set(f.getKey(), f.getValue()));
    if (spec.has("autoscale")) {
      c.remove("num_workers");
    } else if (spec.has("num_workers")) {
      c.remove("autoscale");
    }
    event(c.get("cluster_id").asText(), "EDITED");
    String state = c.path("state").asText();
    if (state.equals("RUNNING") || state.equals("RESIZING")) {
      c.put("state", "RESTARTING").put("_next", "RUNNING");
      c.remove("_workers");
      polls.get(c.get("cluster_id").asText())[0] = 0;
      event(c.get("cluster_id").asText(), "RESTARTING");
    }
    return Reply.empty();
  }

  /** The cluster's own events, newest first unless {@code order} is ASC, paged by offset and limit. */
  private Reply events(FakeRequest r) {
    String id = r.text("cluster_id");
    List<ObjectNode> all = events.get(id);
    if (all == null) {
      return Reply.notFound("Cluster " + id + " does not exist");
    }
    List<ObjectNode> selected = new ArrayList<>();
    java.util.Set<String> types = new java.util.HashSet<>();
    r.body.path("event_types").forEach(t -> types.add(t.asText()));
    for (ObjectNode e : all) {
      if (types.isEmpty() || types.contains(e.get("type").asText())) {
        selected.add(e);
      }
    }
    if (!"ASC".equals(r.text("order"))) {
      java.util.Collections.reverse(selected);
    }
    int limit = r.body.path("limit").asInt(r.body.path("page_size").asInt(50));
    Pages<ObjectNode> page = Pages.of(selected, r.body.path("offset").asInt(0), limit);
    ObjectNode out = object();
    ArrayNode items = out.putArray("events");
    page.items().forEach(e -> items.add(e.deepCopy()));
    out.put("total_count", selected.size());
    if (page.more()) {
      ObjectNode next = r.body.deepCopy();
      next.remove(List.of("page_size", "page_token"));
      out.set("next_page", next.put("offset", page.next()).put("limit", limit));
    }
    return Reply.ok(out);
  }

  private void event(String clusterId, String type) {
    clock += 1000;
    events.get(clusterId).add(object().put("cluster_id", clusterId).put("timestamp", clock).put("type", type));
  }

  private Reply change(FakeRequest r, String during, String after, String event) {
    ObjectNode c = clusters.get(r.text("cluster_id"));
    if (c == null) {
      return Reply.notFound("Cluster " + r.text("cluster_id") + " does not exist");
    }
    event(c.get("cluster_id").asText(), event);
    c.put("state", during).put("_next", after);
    if (r.body.has("num_workers")) {
      c.put("_workers", r.body.get("num_workers").asInt());
    }
    polls.get(c.get("cluster_id").asText())[0] = 0;
    return Reply.empty();
  }

  /** Only a terminated cluster starts, as the API says. */
  private Reply start(FakeRequest r) {
    ObjectNode c = clusters.get(r.text("cluster_id"));
    if (c != null && !c.path("state").asText().equals("TERMINATED")) {
      return Reply.error(400, "INVALID_STATE", "Cluster " + r.text("cluster_id") + " is in unexpected state "
          + c.path("state").asText() + ".");
    }
    return change(r, "PENDING", "RUNNING", "STARTING");
  }

  /** The cluster as the API shows it: without the fake's bookkeeping. */
  private static ObjectNode visible(ObjectNode c) {
    ObjectNode out = c.deepCopy();
    out.remove("_next");
    out.remove("_workers");
    return out;
  }
}
