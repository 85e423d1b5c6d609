package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Libraries 2.0, per cluster: install, uninstall, the cluster's statuses and those of every cluster with
 * libraries. An installed library is PENDING, then INSTALLING, then INSTALLED, each for
 * {@link WorkspaceFake#POLLS_PER_STATE} polls of its cluster's status; an uninstalled one is
 * UNINSTALL_ON_RESTART, as the server keeps it until the cluster restarts. A library is the same library when its
 * JSON is equal.
 */
final class Libraries implements Fake {

  private static final List<String> INSTALL_STATES = List.of("PENDING", "INSTALLING", "INSTALLED");

  /** Per cluster id, the library statuses in the order installed; {@code _polls} counts the polls. */
  private final Map<String, List<ObjectNode>> clusters = new LinkedHashMap<>();

  @Override
  public String document() {
    return "2.0/libraries.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("installLibraries", this::install)
        .on("uninstallLibraries", this::uninstall)
        .on("getClusterLibraryStatus", this::clusterStatus)
        .on("listAllClusterLibraryStatuses", this::allStatuses);
  }

  @Override
  public void reset() {
    clusters.clear();
  }

  private Reply install(FakeRequest r) {
    String cluster = r.text("cluster_id");
    if (cluster == null || !r.body.path("libraries").isArray() || r.body.path("libraries").isEmpty()) {
      return Reply.invalid("cluster_id and at least one library are required.");
    }
    List<ObjectNode> statuses = clusters.computeIfAbsent(cluster, c -> new ArrayList<>());
    for (JsonNode library : r.body.path("libraries")) {
      statuses.removeIf(s -> s.get("library").equals(library));
      ObjectNode status = Reply.object();
      status.set("library", library.deepCopy());
      status.put("status", INSTALL_STATES.get(0)).put("is_library_for_all_clusters", false).put("_polls", 0);
      statuses.add(status);
    }
    return Reply.empty();
  }

  private Reply uninstall(FakeRequest r) {
    List<ObjectNode> statuses = clusters.getOrDefault(r.text("cluster_id"), List.of());
    for (JsonNode library : r.body.path("libraries")) {
      statuses.stream().filter(s -> s.get("library").equals(library))
          .forEach(s -> s.put("status", "UNINSTALL_ON_RESTART").remove("_polls"));
    }
    return Reply.empty();
  }

  private Reply clusterStatus(FakeRequest r) {
    String cluster = r.param("cluster_id");
    if (cluster == null) {
      return Reply.invalid("cluster_id is required.");
    }
    List<ObjectNode> statuses = clusters.getOrDefault(cluster, List.of());
    statuses.forEach(Libraries::advance);
    return Reply.ok(statuses(cluster, statuses));
  }

  private Reply allStatuses(FakeRequest r) {
    ObjectNode out = Reply.object();
    ArrayNode list = out.putArray("statuses");
    clusters.forEach((cluster, statuses) -> list.add(statuses(cluster, statuses)));
    return Reply.ok(out);
  }

  private static void advance(ObjectNode status) {
    if (!status.has("_polls")) {
      return;
    }
    int polls = status.get("_polls").asInt() + 1;
    int at = INSTALL_STATES.indexOf(status.get("status").asText());
    if (polls > WorkspaceFake.POLLS_PER_STATE && at < INSTALL_STATES.size() - 1) {
      status.put("status", INSTALL_STATES.get(at + 1));
      polls = 0;
    }
    status.put("_polls", polls);
  }

  private static ObjectNode statuses(String cluster, List<ObjectNode> statuses) {
    ObjectNode out = Reply.object().put("cluster_id", cluster);
    ArrayNode list = out.putArray("library_statuses");
    statuses.forEach(s -> {
      ObjectNode visible = s.deepCopy();
      visible.remove("_polls");
      list.add(visible);
    });
    return out;
  }
}
