package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * IP access lists 2.0: create, get, list, replace (every field), update (the fields named), delete. A list is
 * enabled unless the request says otherwise; its {@code address_count} follows its addresses.
 */
final class IpAccessLists implements Fake {

  private static final Set<String> SERVER_FIELDS = Set.of("list_id", "address_count", "created_at", "created_by",
      "updated_at", "updated_by");
  private static final long USER_ID = 1;

  private final AtomicLong ids;
  private final Store lists = new Store("IP access list");

  IpAccessLists(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/ip-access-lists.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createIpAccessList", this::create)
        .on("getIpAccessList", this::get)
        .on("listIpAccessLists", r -> Store.page(r, lists.all(), "ip_access_lists", null, Integer.MAX_VALUE))
        .on("replaceIpAccessList", r -> change(r, true))
        .on("updateIpAccessList", r -> change(r, false))
        .on("deleteIpAccessList", r -> lists.delete(r.path("ip_access_list_id")));
  }

  @Override
  public void reset() {
    lists.clear();
  }

  private Reply create(FakeRequest r) {
    if (r.text("label") == null || r.text("list_type") == null) {
      return Reply.invalid("label and list_type are required.");
    }
    if (lists.all().stream().anyMatch(l -> l.path("label").asText().equals(r.text("label")))) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "IP access list with label " + r.text("label")
          + " already exists.");
    }
    String id = java.util.UUID.nameUUIDFromBytes(String.valueOf(ids.incrementAndGet()).getBytes(
        java.nio.charset.StandardCharsets.UTF_8)).toString();
    long now = System.currentTimeMillis();
    ObjectNode list = Reply.object().put("list_id", id).put("enabled", true);
    list.putArray("ip_addresses");
    Store.merge(list, r.body, SERVER_FIELDS);
    list.put("created_at", now).put("created_by", USER_ID).put("updated_at", now).put("updated_by", USER_ID);
    counted(list);
    lists.put(id, list);
    return Reply.ok(wrapped(list));
  }

  private Reply get(FakeRequest r) {
    ObjectNode list = lists.find(r.path("ip_access_list_id"));
    return list == null ? lists.missing(r.path("ip_access_list_id")) : Reply.ok(wrapped(list));
  }

  private Reply change(FakeRequest r, boolean replace) {
    String id = r.path("ip_access_list_id");
    ObjectNode list = lists.find(id);
    if (list == null) {
      return lists.missing(id);
    }
    if (replace && (r.text("label") == null || r.text("list_type") == null || !r.body.has("enabled"))) {
      return Reply.invalid("label, list_type and enabled are required to replace an IP access list.");
    }
    if (replace) {
      list.remove("ip_addresses");
      list.putArray("ip_addresses");
    }
    Store.merge(list, r.body, SERVER_FIELDS);
    list.put("updated_at", System.currentTimeMillis());
    counted(list);
    return Reply.empty();
  }

  private static void counted(ObjectNode list) {
    list.put("address_count", list.path("ip_addresses").size());
  }

  private static ObjectNode wrapped(ObjectNode list) {
    ObjectNode out = Reply.object();
    out.set("ip_access_list", list.deepCopy());
    return out;
  }
}
