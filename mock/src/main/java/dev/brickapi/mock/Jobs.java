package dev.brickapi.mock;

import static dev.brickapi.mock.Reply.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Jobs 2.2 and their runs: create, get, list, update, reset, delete, run now, get a run and its output, list,
 * cancel and delete runs. A run is PENDING, then RUNNING, then ends in the result state set for its job's name
 * ({@link WorkspaceFake#jobOutcome}), each for {@link WorkspaceFake#POLLS_PER_STATE} polls; a cancelled run is
 * TERMINATED with CANCELED. Lists page by offset or token and end with {@code has_more} false.
 */
final class Jobs implements Fake {

  private final AtomicLong ids;
  private final Map<Long, ObjectNode> jobs = new TreeMap<>();
  private final Map<Long, ObjectNode> runs = new TreeMap<>();
  private final Map<Long, int[]> runPolls = new LinkedHashMap<>();
  /** The run of each task of a job run, by its own run id. */
  private final Map<Long, ObjectNode> taskRuns = new TreeMap<>();
  private final Map<String, String> outcomes = new LinkedHashMap<>();

  Jobs(AtomicLong ids) {
    this.ids = ids;
  }

  @Override
  public String document() {
    return "2.2/jobs.yaml";
  }

  @Override
  public void register(Routes routes) {
    routes.on("createJob", this::create)
        .on("getJob", this::get)
        .on("listJobs", this::list)
        .on("updateJob", this::update)
        .on("resetJob", this::resetJob)
        .on("deleteJob", this::delete)
        .on("cancelRun", this::cancelRun)
        .on("deleteRun", this::deleteRun)
        .on("runNow", this::runNow)
        .on("getRun", this::getRun)
        .on("getRunOutput", this::runOutput)
        .on("listRuns", this::listRuns);
  }

  @Override
  public void reset() {
    jobs.clear();
    runs.clear();
    runPolls.clear();
    taskRuns.clear();
    outcomes.clear();
  }

  void outcome(String jobName, String resultState) {
    outcomes.put(jobName, resultState);
  }

  void seed(int n, String prefix) {
    for (int i = 0; i < n; i++) {
      long id = ids.incrementAndGet();
      ObjectNode job = object().put("job_id", id).put("creator_user_name", "jane.doe@example.com")
          .put("created_time", 1700000000000L + i);
      job.putObject("settings").put("name", prefix + "-" + i);
      jobs.put(id, job);
    }
  }

  private Reply create(FakeRequest r) {
    long id = ids.incrementAndGet();
    ObjectNode job = object().put("job_id", id).put("creator_user_name", "jane.doe@example.com")
        .put("created_time", System.currentTimeMillis());
    job.set("settings", r.body.deepCopy());
    jobs.put(id, job);
    return Reply.ok(object().put("job_id", id));
  }

  private Reply get(FakeRequest r) {
    ObjectNode job = jobs.get(r.longParam("job_id"));
    return job == null ? noSuchJob(r.param("job_id")) : Reply.ok(job.deepCopy());
  }

  /** Sets the fields of {@code new_settings} (top level), then removes those of {@code fields_to_remove}. */
  private Reply update(FakeRequest r) {
    ObjectNode job = jobs.get(r.body.path("job_id").asLong());
    if (job == null) {
      return noSuchJob(r.text("job_id"));
    }
    ObjectNode settings = (ObjectNode) job.get("settings");
    r.body.path("new_settings").fields().forEachRemaining(f -> settings.set(f.getKey(), f.getValue().deepCopy()));
    r.body.path("fields_to_remove").forEach(f -> settings.remove(f.asText()));
    return Reply.empty();
  }

  /** Replaces all the settings with {@code new_settings}. */
  private Reply resetJob(FakeRequest r) {
    ObjectNode job = jobs.get(r.body.path("job_id").asLong());
    if (job == null) {
      return noSuchJob(r.text("job_id"));
    }
    if (!r.body.path("new_settings").isObject()) {
      return Reply.invalid("new_settings is required");
    }
    job.set("settings", r.body.get("new_settings").deepCopy());
    return Reply.empty();
  }

  private Reply delete(FakeRequest r) {
    return jobs.remove(r.body.path("job_id").asLong()) == null ? noSuchJob(r.text("job_id")) : Reply.empty();
  }

  private Reply cancelRun(FakeRequest r) {
    ObjectNode run = runs.get(r.body.path("run_id").asLong());
    if (run == null) {
      return noSuchRun(r.text("run_id"));
    }
    ObjectNode state = (ObjectNode) run.get("state");
    if (!state.has("result_state")) {
      state.put("life_cycle_state", "TERMINATED").put("result_state", "CANCELED")
          .put("state_message", "Run cancelled.");
      run.put("end_time", System.currentTimeMillis());
    }
    return Reply.empty();
  }

  private Reply deleteRun(FakeRequest r) {
    ObjectNode run = runs.remove(r.body.path("run_id").asLong());
    if (run == null) {
      return noSuchRun(r.text("run_id"));
    }
    runPolls.remove(run.get("run_id").asLong());
    run.path("tasks").forEach(t -> taskRuns.remove(t.path("run_id").asLong()));
    return Reply.empty();
  }

  private static Reply noSuchJob(String id) {
    return Reply.invalid("Job " + id + " does not exist.");
  }

  private static Reply noSuchRun(String id) {
    return Reply.notFound("Run " + id + " does not exist.");
  }

  private Reply list(FakeRequest r) {
    int limit = r.intParam("limit", 20);
    if (limit < 1 || limit > WorkspaceFake.JOBS_MAX_LIMIT) {
      return Reply.invalid("limit must be between 1 and " + WorkspaceFake.JOBS_MAX_LIMIT);
    }
    int offset = r.param("page_token") != null ? Integer.parseInt(r.param("page_token")) : r.intParam("offset", 0);
    List<ObjectNode> all = new ArrayList<>(jobs.values());
    ObjectNode out = object();
    ArrayNode page = out.putArray("jobs");
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      ObjectNode j = all.get(i).deepCopy();
      j.set("settings", object().put("name", j.path("settings").path("name").asText()));
      page.add(j);
    }
    return Reply.ok(more(out, offset + limit, all.size()));
  }

  private Reply runNow(FakeRequest r) {
    ObjectNode job = jobs.get(r.body.path("job_id").asLong());
    if (job == null) {
      return noSuchJob(r.text("job_id"));
    }
    long id = ids.incrementAndGet();
    ObjectNode run = object().put("run_id", id).put("job_id", job.get("job_id").asLong())
        .put("number_in_job", id).put("run_type", "JOB_RUN").put("start_time", System.currentTimeMillis())
        .put("run_name", job.path("settings").path("name").asText());
    run.putObject("state").put("life_cycle_state", "PENDING").put("state_message", "Waiting for cluster");
    ArrayNode tasks = run.putArray("tasks");
    for (JsonNode task : job.path("settings").path("tasks")) {
      ObjectNode taskRun = object().put("run_id", ids.incrementAndGet()).put("task_key", task.path("task_key").asText());
      tasks.add(taskRun);
      taskRuns.put(taskRun.get("run_id").asLong(), taskRun);
    }
    runs.put(id, run);
    runPolls.put(id, new int[] {0});
    return Reply.ok(object().put("run_id", id).put("number_in_job", id));
  }

  private Reply getRun(FakeRequest r) {
    ObjectNode run = runs.get(r.longParam("run_id"));
    if (run == null) {
      return noSuchRun(r.param("run_id"));
    }
    int polls = ++runPolls.get(run.get("run_id").asLong())[0];
    ObjectNode state = (ObjectNode) run.get("state");
    String result = outcomes.getOrDefault(run.path("run_name").asText(), "SUCCESS");
    if (state.has("result_state")) {
      return Reply.ok(run.deepCopy());
    }
    if (polls > 2 * WorkspaceFake.POLLS_PER_STATE) {
      boolean ok = result.equals("SUCCESS");
      state.put("life_cycle_state", ok ? "TERMINATED" : "INTERNAL_ERROR").put("result_state", result)
          .put("state_message", ok ? "" : "Notebook failed: division by zero");
      run.put("end_time", System.currentTimeMillis());
    } else if (polls > WorkspaceFake.POLLS_PER_STATE) {
      state.put("life_cycle_state", "RUNNING").put("state_message", "In run");
    }
    return Reply.ok(run.deepCopy());
  }

  private Reply runOutput(FakeRequest r) {
    ObjectNode run = runs.getOrDefault(r.longParam("run_id"), taskRuns.get(r.longParam("run_id")));
    if (run == null) {
      return noSuchRun(r.param("run_id"));
    }
    if (run.path("tasks").size() > 1) {
      return Reply.invalid("Retrieving the output of runs with multiple tasks is not "
          + "supported. Please retrieve the output of each individual task run instead.");
    }
    ObjectNode out = object();
    ObjectNode metadata = run.deepCopy();
    String task = run.has("task_key") ? metadata.remove("task_key").asText() + " " : "";
    out.set("metadata", metadata);
    out.putObject("notebook_output").put("result", task + "rows written: 42").put("truncated", false);
    return Reply.ok(out);
  }

  private Reply listRuns(FakeRequest r) {
    int limit = r.intParam("limit", 25);
    if (limit < 1 || limit > WorkspaceFake.RUNS_MAX_LIMIT) {
      return Reply.invalid("limit must be between 1 and " + WorkspaceFake.RUNS_MAX_LIMIT);
    }
    int offset = r.intParam("offset", 0);
    if (offset > WorkspaceFake.RUNS_MAX_OFFSET) {
      return Reply.invalid("offset must be at most " + WorkspaceFake.RUNS_MAX_OFFSET + "; use page_token to go further");
    }
    if (r.param("page_token") != null) {
      offset = Integer.parseInt(r.param("page_token"));
    }
    Long jobId = r.longParam("job_id");
    List<ObjectNode> all = new ArrayList<>();
    runs.values().stream().filter(run -> jobId == null || run.path("job_id").asLong() == jobId).forEach(all::add);
    ObjectNode out = object();
    ArrayNode page = out.putArray("runs");
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      page.add(all.get(i).deepCopy());
    }
    return Reply.ok(more(out, offset + limit, all.size()));
  }

  /** {@code has_more}, and the token of the next page when there is one. */
  private static ObjectNode more(ObjectNode page, int next, int total) {
    boolean more = next < total;
    page.put("has_more", more);
    if (more) {
      page.put("next_page_token", String.valueOf(next));
    }
    return page;
  }
}
