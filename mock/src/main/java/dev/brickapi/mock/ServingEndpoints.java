package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Model serving endpoints, by name: create and config update (the new config is pending, {@code config_update}
 * IN_PROGRESS; after its polls it is the endpoint's config, NOT_UPDATING and {@code ready} READY), get, list and
 * delete. States advance on each {@code get}.
 */
final class ServingEndpoints implements Fake {

  /** The fields of a served entity that the list shows. */
  private static final List<String> SUMMARY_ENTITY = List.of("entity_name", "entity_version", "external_model",
      "foundation_model", "name");

  private final AtomicLong ids;
  private final Store endpoints = new Store("Serving endpoint");
  private final Transitions transitions = new Transitions();

  ServingEndpoints(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/serving-endpoints.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createServingEndpoint", this::create)
        .on("getServingEndpoint", this::get)
        .on("listServingEndpoints", r -> list())
        .on("updateServingEndpointConfig", this::updateConfig)
        .on("deleteServingEndpoint", r -> {
          transitions.cancel(r.path("name"));
          return endpoints.delete(r.path("name"));
        });
  }

  @Override
  public void reset() {
    endpoints.clear();
    transitions.clear();
  }

  private Reply create(FakeRequest r) {
    String name = r.text("name");
    if (name == null || !name.matches("[A-Za-z0-9_-]{1,63}")) {
      return Reply.invalid("The endpoint name " + name + " is not 1 to 63 letters, digits, '-' or '_'.");
    }
    if (endpoints.contains(name)) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Endpoint with name '" + name + "' already exists.");
    }
    long now = System.currentTimeMillis();
    ObjectNode e = r.body.deepCopy();
    e.remove(List.of("config", "rate_limits"));
    e.put("id", String.format("%032x", ids.incrementAndGet())).put("creator", "mock.user@example.com")
        .put("creation_timestamp", now).put("last_updated_timestamp", now);
    e.putObject("state").put("ready", "NOT_READY");
    endpoints.put(name, e);
    pending(e, r.body.path("config"), 1);
    return Reply.ok(e.deepCopy());
  }

  private Reply updateConfig(FakeRequest r) {
    ObjectNode e = endpoints.find(r.path("name"));
    if (e == null) {
      return endpoints.missing(r.path("name"));
    }
    if ("IN_PROGRESS".equals(e.path("state").path("config_update").asText())) {
      return Reply.error(400, "RESOURCE_CONFLICT", "Endpoint " + r.path("name") + " is already updating.");
    }
    pending(e, r.body, e.path("config").path("config_version").asInt(0) + 1);
    return Reply.ok(e.deepCopy());
  }

  /** The config {@code input} becomes pending; after its polls, it is the endpoint's config. */
  private void pending(ObjectNode e, JsonNode input, int version) {
    long now = System.currentTimeMillis();
    ObjectNode config = input.isObject() ? input.deepCopy() : Reply.object();
    ArrayNode entities = config.withArray("served_entities");
    for (JsonNode entity : entities) {
      ObjectNode served = (ObjectNode) entity;
      if (!served.hasNonNull("name")) {
        String model = served.path("entity_name").asText("model");
        served.put("name", model.substring(model.lastIndexOf('.') + 1) + "-" + served.path("entity_version")
            .asText("1"));
      }
      served.put("creator", "mock.user@example.com").put("creation_timestamp", now);
    }
    config.put("config_version", version).put("start_time", now);
    e.set("pending_config", config);
    ((ObjectNode) e.get("state")).put("config_update", "IN_PROGRESS");
    e.put("last_updated_timestamp", now);
    transitions.after(e.get("name").asText(), ready -> {
      ObjectNode done = (ObjectNode) ready.remove("pending_config");
      done.remove("start_time");
      done.withArray("served_entities").forEach(s -> ((ObjectNode) s).putObject("state")
          .put("deployment", "DEPLOYMENT_READY"));
      ready.set("config", done);
      ((ObjectNode) ready.get("state")).put("config_update", "NOT_UPDATING").put("ready", "READY");
    });
  }

  private Reply get(FakeRequest r) {
    ObjectNode e = endpoints.find(r.path("name"));
    if (e != null) {
      transitions.poll(r.path("name"), e);
    }
    return endpoints.answer(r.path("name"));
  }

  /** Every endpoint, as the list shows it: a summary of its config. */
  private Reply list() {
    ObjectNode out = Reply.object();
    ArrayNode items = out.putArray("endpoints");
    for (ObjectNode e : endpoints.all()) {
      ObjectNode summary = e.deepCopy();
      summary.remove(List.of("pending_config", "email_notifications", "rate_limits", "route_optimized"));
      if (summary.has("config")) {
        ObjectNode config = Reply.object();
        ArrayNode entities = config.putArray("served_entities");
        summary.get("config").path("served_entities").forEach(entity -> entities.add(((ObjectNode) entity)
            .deepCopy().retain(SUMMARY_ENTITY)));
        summary.set("config", config);
      }
      items.add(summary);
    }
    return Reply.ok(out);
  }
}
