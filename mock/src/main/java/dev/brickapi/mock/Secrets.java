package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Secrets 2.0: scopes (create, list, delete) and the secrets put into them (put, get, list, delete). {@code get}
 * answers the value base64-encoded, as the API does (a {@code string_value} as its UTF-8 bytes, a
 * {@code bytes_value} as given); lists name the keys only.
 */
final class Secrets implements Fake {

  private final Map<String, Map<String, Secret>> scopes = new LinkedHashMap<>();

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
        .on("getSecret", this::get)
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
    Map<String, Secret> scope = scopes.get(r.text("scope"));
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
    Map<String, Secret> scope = scopes.get(r.text("scope"));
    if (scope == null) {
      return noSuchScope(r.text("scope"));
    }
    String text = r.text("string_value");
    String bytes = r.text("bytes_value");
    if ((text == null) == (bytes == null)) {
      return Reply.invalid("Exactly one of string_value and bytes_value must be given.");
    }
    String value = bytes != null ? bytes
        : Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    scope.put(r.text("key"), new Secret(value, System.currentTimeMillis()));
    return Reply.empty();
  }

  private Reply get(FakeRequest r) {
    Map<String, Secret> scope = scopes.get(r.param("scope"));
    if (scope == null) {
      return noSuchScope(r.param("scope"));
    }
    Secret secret = scope.get(r.param("key"));
    if (secret == null) {
      return Reply.notFound("Secret " + r.param("key") + " does not exist in scope " + r.param("scope") + ".");
    }
    return Reply.ok(object().put("key", r.param("key")).put("value", secret.value));
  }

  private Reply list(FakeRequest r) {
    Map<String, Secret> scope = scopes.get(r.param("scope"));
    if (scope == null) {
      return noSuchScope(r.param("scope"));
    }
    ObjectNode out = object();
    ArrayNode list = out.putArray("secrets");
    scope.forEach((k, s) -> list.addObject().put("key", k).put("last_updated_timestamp", s.updated));
    return Reply.ok(out);
  }

  /** A secret's value, base64-encoded, and when it was put; never printed. */
  private static final class Secret {
    final String value;
    final long updated;

    Secret(String value, long updated) {
      this.value = value;
      this.updated = updated;
    }

    @Override
    public String toString() {
      return "Secret[value=<redacted>, updated=" + updated + "]";
    }
  }
}
