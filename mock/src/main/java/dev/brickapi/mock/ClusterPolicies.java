package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cluster policies 2.0: create, get, list, edit (the policy is replaced by the request), delete. Names are unique,
 * as the server keeps them.
 */
final class ClusterPolicies implements Fake {

  private static final Set<String> SERVER_FIELDS = Set.of("policy_id", "creator_user_name", "created_at_timestamp");

  private final AtomicLong ids;
  private final Store policies = new Store("Cluster policy");

  ClusterPolicies(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/cluster-policies.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createPolicy", this::create)
        .on("getPolicy", r -> policies.answer(r.param("policy_id")))
        .on("listPolicies", r -> Store.page(r, policies.all(), "policies", null, Integer.MAX_VALUE))
        .on("editPolicy", this::edit)
        .on("deletePolicy", r -> policies.delete(r.text("policy_id")));
  }

  @Override
  public void reset() {
    policies.clear();
  }

  private Reply create(FakeRequest r) {
    Reply refused = refused(r, null);
    if (refused != null) {
      return refused;
    }
    String id = String.format("%016X", ids.incrementAndGet());
    ObjectNode policy = Reply.object().put("policy_id", id);
    Store.merge(policy, r.body, SERVER_FIELDS);
    policy.put("creator_user_name", Scim.DEFAULT_USER).put("created_at_timestamp", System.currentTimeMillis())
        .put("is_default", false);
    policies.put(id, policy);
    return Reply.ok(Reply.object().put("policy_id", id));
  }

  private Reply edit(FakeRequest r) {
    String id = r.text("policy_id");
    ObjectNode old = policies.find(id);
    if (old == null) {
      return policies.missing(id);
    }
    Reply refused = refused(r, id);
    if (refused != null) {
      return refused;
    }
    ObjectNode policy = Reply.object().put("policy_id", id);
    Store.merge(policy, r.body, SERVER_FIELDS);
    for (String kept : SERVER_FIELDS) {
      policy.set(kept, old.get(kept));
    }
    policy.put("is_default", false);
    policies.put(id, policy);
    return Reply.empty();
  }

  /** A create or edit without a name, or with the name of another policy: 400. */
  private Reply refused(FakeRequest r, String self) {
    String name = r.text("name");
    if (name == null || name.isBlank()) {
      return Reply.invalid("Cluster policy name is required.");
    }
    boolean taken = policies.all().stream()
        .anyMatch(p -> p.path("name").asText().equals(name) && !p.path("policy_id").asText().equals(self));
    return taken ? Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Policy named " + name + " already exists.") : null;
  }
}
