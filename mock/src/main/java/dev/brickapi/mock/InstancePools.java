package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Instance pools 2.0: create, get, list, edit (the name, node type, capacity and idle settings the request
 * names), delete. A pool is ACTIVE from its creation, as on the server; it holds no instances.
 */
final class InstancePools implements Fake {

  private static final Set<String> SERVER_FIELDS = Set.of("instance_pool_id", "state", "stats", "default_tags");

  private final AtomicLong ids;
  private final Store pools = new Store("Instance pool");

  InstancePools(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/instance-pools.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createInstancePool", this::create)
        .on("getInstancePool", r -> pools.answer(r.param("instance_pool_id")))
        .on("listInstancePools", r -> Store.page(r, pools.all(), "instance_pools", null, Integer.MAX_VALUE))
        .on("editInstancePool", this::edit)
        .on("deleteInstancePool", r -> pools.delete(r.text("instance_pool_id")));
  }

  @Override
  public void reset() {
    pools.clear();
  }

  private Reply create(FakeRequest r) {
    if (r.text("instance_pool_name") == null || r.text("node_type_id") == null) {
      return Reply.invalid("instance_pool_name and node_type_id are required.");
    }
    String id = String.format("1202-%06d-pool", ids.incrementAndGet());
    ObjectNode pool = Reply.object().put("instance_pool_id", id);
    Store.merge(pool, r.body, SERVER_FIELDS);
    pool.put("state", "ACTIVE");
    pool.putObject("default_tags").put("Vendor", "Databricks").put("DatabricksInstancePoolId", id)
        .put("DatabricksInstancePoolCreatorId", Scim.DEFAULT_USER);
    pool.putObject("stats").put("used_count", 0).put("idle_count", 0).put("pending_used_count", 0)
        .put("pending_idle_count", 0);
    pools.put(id, pool);
    return Reply.ok(Reply.object().put("instance_pool_id", id));
  }

  private Reply edit(FakeRequest r) {
    if (r.text("instance_pool_name") == null || r.text("node_type_id") == null) {
      return Reply.invalid("instance_pool_name and node_type_id are required.");
    }
    return pools.update(r.text("instance_pool_id"), r.body, SERVER_FIELDS);
  }
}
