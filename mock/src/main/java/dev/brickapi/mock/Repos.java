package dev.brickapi.mock;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Repos 2.0: create (checked out on {@code main}, under {@code /Repos/<user>/<name>} unless a path is given),
 * get, list (by {@code path_prefix}, {@link #PAGE_SIZE} per page, paged by {@code next_page_token}), update (a
 * branch or a tag checked out: a tag leaves no branch; the head commit follows), delete. Two repos never share a
 * path.
 */
final class Repos implements Fake {

  /** repos: at most 20 repos per page. */
  static final int PAGE_SIZE = 20;

  private final AtomicLong ids;
  private final Store repos = new Store("Repo");

  Repos(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/repos.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createRepo", this::create)
        .on("getRepo", r -> repos.answer(r.path("repo_id")))
        .on("listRepos", this::list)
        .on("updateRepo", this::update)
        .on("deleteRepo", r -> repos.delete(r.path("repo_id")));
  }

  @Override
  public void reset() {
    repos.clear();
  }

  private Reply create(FakeRequest r) {
    String url = r.text("url");
    if (url == null || r.text("provider") == null) {
      return Reply.invalid("url and provider are required.");
    }
    String name = url.replaceAll("/+$", "").replaceAll("\\.git$", "");
    String path = r.text("path") != null ? r.text("path")
        : "/Repos/" + Scim.DEFAULT_USER + "/" + name.substring(name.lastIndexOf('/') + 1);
    if (repos.all().stream().anyMatch(repo -> repo.path("path").asText().equals(path))) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Path " + path + " already exists.");
    }
    long id = ids.incrementAndGet();
    ObjectNode repo = Reply.object().put("id", id).put("path", path).put("url", url)
        .put("provider", r.text("provider"));
    if (r.body.has("sparse_checkout")) {
      repo.set("sparse_checkout", r.body.get("sparse_checkout").deepCopy());
    }
    checkout(repo, "main", null);
    repos.put(String.valueOf(id), repo);
    return Reply.ok(repo.deepCopy());
  }

  private Reply update(FakeRequest r) {
    ObjectNode repo = repos.find(r.path("repo_id"));
    if (repo == null) {
      return repos.missing(r.path("repo_id"));
    }
    if (r.text("branch") != null && r.text("tag") != null) {
      return Reply.invalid("Give a branch or a tag to check out, not both.");
    }
    if (r.text("branch") != null || r.text("tag") != null) {
      checkout(repo, r.text("branch"), r.text("tag"));
    }
    if (r.body.has("sparse_checkout")) {
      repo.set("sparse_checkout", r.body.get("sparse_checkout").deepCopy());
    }
    return Reply.empty();
  }

  private static void checkout(ObjectNode repo, String branch, String tag) {
    String ref = branch != null ? branch : tag;
    if (branch != null) {
      repo.put("branch", branch);
    } else {
      repo.remove("branch");
    }
    repo.put("head_commit_id", String.format("%040x", (repo.get("url").asText() + "@" + ref).hashCode() & 0xffffffffL));
  }

  private Reply list(FakeRequest r) {
    String prefix = r.param("path_prefix");
    List<ObjectNode> selected = repos.where(repo -> prefix == null || repo.path("path").asText().startsWith(prefix));
    Pages<ObjectNode> page = Pages.of(selected, Pages.offset(r.param("next_page_token")), PAGE_SIZE);
    ObjectNode out = Reply.object();
    ArrayNode list = out.putArray("repos");
    page.items().forEach(repo -> list.add(repo.deepCopy()));
    if (page.more()) {
      out.put("next_page_token", page.token());
    }
    return Reply.ok(out);
  }
}
