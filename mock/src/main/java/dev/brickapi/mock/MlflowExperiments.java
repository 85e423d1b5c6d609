package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * MLflow 2.0 experiments and runs. Experiments: create, get, get by name, list, search (by {@code name =} or
 * {@code name LIKE}), update (rename), tag, delete and restore (a deleted experiment is {@code deleted}, left out of
 * active lists, and takes no new runs). Runs: create (RUNNING), get with their logged data, log metrics, params
 * (a param keeps its first value), tags and batches, metric history, search by experiment, update (status,
 * end time, name), delete and restore. Lists page by {@code page_token} and end with a page without one.
 */
final class MlflowExperiments implements Fake {

  /** Items per page when the caller leaves {@code max_results} out (search-runs' and search-experiments' default). */
  static final int PAGE_SIZE = 1000;
  private static final String ACTIVE = "active";
  private static final String DELETED = "deleted";

  private final AtomicLong ids;
  private final Store experiments = new Store("Experiment");
  private final Store runs = new Store("Run");
  /** Every value logged for each metric of each run, by run id, then key. */
  private final Map<String, Map<String, List<ObjectNode>>> history = new LinkedHashMap<>();

  MlflowExperiments(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.0/mlflow-experiments.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createExperiment", this::createExperiment)
        .on("getExperiment", r -> experiment(experiments.answer(r.param("experiment_id"))))
        .on("getExperimentByName", this::getByName)
        .on("listExperiments", r -> page(r, experimentsIn(r.param("view_type"), null), "experiments"))
        .on("searchExperiments", r -> page(r, experimentsIn(r.text("view_type"), r.text("filter")), "experiments"))
        .on("updateExperiment", this::updateExperiment)
        .on("setExperimentTag", this::setExperimentTag)
        .on("deleteExperiment", r -> lifecycle(experiments, r.text("experiment_id"), DELETED))
        .on("restoreExperiment", r -> lifecycle(experiments, r.text("experiment_id"), ACTIVE))
        .on("createRun", this::createRun)
        .on("getRun", r -> run(r, run -> Reply.ok(object().set("run", run.deepCopy()))))
        .on("logMetric", r -> run(r, run -> logMetric(run, r.body)))
        .on("logParam", r -> run(r, run -> logParam(run, r.body)))
        .on("setRunTag", r -> run(r, run -> setTag(run, r.body)))
        .on("logBatch", this::logBatch)
        .on("getMetricHistory", this::metricHistory)
        .on("searchRuns", this::searchRuns)
        .on("updateRun", r -> run(r, run -> updateRun(run, r)))
        .on("deleteRun", r -> run(r, run -> lifecycle(run, DELETED)))
        .on("restoreRun", r -> run(r, run -> lifecycle(run, ACTIVE)));
  }

  @Override
  public void reset() {
    experiments.clear();
    runs.clear();
    history.clear();
  }

  /**
   * One page of {@code all} in {@code field}, {@code next_page_token} while more follow; the token and
   * {@code max_results} are read from the query or, for a POST search, the body.
   */
  static Reply page(FakeRequest r, List<ObjectNode> all, String field) {
    String size = r.value("max_results");
    int max = size == null ? PAGE_SIZE : Integer.parseInt(size);
    Pages<ObjectNode> page = Pages.of(all, Pages.offset(r.value("page_token")), max < 1 ? PAGE_SIZE : max);
    ObjectNode out = object();
    ArrayNode list = out.putArray(field);
    page.items().forEach(item -> list.add(item.deepCopy()));
    if (page.more()) {
      out.put("next_page_token", page.token());
    }
    return Reply.ok(out);
  }

  private static Reply experiment(Reply answer) {
    return answer.status == 200 ? Reply.ok(object().set("experiment", answer.body)) : answer;
  }

  private static boolean inView(ObjectNode item, String lifecycle, String viewType) {
    String stage = item.path(lifecycle).asText();
    if ("ALL".equals(viewType)) {
      return true;
    }
    return "DELETED_ONLY".equals(viewType) ? DELETED.equals(stage) : ACTIVE.equals(stage);
  }

  private List<ObjectNode> experimentsIn(String viewType, String filter) {
    return experiments.where(e -> inView(e, "lifecycle_stage", viewType)
        && MlflowFilter.matches(filter, a -> e.hasNonNull(a) && e.get(a).isValueNode() ? e.get(a).asText() : null));
  }

  private ObjectNode named(String name) {
    return experiments.where(e -> name.equals(e.get("name").asText())).stream().findFirst().orElse(null);
  }

  private Reply createExperiment(FakeRequest r) {
    String name = r.text("name");
    if (name == null || name.isBlank()) {
      return Reply.invalid("Missing value for required parameter 'name'.");
    }
    if (named(name) != null) {
      return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Experiment '" + name + "' already exists.");
    }
    String id = String.valueOf(ids.incrementAndGet());
    long now = System.currentTimeMillis();
    ObjectNode e = object().put("experiment_id", id).put("name", name)
        .put("artifact_location", r.text("artifact_location") != null ? r.text("artifact_location")
            : "dbfs:/databricks/mlflow-tracking/" + id)
        .put("lifecycle_stage", ACTIVE).put("creation_time", now).put("last_update_time", now);
    e.set("tags", r.body.has("tags") ? r.body.get("tags").deepCopy() : e.arrayNode());
    experiments.put(id, e);
    return Reply.ok(object().put("experiment_id", id));
  }

  private Reply getByName(FakeRequest r) {
    ObjectNode e = named(r.param("experiment_name"));
    return e == null ? Reply.notFound("Could not find experiment with name '" + r.param("experiment_name") + "'.")
        : Reply.ok(object().set("experiment", e.deepCopy()));
  }

  private Reply updateExperiment(FakeRequest r) {
    ObjectNode e = experiments.find(r.text("experiment_id"));
    if (e == null) {
      return experiments.missing(r.text("experiment_id"));
    }
    String to = r.text("new_name");
    if (to != null && !to.equals(e.get("name").asText())) {
      if (named(to) != null) {
        return Reply.error(400, "RESOURCE_ALREADY_EXISTS", "Experiment '" + to + "' already exists.");
      }
      e.put("name", to).put("last_update_time", System.currentTimeMillis());
    }
    return Reply.empty();
  }

  private Reply setExperimentTag(FakeRequest r) {
    ObjectNode e = experiments.find(r.text("experiment_id"));
    if (e == null) {
      return experiments.missing(r.text("experiment_id"));
    }
    upsert((ArrayNode) e.get("tags"), r.text("key"), r.body.get("value"));
    return Reply.empty();
  }

  private static Reply lifecycle(Store store, String id, String stage) {
    ObjectNode item = store.find(id);
    if (item == null) {
      return store.missing(id);
    }
    item.put("lifecycle_stage", stage);
    return Reply.empty();
  }

  private static Reply lifecycle(ObjectNode run, String stage) {
    ((ObjectNode) run.get("info")).put("lifecycle_stage", stage);
    return Reply.empty();
  }

  /** Sets {@code key} to {@code value} in a list of {@code {key, value}} objects. */
  private static void upsert(ArrayNode list, String key, JsonNode value) {
    for (JsonNode item : list) {
      if (key.equals(item.path("key").asText())) {
        ((ObjectNode) item).set("value", value.deepCopy());
        return;
      }
    }
    list.addObject().put("key", key).set("value", value.deepCopy());
  }

  private Reply createRun(FakeRequest r) {
    ObjectNode e = experiments.find(r.text("experiment_id"));
    if (e == null) {
      return experiments.missing(r.text("experiment_id"));
    }
    if (!ACTIVE.equals(e.get("lifecycle_stage").asText())) {
      return Reply.invalid("Experiment " + r.text("experiment_id") + " is deleted; restore it to add runs.");
    }
    String id = String.format("%032x", ids.incrementAndGet());
    ObjectNode run = object();
    ObjectNode info = run.putObject("info").put("run_id", id).put("run_uuid", id)
        .put("experiment_id", e.get("experiment_id").asText())
        .put("run_name", r.text("run_name") != null ? r.text("run_name") : "run-" + id.substring(26))
        .put("user_id", r.text("user_id") != null ? r.text("user_id") : UnityCatalog.USER).put("status", "RUNNING")
        .put("start_time", r.body.has("start_time") ? r.body.get("start_time").asLong() : System.currentTimeMillis())
        .put("artifact_uri", e.get("artifact_location").asText() + "/" + id + "/artifacts")
        .put("lifecycle_stage", ACTIVE);
    ObjectNode data = run.putObject("data");
    data.putArray("metrics");
    data.putArray("params");
    ArrayNode tags = data.putArray("tags");
    r.body.path("tags").forEach(t -> upsert(tags, t.path("key").asText(), t.path("value")));
    upsert(tags, "mlflow.runName", run.textNode(info.get("run_name").asText()));
    runs.put(id, run);
    return Reply.ok(object().set("run", run.deepCopy()));
  }

  /** Applies {@code action} to the run the request names by {@code run_id} (or {@code run_uuid}), or 404. */
  private Reply run(FakeRequest r, java.util.function.Function<ObjectNode, Reply> action) {
    String id = r.value("run_id") != null ? r.value("run_id") : r.value("run_uuid");
    ObjectNode run = runs.find(id);
    return run == null ? Reply.notFound("Run with id=" + id + " not found") : action.apply(run);
  }

  private static Reply activeOnly(ObjectNode run) {
    String stage = run.get("info").get("lifecycle_stage").asText();
    return ACTIVE.equals(stage) ? null : Reply.invalid("The run " + run.get("info").get("run_id").asText()
        + " must be in the 'active' state. Current state is " + stage + ".");
  }

  private Reply logMetric(ObjectNode run, JsonNode m) {
    Reply inactive = activeOnly(run);
    if (inactive != null) {
      return inactive;
    }
    if (!m.hasNonNull("key") || !m.path("value").isNumber() || !m.path("timestamp").canConvertToLong()) {
      return Reply.invalid("A metric needs a key, a numeric value and a timestamp.");
    }
    String id = run.get("info").get("run_id").asText();
    ObjectNode metric = object().put("key", m.get("key").asText()).put("value", m.get("value").asDouble())
        .put("timestamp", m.get("timestamp").asLong()).put("step", m.path("step").asLong(0)).put("run_id", id);
    history.computeIfAbsent(id, k -> new LinkedHashMap<>())
        .computeIfAbsent(metric.get("key").asText(), k -> new ArrayList<>()).add(metric);
    ArrayNode latest = (ArrayNode) run.get("data").get("metrics");
    for (int i = 0; i < latest.size(); i++) {
      JsonNode old = latest.get(i);
      if (old.get("key").asText().equals(metric.get("key").asText())) {
        if (newer(metric, old)) {
          latest.set(i, metric.deepCopy());
        }
        return Reply.empty();
      }
    }
    latest.add(metric.deepCopy());
    return Reply.empty();
  }

  /** The value a run shows for a metric is the one of the highest step, then the latest timestamp. */
  private static boolean newer(JsonNode a, JsonNode b) {
    long step = a.get("step").asLong() - b.get("step").asLong();
    return step != 0 ? step > 0 : a.get("timestamp").asLong() >= b.get("timestamp").asLong();
  }

  private static Reply logParam(ObjectNode run, JsonNode p) {
    Reply inactive = activeOnly(run);
    if (inactive != null) {
      return inactive;
    }
    String key = p.path("key").asText();
    for (JsonNode old : run.get("data").get("params")) {
      if (key.equals(old.get("key").asText())) {
        return old.get("value").asText().equals(p.path("value").asText()) ? Reply.empty()
            : Reply.invalid("Changing param values is not allowed. Param with key='" + key + "' was already logged "
                + "with value='" + old.get("value").asText() + "' for run ID='" + run.get("info").get("run_id")
                .asText() + "'. Attempted logging new value '" + p.path("value").asText() + "'.");
      }
    }
    ((ArrayNode) run.get("data").get("params")).addObject().put("key", key).put("value", p.path("value").asText());
    return Reply.empty();
  }

  private static Reply setTag(ObjectNode run, JsonNode t) {
    Reply inactive = activeOnly(run);
    if (inactive != null) {
      return inactive;
    }
    upsert((ArrayNode) run.get("data").get("tags"), t.path("key").asText(), t.path("value"));
    return Reply.empty();
  }

  private Reply logBatch(FakeRequest r) {
    return run(r, run -> {
      for (JsonNode p : r.body.path("params")) {
        Reply failed = logParam(run, p);
        if (failed.status != 200) {
          return failed;
        }
      }
      for (JsonNode m : r.body.path("metrics")) {
        Reply failed = logMetric(run, m);
        if (failed.status != 200) {
          return failed;
        }
      }
      for (JsonNode t : r.body.path("tags")) {
        Reply failed = setTag(run, t);
        if (failed.status != 200) {
          return failed;
        }
      }
      return Reply.empty();
    });
  }

  private Reply metricHistory(FakeRequest r) {
    return run(r, run -> page(r, history.getOrDefault(run.get("info").get("run_id").asText(), Map.of())
        .getOrDefault(r.param("metric_key"), List.of()), "metrics"));
  }

  private Reply searchRuns(FakeRequest r) {
    Set<String> in = new java.util.HashSet<>();
    r.body.path("experiment_ids").forEach(id -> in.add(id.asText()));
    String view = r.text("run_view_type");
    return page(r, runs.where(run -> in.contains(run.get("info").get("experiment_id").asText())
        && inView((ObjectNode) run.get("info"), "lifecycle_stage", view)), "runs");
  }

  private static Reply updateRun(ObjectNode run, FakeRequest r) {
    ObjectNode info = (ObjectNode) run.get("info");
    if (r.text("status") != null) {
      info.put("status", r.text("status"));
    }
    if (r.body.has("end_time")) {
      info.put("end_time", r.body.get("end_time").asLong());
    } else if (r.text("status") != null && !Set.of("RUNNING", "SCHEDULED").contains(r.text("status"))) {
      info.put("end_time", System.currentTimeMillis());
    }
    if (r.text("run_name") != null) {
      info.put("run_name", r.text("run_name"));
      upsert((ArrayNode) run.get("data").get("tags"), "mlflow.runName", info.get("run_name"));
    }
    return Reply.ok(object().set("run_info", info.deepCopy()));
  }
}
