package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Secrets 2.0: scopes (create, list, delete) and the keys put into them (put, list, delete); values are never
 * answered, as the API does.
 */
final class Secrets implements Fake {

  private final Map<String, Map<String, Long>> scopes = new LinkedHashMap<>();

  @Override
  public String document() {
    return "2.0/secrets.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createScope", this::createScope)
        .on("listScopes", this::listScopes)
        .on("deleteScope", this::deleteScope)
        .on("putSecret", this::put)
        .on("listSecrets", this::list)
        .on("deleteSecret", this::delete);
  }

  @Override
  public void reset() {
    scopes.clear();
  }

  private Reply createScope(FakeRequest r) {
    String scope = r.text("scope");
    if (scopes.containsKey(scope)) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Scope " + scope + " already exists!");
    }
    scopes.put(scope, new TreeMap<>());
    return Reply.empty();
  }

  private Reply listScopes(FakeRequest r) {
    ObjectNode out = object();
    ArrayNode list = out.putArray("scopes");
    scopes.keySet().forEach(name -> list.addObject().put("name", name).put("backend_type", "DATABRICKS"));
    return Reply.ok(out);
  }

  private Reply deleteScope(FakeRequest r) {
    return scopes.remove(r.text("scope")) == null ? noSuchScope(r.text("scope")) : Reply.empty();
  }

  private Reply delete(FakeRequest r) {
    Map<String, Long> scope = scopes.get(r.text("scope"));
    if (scope == null) {
      return noSuchScope(r.text("scope"));
    }
    if (scope.remove(r.text("key")) == null) {
      return Reply.notFound("Secret " + r.text("key") + " does not exist in scope " + r.text("scope") + ".");
    }
    return Reply.empty();
  }

  private static Reply noSuchScope(String scope) {
    return Reply.notFound("Scope " + scope + " does not exist!");
  }

  private Reply put(FakeRequest r) {
    Map<String, Long> scope = scopes.get(r.text("scope"));
    if (scope == null) {
      return noSuchScope(r.text("scope"));
    }
    scope.put(r.text("key"), System.currentTimeMillis());
    return Reply.empty();
  }

  private Reply list(FakeRequest r) {
    Map<String, Long> scope = scopes.get(r.param("scope"));
    if (scope == null) {
      return noSuchScope(r.param("scope"));
    }
    ObjectNode out = object();
    ArrayNode list = out.putArray("secrets");
    scope.forEach((k, t) -> list.addObject().put("key", k).put("last_updated_timestamp", t));
    return Reply.ok(out);
  }
}
