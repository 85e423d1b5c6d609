package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The MLflow 2.0 workspace model registry: registered models (create, get, list, search by {@code name}, rename,
 * update, tag, delete with their versions) and model versions (create, get, search by {@code name} or
 * {@code run_id}, latest per stage, update, stage transition, delete). A new version is PENDING_REGISTRATION for
 * {@link WorkspaceFake#POLLS_PER_STATE} polls of get, then READY; its stage is {@code None} until transitioned.
 * Lists page by {@code page_token} and end with a page without one.
 */
final class ModelRegistry implements Fake {

  /** Items per page when the caller leaves {@code max_results} out. */
  static final int PAGE_SIZE = 100;
  private static final Set<String> STAGES = Set.of("None", "Staging", "Production", "Archived");

  private final Store models = new Store("Registered model");
  /** The versions of each model, by model name, then version number. */
  private final Map<String, Map<String, ObjectNode>> versions = new LinkedHashMap<>();
  private final Map<ObjectNode, int[]> polls = new java.util.IdentityHashMap<>();

  @Override
  public String document() {
    return "2.0/mlflow-registry.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createRegisteredModel", this::create)
        .on("getRegisteredModel", this::getDatabricks)
        .on("listRegisteredModels", r -> page(r, models.all(), "registered_models"))
        .on("searchRegisteredModels", r -> page(r, models.where(m -> MlflowFilter.matches(r.param("filter"),
            a -> "name".equals(a) ? m.get("name").asText() : null)), "registered_models"))
        .on("renameRegisteredModel", this::rename)
        .on("updateRegisteredModel", r -> model(r.text("name"), m -> described(m, r.body, "registered_model")))
        .on("setRegisteredModelTag", r -> model(r.text("name"), m -> tagged(m, r.body)))
        .on("deleteRegisteredModel", this::delete)
        .on("createModelVersion", this::createVersion)
        .on("getModelVersion", r -> version(r.param("name"), r.param("version"),
            v -> Reply.ok(object().set("model_version", advanced(v).deepCopy()))))
        .on("searchModelVersions", this::searchVersions)
        .on("getLatestVersions", this::latest)
        .on("updateModelVersion", r -> version(r.text("name"), r.text("version"),
            v -> described(v, r.body, "model_version")))
        .on("transitionModelVersionStage", this::transition)
        .on("deleteModelVersion", r -> version(r.param("name"), r.param("version"), v -> {
          versions.get(r.param("name")).remove(r.param("version"));
          return Reply.empty();
        }));
  }

  @Override
  public void reset() {
    models.clear();
    versions.clear();
    polls.clear();
  }

  private static Reply page(FakeRequest r, List<ObjectNode> all, String field) {
    return Store.page(r, all, field, "max_results", PAGE_SIZE);
  }

  private Reply model(String name, java.util.function.Function<ObjectNode, Reply> action) {
    ObjectNode m = models.find(name);
    return m == null ? Reply.notFound("Registered Model with name=" + name + " not found") : action.apply(m);
  }

  private Reply version(String name, String version, java.util.function.Function<ObjectNode, Reply> action) {
    ObjectNode v = versions.getOrDefault(name, Map.of()).get(version);
    return v == null ? Reply.notFound("Model Version (name=" + name + ", version=" + version + ") not found")
        : action.apply(v);
  }

  private static Reply described(ObjectNode item, JsonNode body, String field) {
    if (body.has("description")) {
      item.put("description", body.get("description").asText());
    }
    item.put("last_updated_timestamp", System.currentTimeMillis());
    return Reply.ok(object().set(field, item.deepCopy()));
  }

  private static Reply tagged(ObjectNode item, JsonNode body) {
    ArrayNode tags = (ArrayNode) item.get("tags");
    String key = body.path("key").asText();
    for (int i = 0; i < tags.size(); i++) {
      if (key.equals(tags.get(i).path("key").asText())) {
        tags.remove(i);
        break;
      }
    }
    tags.addObject().put("key", key).put("value", body.path("value").asText());
    return Reply.empty();
  }

  private Reply create(FakeRequest r) {
    String name = r.text("name");
    if (name == null || name.isBlank()) {
      return Reply.invalid("Missing value for required parameter 'name'.");
    }
    if (models.contains(name)) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Registered Model (name=" + name + ") already exists.");
    }
    long now = System.currentTimeMillis();
    ObjectNode m = object().put("name", name).put("creation_timestamp", now).put("last_updated_timestamp", now)
        .put("user_id", UnityCatalog.USER);
    if (r.text("description") != null) {
      m.put("description", r.text("description"));
    }
    m.set("tags", r.body.has("tags") ? r.body.get("tags").deepCopy() : m.arrayNode());
    models.put(name, m);
    versions.put(name, new LinkedHashMap<>());
    return Reply.ok(object().set("registered_model", m.deepCopy()));
  }

  /** The Databricks view of a model: its id and the caller's permission as well. */
  private Reply getDatabricks(FakeRequest r) {
    return model(r.param("name"), m -> {
      ObjectNode out = withLatest(m);
      out.put("id", Integer.toHexString(m.get("name").asText().hashCode())).put("permission_level", "CAN_MANAGE");
      return Reply.ok(object().set("registered_model_databricks", out));
    });
  }

  /** A copy of the model with {@code latest_versions}: the newest version of each stage. */
  private ObjectNode withLatest(ObjectNode m) {
    ObjectNode out = m.deepCopy();
    ArrayNode latest = out.putArray("latest_versions");
    latestOf(m.get("name").asText(), null).forEach(v -> latest.add(v.deepCopy()));
    return out;
  }

  private List<ObjectNode> latestOf(String name, Set<String> stages) {
    Map<String, ObjectNode> byStage = new LinkedHashMap<>();
    versions.getOrDefault(name, Map.of()).values().forEach(v -> byStage.put(v.get("current_stage").asText(), v));
    return byStage.values().stream().filter(v -> stages == null || stages.isEmpty()
        || stages.contains(v.get("current_stage").asText())).map(this::advanced).toList();
  }

  private Reply rename(FakeRequest r) {
    String name = r.text("name");
    String to = r.text("new_name");
    return model(name, m -> {
      if (to == null || to.isBlank()) {
        return Reply.invalid("Missing value for required parameter 'new_name'.");
      }
      if (!to.equals(name) && models.contains(to)) {
        return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Registered Model (name=" + to + ") already exists.");
      }
      models.delete(name);
      models.put(to, m.put("name", to).put("last_updated_timestamp", System.currentTimeMillis()));
      Map<String, ObjectNode> own = versions.remove(name);
      own.values().forEach(v -> v.put("name", to));
      versions.put(to, own);
      return Reply.ok(object().set("registered_model", m.deepCopy()));
    });
  }

  private Reply delete(FakeRequest r) {
    return model(r.param("name"), m -> {
      versions.remove(r.param("name"));
      return models.delete(r.param("name"));
    });
  }

  private Reply createVersion(FakeRequest r) {
    return model(r.text("name"), m -> {
      if (r.text("source") == null) {
        return Reply.invalid("Missing value for required parameter 'source'.");
      }
      Map<String, ObjectNode> own = versions.get(r.text("name"));
      String number = String.valueOf(own.keySet().stream().mapToInt(Integer::parseInt).max().orElse(0) + 1);
      long now = System.currentTimeMillis();
      ObjectNode v = object().put("name", r.text("name")).put("version", number).put("creation_timestamp", now)
          .put("last_updated_timestamp", now).put("user_id", UnityCatalog.USER).put("current_stage", "None")
          .put("source", r.text("source")).put("status", "PENDING_REGISTRATION");
      for (String field : List.of("run_id", "run_link", "description")) {
        if (r.text(field) != null) {
          v.put(field, r.text(field));
        }
      }
      v.set("tags", r.body.has("tags") ? r.body.get("tags").deepCopy() : v.arrayNode());
      own.put(number, v);
      polls.put(v, new int[] {0});
      m.put("last_updated_timestamp", now);
      return Reply.ok(object().set("model_version", v.deepCopy()));
    });
  }

  /** Counts a poll of a pending version: READY after {@link WorkspaceFake#POLLS_PER_STATE} of them. */
  private ObjectNode advanced(ObjectNode v) {
    int[] n = polls.get(v);
    if (n != null && ++n[0] > WorkspaceFake.POLLS_PER_STATE) {
      v.put("status", "READY");
      polls.remove(v);
    }
    return v;
  }

  private Reply searchVersions(FakeRequest r) {
    List<ObjectNode> all = versions.values().stream().flatMap(own -> own.values().stream())
        .filter(v -> MlflowFilter.matches(r.param("filter"), a -> v.hasNonNull(a) ? v.get(a).asText() : null))
        .toList();
    return page(r, all, "model_versions");
  }

  private Reply latest(FakeRequest r) {
    return model(r.text("name"), m -> {
      Set<String> stages = new java.util.HashSet<>();
      r.body.path("stages").forEach(s -> stages.add(s.asText()));
      ObjectNode out = object();
      ArrayNode list = out.putArray("model_versions");
      latestOf(r.text("name"), stages).forEach(v -> list.add(v.deepCopy()));
      return Reply.ok(out);
    });
  }

  private Reply transition(FakeRequest r) {
    return version(r.text("name"), r.text("version"), v -> {
      String stage = r.text("stage");
      if (!STAGES.contains(stage)) {
        return Reply.invalid("Invalid Model Version stage: " + stage + ". Value must be one of " + STAGES + ".");
      }
      long now = System.currentTimeMillis();
      if (r.body.path("archive_existing_versions").asBoolean() && Set.of("Staging", "Production").contains(stage)) {
        versions.get(r.text("name")).values().stream()
            .filter(other -> other != v && stage.equals(other.get("current_stage").asText()))
            .forEach(other -> other.put("current_stage", "Archived").put("last_updated_timestamp", now));
      }
      v.put("current_stage", stage).put("last_updated_timestamp", now);
      ObjectNode out = advanced(v).deepCopy().put("permission_level", "CAN_MANAGE");
      return Reply.ok(object().set("model_version_databricks", out));
    });
  }
}
