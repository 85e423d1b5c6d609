package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Personal access tokens 2.0: create (the value is answered once, never again), list, update of the comment,
 * revoke. A token without a lifetime never expires ({@code expiry_time} -1), as the server answers.
 */
final class Tokens implements Fake {

  private final AtomicLong ids;
  private final Store tokens = new Store("Token");

  Tokens(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/token.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createToken", this::create)
        .on("listTokens", r -> Store.page(r, tokens.all(), "token_infos", null, Integer.MAX_VALUE))
        .on("updateToken", r -> tokens.update(r.path("token_id"), r.body, Set.of("token_id")))
        .on("revokeToken", r -> tokens.delete(r.text("token_id")));
  }

  @Override
  public void reset() {
    tokens.clear();
  }

  private Reply create(FakeRequest r) {
    long lifetime = r.body.path("lifetime_seconds").asLong(0);
    if (lifetime < 0) {
      return Reply.invalid("lifetime_seconds must be positive, not " + lifetime + ".");
    }
    long now = System.currentTimeMillis();
    String id = String.format("%064x", ids.incrementAndGet());
    ObjectNode info = Reply.object().put("token_id", id).put("creation_time", now)
        .put("expiry_time", lifetime == 0 ? -1 : now + lifetime * 1000);
    if (r.text("comment") != null) {
      info.put("comment", r.text("comment"));
    }
    tokens.put(id, info);
    ObjectNode out = Reply.object().put("token_value", String.format("dapi%032x", ids.incrementAndGet()));
    out.set("token_info", info.deepCopy());
    return Reply.ok(out);
  }
}
