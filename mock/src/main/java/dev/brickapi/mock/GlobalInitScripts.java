package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Global init scripts 2.0: create, get (with the script, base64), list (without it), update, delete. A script
 * without a position runs last; the server's position of each is answered.
 */
final class GlobalInitScripts implements Fake {

  private static final Set<String> SERVER_FIELDS = Set.of("script_id", "created_at", "created_by", "updated_at",
      "updated_by");

  private final AtomicLong ids;
  private final Store scripts = new Store("Global init script");

  GlobalInitScripts(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/global-init-scripts.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createScript", this::create)
        .on("getScript", r -> scripts.answer(r.path("script_id")))
        .on("listScripts", this::list)
        .on("updateScript", this::update)
        .on("deleteScript", r -> scripts.delete(r.path("script_id")));
  }

  @Override
  public void reset() {
    scripts.clear();
  }

  private Reply create(FakeRequest r) {
    Reply refused = refused(r);
    if (refused != null) {
      return refused;
    }
    String id = String.format("%016X", ids.incrementAndGet());
    long now = System.currentTimeMillis();
    ObjectNode script = Reply.object().put("script_id", id).put("enabled", false);
    Store.merge(script, r.body, SERVER_FIELDS);
    script.put("position", r.body.path("position").asInt(scripts.all().size()))
        .put("created_at", now).put("created_by", Scim.DEFAULT_USER)
        .put("updated_at", now).put("updated_by", Scim.DEFAULT_USER);
    scripts.put(id, script);
    return Reply.ok(Reply.object().put("script_id", id));
  }

  private Reply update(FakeRequest r) {
    if (!scripts.contains(r.path("script_id"))) {
      return scripts.missing(r.path("script_id"));
    }
    Reply refused = refused(r);
    if (refused != null) {
      return refused;
    }
    scripts.find(r.path("script_id")).put("updated_at", System.currentTimeMillis());
    return scripts.update(r.path("script_id"), r.body, SERVER_FIELDS);
  }

  private static Reply refused(FakeRequest r) {
    if (r.text("name") == null || r.text("script") == null) {
      return Reply.invalid("name and script are required.");
    }
    try {
      java.util.Base64.getDecoder().decode(r.text("script"));
      return null;
    } catch (IllegalArgumentException e) {
      return Reply.invalid("script must be base64-encoded.");
    }
  }

  private Reply list(FakeRequest r) {
    ObjectNode out = Reply.object();
    ArrayNode list = out.putArray("scripts");
    scripts.all().forEach(s -> list.add(s.deepCopy().without("script")));
    return Reply.ok(out);
  }
}
