package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lakeflow (DLT) pipelines: create (IDLE), get, list, edit, start an update (STARTING, then RUNNING; a triggered
 * pipeline's update then COMPLETES and the pipeline is IDLE again), stop (STOPPING, then IDLE, its update
 * CANCELED) and delete. States advance on each {@code get}.
 */
final class Pipelines implements Fake {

  /** pipelines/list: at most this many pipelines per page when the request names no {@code max_results}. */
  static final int PAGE_SIZE = 25;
  private static final List<String> REQUEST_ONLY = List.of("dry_run", "allow_duplicate_names", "pipeline_id",
      "expected_last_modified");
  /** Settings the API shows beside the pipeline's {@code spec}, not in it. */
  private static final List<String> BESIDE_SPEC = List.of("parameters", "run_as");

  private final Store pipelines = new Store("Pipeline");
  private final Transitions transitions = new Transitions();

  @Override
  public String document() {
    return "2.0/pipelines.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createPipeline", this::create)
        .on("getPipeline", this::get)
        .on("listPipelines", this::list)
        .on("updatePipeline", this::edit)
        .on("startPipelineUpdate", this::start)
        .on("stopPipeline", this::stop)
        .on("deletePipeline", r -> {
          transitions.cancel(r.path("pipeline_id"));
          return pipelines.delete(r.path("pipeline_id"));
        });
  }

  @Override
  public void reset() {
    pipelines.clear();
    transitions.clear();
  }

  private Reply create(FakeRequest r) {
    if (r.text("name") == null) {
      return Reply.invalid("A pipeline needs a name.");
    }
    String id = UUID.randomUUID().toString();
    ObjectNode p = Reply.object().put("pipeline_id", id).put("state", "IDLE")
        .put("creator_user_name", "mock.user@example.com").put("run_as_user_name", "mock.user@example.com");
    p.putArray("latest_updates");
    spec(p, r);
    pipelines.put(id, p);
    return Reply.ok(Reply.object().put("pipeline_id", id));
  }

  /** The pipeline's settings are the request's, as the API keeps them: its name and {@code spec}. */
  private static void spec(ObjectNode p, FakeRequest r) {
    ObjectNode spec = r.body.deepCopy();
    spec.remove(REQUEST_ONLY);
    for (String field : BESIDE_SPEC) {
      JsonNode value = spec.remove(field);
      if (value == null) {
        p.remove(field);
      } else {
        p.set(field, value);
      }
    }
    spec.put("id", p.get("pipeline_id").asText());
    p.set("spec", spec);
    p.put("name", r.text("name")).put("last_modified", System.currentTimeMillis());
  }

  private Reply get(FakeRequest r) {
    String id = r.path("pipeline_id");
    ObjectNode p = pipelines.find(id);
    if (p != null) {
      transitions.poll(id, p);
    }
    return pipelines.answer(id);
  }

  private Reply list(FakeRequest r) {
    List<ObjectNode> statuses = new java.util.ArrayList<>();
    for (ObjectNode p : pipelines.all()) {
      ObjectNode s = p.deepCopy();
      s.retain("pipeline_id", "name", "state", "creator_user_name", "run_as_user_name", "latest_updates");
      statuses.add(s);
    }
    return Store.page(r, statuses, "statuses", "max_results", PAGE_SIZE);
  }

  private Reply edit(FakeRequest r) {
    ObjectNode p = pipelines.find(r.path("pipeline_id"));
    if (p == null) {
      return pipelines.missing(r.path("pipeline_id"));
    }
    if (r.text("name") == null) {
      return Reply.invalid("A pipeline needs a name.");
    }
    spec(p, r);
    return Reply.empty();
  }

  private Reply start(FakeRequest r) {
    String id = r.path("pipeline_id");
    ObjectNode p = pipelines.find(id);
    if (p == null) {
      return pipelines.missing(id);
    }
    String state = p.path("state").asText();
    if (!state.equals("IDLE") && !state.equals("FAILED")) {
      return Reply.error(400, "INVALID_STATE", "Pipeline " + id + " has an active update (state " + state
          + ").");
    }
    String update = UUID.randomUUID().toString();
    ArrayNode updates = (ArrayNode) p.get("latest_updates");
    updates.insert(0, Reply.object().put("update_id", update).put("state", "QUEUED")
        .put("creation_time", Instant.now().toString()));
    p.put("state", "STARTING");
    boolean continuous = p.path("spec").path("continuous").asBoolean(false);
    transitions.after(id, running -> {
      running.put("state", "RUNNING");
      latest(running, "RUNNING");
      if (!continuous) {
        transitions.after(id, done -> {
          done.put("state", "IDLE");
          latest(done, "COMPLETED");
        });
      }
    });
    return Reply.ok(Reply.object().put("update_id", update));
  }

  /** Stops the active update: STOPPING, then IDLE. A pipeline without one answers at once. */
  private Reply stop(FakeRequest r) {
    String id = r.path("pipeline_id");
    ObjectNode p = pipelines.find(id);
    if (p == null) {
      return pipelines.missing(id);
    }
    if (!p.path("state").asText().equals("IDLE")) {
      p.put("state", "STOPPING");
      transitions.after(id, stopped -> {
        stopped.put("state", "IDLE");
        latest(stopped, "CANCELED");
      });
    }
    return Reply.empty();
  }

  private static void latest(ObjectNode p, String updateState) {
    if (p.path("latest_updates").size() > 0) {
      ((ObjectNode) p.get("latest_updates").get(0)).put("state", updateState);
    }
  }
}
