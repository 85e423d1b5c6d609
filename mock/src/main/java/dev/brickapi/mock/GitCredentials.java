package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Git credentials 2.0: create, get, list, update, delete. The personal access token is kept by the server and
 * never answered, so the fake does not keep it at all.
 */
final class GitCredentials implements Fake {

  /** Fields never stored: the id is the server's, the token is never answered. */
  private static final Set<String> NOT_STORED = Set.of("credential_id", "personal_access_token", "principal_id");

  private final AtomicLong ids;
  private final Store credentials = new Store("Credential");

  GitCredentials(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/git-credentials.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createCredential", this::create)
        .on("getCredential", r -> credentials.answer(r.path("credential_id")))
        .on("listCredentials", r -> Store.page(r, credentials.all(), "credentials", null, Integer.MAX_VALUE))
        .on("updateCredential", this::update)
        .on("deleteCredential", r -> credentials.delete(r.path("credential_id")));
  }

  @Override
  public void reset() {
    credentials.clear();
  }

  private Reply create(FakeRequest r) {
    if (r.text("git_provider") == null) {
      return Reply.invalid("git_provider is required.");
    }
    long id = ids.incrementAndGet();
    ObjectNode credential = Reply.object().put("credential_id", id);
    Store.merge(credential, r.body, NOT_STORED);
    credentials.put(String.valueOf(id), credential);
    return Reply.ok(credential.deepCopy());
  }

  private Reply update(FakeRequest r) {
    if (r.text("git_provider") == null) {
      return Reply.invalid("git_provider is required.");
    }
    return credentials.update(r.path("credential_id"), r.body, NOT_STORED);
  }
}
