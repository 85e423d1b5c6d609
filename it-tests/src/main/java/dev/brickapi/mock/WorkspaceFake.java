package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stateful part of the mock workspace: clusters, jobs and runs, DBFS, workspace files, secrets, SCIM
 * users, API 1.2 command execution and SQL statements, each with the server's documented limits. State
 * advances on each poll (a cluster is PENDING on its first polls, then RUNNING), so waiters see a real
 * sequence of states without sleeping.
 */
public final class WorkspaceFake {

  /** DBFS: at most 1 MB of data per put, add-block and read. */
  public static final int DBFS_MAX_BLOCK = 1 << 20;
  /** Workspace: import and export at most 10 MB. */
  public static final int WORKSPACE_MAX_EXPORT = 10 << 20;
  /** jobs/list: at most 100 jobs per page. */
  public static final int JOBS_MAX_LIMIT = 100;
  /** jobs/runs/list: at most 25 runs per page, and an offset no larger than this cap. */
  public static final int RUNS_MAX_LIMIT = 25;
  public static final int RUNS_MAX_OFFSET = 10_000;
  /** SCIM: at most 100 resources per page. */
  public static final int SCIM_MAX_COUNT = 100;
  /** How many polls a starting cluster, a run or a command spends before its next state. */
  public static final int POLLS_PER_STATE = 2;

  /** An answer: status and JSON body. */
  public static final class Reply {
    public final int status;
    public final JsonNode body;

    Reply(int status, JsonNode body) {
      this.status = status;
      this.body = body;
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final ClusterCatalog catalog = new ClusterCatalog();
  private final AtomicLong ids = new AtomicLong(1000);
  private final Map<String, ObjectNode> clusters = new LinkedHashMap<>();
  private final Map<String, int[]> clusterPolls = new LinkedHashMap<>();
  private final Map<Long, ObjectNode> jobs = new TreeMap<>();
  private final Map<Long, ObjectNode> runs = new TreeMap<>();
  private final Map<Long, int[]> runPolls = new LinkedHashMap<>();
  /** The run of each task of a job run, by its own run id. */
  private final Map<Long, ObjectNode> taskRuns = new TreeMap<>();
  private final Map<String, String> runOutcome = new LinkedHashMap<>();
  private final Map<Long, ByteArrayOutputStream> dbfsHandles = new LinkedHashMap<>();
  private final Map<Long, String> dbfsHandlePaths = new LinkedHashMap<>();
  private final Map<String, byte[]> dbfsFiles = new LinkedHashMap<>();
  private final Map<String, byte[]> workspaceFiles = new LinkedHashMap<>();
  private final Map<String, String> workspaceLanguages = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> secrets = new LinkedHashMap<>();
  private final List<ObjectNode> users = new ArrayList<>();
  private final Map<String, int[]> commands = new LinkedHashMap<>();
  private final Map<String, int[]> statements = new LinkedHashMap<>();
  private final Map<String, Integer> statementRows = new LinkedHashMap<>();

  /** Forgets everything. */
  public synchronized void reset() {
    clusters.clear();
    clusterPolls.clear();
    jobs.clear();
    runs.clear();
    runPolls.clear();
    taskRuns.clear();
    runOutcome.clear();
    dbfsHandles.clear();
    dbfsHandlePaths.clear();
    dbfsFiles.clear();
    workspaceFiles.clear();
    workspaceLanguages.clear();
    secrets.clear();
    users.clear();
    commands.clear();
    statements.clear();
    statementRows.clear();
  }

  /** Runs of jobs whose name is this end in this result state (SUCCESS by default; FAILED, ...). */
  public synchronized void jobOutcome(String jobName, String resultState) {
    runOutcome.put(jobName, resultState);
  }

  /** Adds {@code n} jobs named {@code prefix-i}. */
  public synchronized void seedJobs(int n, String prefix) {
    for (int i = 0; i < n; i++) {
      long id = ids.incrementAndGet();
      ObjectNode job = json.createObjectNode().put("job_id", id).put("creator_user_name", "jane.doe@example.com")
          .put("created_time", 1700000000000L + i);
      job.putObject("settings").put("name", prefix + "-" + i);
      jobs.put(id, job);
    }
  }

  /** Adds {@code n} SCIM users. */
  public synchronized void seedUsers(int n) {
    for (int i = 0; i < n; i++) {
      ObjectNode u = json.createObjectNode().put("id", String.valueOf(ids.incrementAndGet()))
          .put("userName", "user" + i + "@example.com").put("displayName", "User " + i).put("active", true);
      users.add(u);
    }
  }

  /** One more workspace user, named {@code userName} (an e-mail address). */
  public synchronized void seedUser(String userName) {
    users.add(json.createObjectNode().put("id", String.valueOf(ids.incrementAndGet())).put("userName", userName)
        .put("displayName", userName.split("@")[0]).put("active", true));
  }

  /** A DBFS file's content, or null. */
  public synchronized byte[] dbfsFile(String path) {
    return dbfsFiles.get(path);
  }

  /** Puts a workspace file (e.g. one larger than the export limit). */
  public synchronized void workspaceFile(String path, byte[] content) {
    workspaceFiles.put(path, content);
    workspaceLanguages.put(path, "PYTHON");
  }

  /** Handles a request, or answers null when this fake does not serve the path. */
  public synchronized Reply handle(String method, String path, Map<String, List<String>> query, JsonNode body) {
    String key = method.toUpperCase() + " " + path;
    Q q = new Q(query, body);
    switch (key) {
      case "POST /api/2.1/clusters/create": return clusterCreate(q);
      case "GET /api/2.1/clusters/get": return clusterGet(q);
      case "GET /api/2.1/clusters/list": return clusterList(q);
      case "POST /api/2.1/clusters/resize": return clusterChange(q, "RESIZING", "RUNNING");
      case "POST /api/2.1/clusters/delete": return clusterChange(q, "TERMINATING", "TERMINATED");
      case "POST /api/2.1/clusters/start": return clusterStart(q);
      case "POST /api/2.1/clusters/restart": return clusterChange(q, "RESTARTING", "RUNNING");
      case "GET /api/2.1/clusters/spark-versions": return ok(catalog.sparkVersions());
      case "GET /api/2.1/clusters/list-node-types": return ok(catalog.nodeTypes());
      case "POST /api/2.2/jobs/create": return jobCreate(q);
      case "GET /api/2.2/jobs/list": return jobList(q);
      case "POST /api/2.2/jobs/run-now": return runNow(q);
      case "GET /api/2.2/jobs/runs/get": return runGet(q);
      case "GET /api/2.2/jobs/runs/get-output": return runOutput(q);
      case "GET /api/2.2/jobs/runs/list": return runList(q);
      case "POST /api/2.0/dbfs/create": return dbfsCreate(q);
      case "POST /api/2.0/dbfs/add-block": return dbfsAddBlock(q);
      case "POST /api/2.0/dbfs/close": return dbfsClose(q);
      case "POST /api/2.0/dbfs/put": return dbfsPut(q);
      case "GET /api/2.0/dbfs/read": return dbfsRead(q);
      case "GET /api/2.0/dbfs/get-status": return dbfsStatus(q);
      case "GET /api/2.0/dbfs/list": return dbfsList(q);
      case "POST /api/2.0/workspace/import": return wsImport(q);
      case "GET /api/2.0/workspace/export": return wsExport(q);
      case "POST /api/2.0/secrets/scopes/create": return scopeCreate(q);
      case "POST /api/2.0/secrets/put": return secretPut(q);
      case "GET /api/2.0/secrets/list": return secretList(q);
      case "GET /api/2.0/preview/scim/v2/Users": return userList(q);
      case "POST /api/1.2/contexts/create": return ok(obj().put("id", "ctx-" + ids.incrementAndGet()));
      case "GET /api/1.2/contexts/status": return ok(obj().put("id", q.param("contextId")).put("status", "Running"));
      case "POST /api/1.2/commands/execute": return commandExecute(q);
      case "GET /api/1.2/commands/status": return commandStatus(q);
      case "POST /api/2.0/sql/statements": return statementExecute(q);
      default:
        if (method.equalsIgnoreCase("GET") && path.startsWith("/api/2.0/sql/statements/")) {
          return statementGet(path.substring("/api/2.0/sql/statements/".length()));
        }
        return null;
    }
  }

  // ---- clusters

  private Reply clusterCreate(Q q) {
    String id = String.format("1125-%06d-fake%03d", ids.incrementAndGet(), clusters.size());
    ObjectNode c = obj().put("cluster_id", id).put("cluster_name", q.text("cluster_name"))
        .put("spark_version", q.text("spark_version")).put("state", "PENDING")
        .put("state_message", "Finding instances for new nodes");
    if (q.body.has("num_workers")) {
      c.put("num_workers", q.body.get("num_workers").asInt());
    }
    if (q.body.has("node_type_id")) {
      c.put("node_type_id", q.text("node_type_id"));
    }
    clusters.put(id, c);
    clusterPolls.put(id, new int[] {0});
    c.put("_next", "RUNNING");
    return ok(obj().put("cluster_id", id));
  }

  private Reply clusterGet(Q q) {
    ObjectNode c = clusters.get(q.param("cluster_id"));
    if (c == null) {
      return notFound("Cluster " + q.param("cluster_id") + " does not exist");
    }
    int[] polls = clusterPolls.get(c.get("cluster_id").asText());
    if (c.has("_next") && ++polls[0] > POLLS_PER_STATE) {
      c.put("state", c.remove("_next").asText());
      c.put("state_message", "");
      if (c.has("_workers")) {
        c.put("num_workers", c.remove("_workers").asInt());
      }
    }
    ObjectNode out = c.deepCopy();
    out.remove("_next");
    out.remove("_workers");
    return ok(out);
  }

  private Reply clusterList(Q q) {
    int pageSize = q.intParam("page_size", 100);
    int offset = q.param("page_token") != null ? Integer.parseInt(q.param("page_token")) : 0;
    List<ObjectNode> all = new ArrayList<>(clusters.values());
    ObjectNode out = obj();
    ArrayNode page = out.putArray("clusters");
    for (int i = offset; i < Math.min(all.size(), offset + pageSize); i++) {
      ObjectNode c = all.get(i).deepCopy();
      c.remove("_next");
      c.remove("_workers");
      page.add(c);
    }
    if (offset + pageSize < all.size()) {
      out.put("next_page_token", String.valueOf(offset + pageSize));
    }
    return ok(out);
  }

  private Reply clusterChange(Q q, String during, String after) {
    ObjectNode c = clusters.get(q.text("cluster_id"));
    if (c == null) {
      return notFound("Cluster " + q.text("cluster_id") + " does not exist");
    }
    c.put("state", during).put("_next", after);
    if (q.body.has("num_workers")) {
      c.put("_workers", q.body.get("num_workers").asInt());
    }
    clusterPolls.get(c.get("cluster_id").asText())[0] = 0;
    return ok(obj());
  }

  /** Only a terminated cluster starts, as the API says. */
  private Reply clusterStart(Q q) {
    ObjectNode c = clusters.get(q.text("cluster_id"));
    if (c != null && !c.path("state").asText().equals("TERMINATED")) {
      return error(400, "INVALID_STATE", "Cluster " + q.text("cluster_id") + " is in unexpected state "
          + c.path("state").asText() + ".");
    }
    return clusterChange(q, "PENDING", "RUNNING");
  }

  /** Puts a cluster in a state (ERROR, UNKNOWN, ...) that it keeps until changed, with the server's message. */
  public synchronized void clusterState(String clusterId, String state, String message) {
    ObjectNode c = clusters.get(clusterId);
    if (c == null) {
      throw new IllegalArgumentException("no cluster " + clusterId);
    }
    c.remove("_next");
    c.put("state", state).put("state_message", message);
  }

  // ---- jobs

  private Reply jobCreate(Q q) {
    long id = ids.incrementAndGet();
    ObjectNode job = obj().put("job_id", id).put("creator_user_name", "jane.doe@example.com")
        .put("created_time", System.currentTimeMillis());
    job.set("settings", q.body.deepCopy());
    jobs.put(id, job);
    return ok(obj().put("job_id", id));
  }

  private Reply jobList(Q q) {
    int limit = q.intParam("limit", 20);
    if (limit < 1 || limit > JOBS_MAX_LIMIT) {
      return error(400, "INVALID_PARAMETER_VALUE", "limit must be between 1 and " + JOBS_MAX_LIMIT);
    }
    int offset = q.param("page_token") != null ? Integer.parseInt(q.param("page_token")) : q.intParam("offset", 0);
    List<ObjectNode> all = new ArrayList<>(jobs.values());
    ObjectNode out = obj();
    ArrayNode page = out.putArray("jobs");
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      ObjectNode j = all.get(i).deepCopy();
      ObjectNode settings = (ObjectNode) j.get("settings");
      ObjectNode slim = obj().put("name", settings.path("name").asText());
      j.set("settings", slim);
      page.add(j);
    }
    boolean more = offset + limit < all.size();
    out.put("has_more", more);
    if (more) {
      out.put("next_page_token", String.valueOf(offset + limit));
    }
    return ok(out);
  }

  private Reply runNow(Q q) {
    ObjectNode job = jobs.get(q.body.path("job_id").asLong());
    if (job == null) {
      return error(400, "INVALID_PARAMETER_VALUE", "Job " + q.body.path("job_id").asLong() + " does not exist.");
    }
    long id = ids.incrementAndGet();
    ObjectNode run = obj().put("run_id", id).put("job_id", job.get("job_id").asLong())
        .put("number_in_job", id).put("run_type", "JOB_RUN").put("start_time", System.currentTimeMillis())
        .put("run_name", job.path("settings").path("name").asText());
    run.putObject("state").put("life_cycle_state", "PENDING").put("state_message", "Waiting for cluster");
    ArrayNode tasks = run.putArray("tasks");
    for (JsonNode task : job.path("settings").path("tasks")) {
      ObjectNode taskRun = obj().put("run_id", ids.incrementAndGet()).put("task_key", task.path("task_key").asText());
      tasks.add(taskRun);
      taskRuns.put(taskRun.get("run_id").asLong(), taskRun);
    }
    runs.put(id, run);
    runPolls.put(id, new int[] {0});
    return ok(obj().put("run_id", id).put("number_in_job", id));
  }

  private Reply runGet(Q q) {
    ObjectNode run = runs.get(q.longParam("run_id"));
    if (run == null) {
      return notFound("Run " + q.param("run_id") + " does not exist.");
    }
    int polls = ++runPolls.get(run.get("run_id").asLong())[0];
    ObjectNode state = (ObjectNode) run.get("state");
    String result = runOutcome.getOrDefault(run.path("run_name").asText(), "SUCCESS");
    if (polls > 2 * POLLS_PER_STATE) {
      boolean ok = result.equals("SUCCESS");
      state.put("life_cycle_state", ok ? "TERMINATED" : "INTERNAL_ERROR").put("result_state", result)
          .put("state_message", ok ? "" : "Notebook failed: division by zero");
      run.put("end_time", System.currentTimeMillis());
    } else if (polls > POLLS_PER_STATE) {
      state.put("life_cycle_state", "RUNNING").put("state_message", "In run");
    }
    return ok(run.deepCopy());
  }

  private Reply runOutput(Q q) {
    ObjectNode run = runs.getOrDefault(q.longParam("run_id"), taskRuns.get(q.longParam("run_id")));
    if (run == null) {
      return notFound("Run " + q.param("run_id") + " does not exist.");
    }
    if (run.path("tasks").size() > 1) {
      return error(400, "INVALID_PARAMETER_VALUE", "Retrieving the output of runs with multiple tasks is not "
          + "supported. Please retrieve the output of each individual task run instead.");
    }
    ObjectNode out = obj();
    ObjectNode metadata = run.deepCopy();
    String task = run.has("task_key") ? metadata.remove("task_key").asText() + " " : "";
    out.set("metadata", metadata);
    out.putObject("notebook_output").put("result", task + "rows written: 42").put("truncated", false);
    return ok(out);
  }

  private Reply runList(Q q) {
    int limit = q.intParam("limit", 25);
    if (limit < 1 || limit > RUNS_MAX_LIMIT) {
      return error(400, "INVALID_PARAMETER_VALUE", "limit must be between 1 and " + RUNS_MAX_LIMIT);
    }
    int offset = q.intParam("offset", 0);
    if (offset > RUNS_MAX_OFFSET) {
      return error(400, "INVALID_PARAMETER_VALUE",
          "offset must be at most " + RUNS_MAX_OFFSET + "; use page_token to go further");
    }
    if (q.param("page_token") != null) {
      offset = Integer.parseInt(q.param("page_token"));
    }
    List<ObjectNode> all = new ArrayList<>(runs.values());
    ObjectNode out = obj();
    ArrayNode page = out.putArray("runs");
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      page.add(all.get(i).deepCopy());
    }
    boolean more = offset + limit < all.size();
    out.put("has_more", more);
    if (more) {
      out.put("next_page_token", String.valueOf(offset + limit));
    }
    return ok(out);
  }

  // ---- DBFS

  private Reply dbfsCreate(Q q) {
    String path = q.text("path");
    if (dbfsFiles.containsKey(path) && !q.body.path("overwrite").asBoolean(false)) {
      return error(409, "RESOURCE_ALREADY_EXISTS", "A file or directory already exists at the input path " + path + ".");
    }
    long handle = ids.incrementAndGet();
    dbfsHandles.put(handle, new ByteArrayOutputStream());
    dbfsHandlePaths.put(handle, path);
    return ok(obj().put("handle", handle));
  }

  private Reply dbfsAddBlock(Q q) {
    ByteArrayOutputStream out = dbfsHandles.get(q.body.path("handle").asLong());
    if (out == null) {
      return error(404, "RESOURCE_DOES_NOT_EXIST", "Handle " + q.body.path("handle").asLong() + " does not exist.");
    }
    byte[] data = Base64.getDecoder().decode(q.text("data"));
    if (data.length > DBFS_MAX_BLOCK) {
      return error(400, "MAX_BLOCK_SIZE_EXCEEDED", "The block of " + data.length + " bytes exceeds the limit of "
          + DBFS_MAX_BLOCK + " bytes.");
    }
    out.write(data, 0, data.length);
    return ok(obj());
  }

  private Reply dbfsClose(Q q) {
    long handle = q.body.path("handle").asLong();
    ByteArrayOutputStream out = dbfsHandles.remove(handle);
    if (out == null) {
      return error(404, "RESOURCE_DOES_NOT_EXIST", "Handle " + handle + " does not exist.");
    }
    dbfsFiles.put(dbfsHandlePaths.remove(handle), out.toByteArray());
    return ok(obj());
  }

  private Reply dbfsPut(Q q) {
    byte[] data = Base64.getDecoder().decode(q.text("contents"));
    if (data.length > DBFS_MAX_BLOCK) {
      return error(400, "MAX_BLOCK_SIZE_EXCEEDED", "The contents of " + data.length + " bytes exceed the limit of "
          + DBFS_MAX_BLOCK + " bytes; use create, add-block and close.");
    }
    dbfsFiles.put(q.text("path"), data);
    return ok(obj());
  }

  private Reply dbfsRead(Q q) {
    byte[] file = dbfsFiles.get(q.param("path"));
    if (file == null) {
      return error(404, "RESOURCE_DOES_NOT_EXIST", "No file or directory exists on path " + q.param("path") + ".");
    }
    int length = q.intParam("length", 512 * 1024);
    if (length > DBFS_MAX_BLOCK) {
      return error(400, "MAX_READ_SIZE_EXCEEDED", "Cannot read more than " + DBFS_MAX_BLOCK + " bytes at once.");
    }
    int offset = (int) Math.min(q.longParam("offset") == null ? 0 : q.longParam("offset"), file.length);
    int n = Math.min(length, file.length - offset);
    byte[] chunk = new byte[n];
    System.arraycopy(file, offset, chunk, 0, n);
    return ok(obj().put("bytes_read", n).put("data", Base64.getEncoder().encodeToString(chunk)));
  }

  /** The entries right under a folder: its files, and the folders that the paths of deeper files imply. */
  private Reply dbfsList(Q q) {
    String folder = q.param("path").endsWith("/") ? q.param("path") : q.param("path") + "/";
    Map<String, ObjectNode> entries = new TreeMap<>();
    for (Map.Entry<String, byte[]> f : dbfsFiles.entrySet()) {
      if (f.getKey().startsWith(folder)) {
        String rest = f.getKey().substring(folder.length());
        int slash = rest.indexOf('/');
        String path = folder + (slash < 0 ? rest : rest.substring(0, slash));
        entries.put(path, obj().put("path", path).put("is_dir", slash >= 0)
            .put("file_size", slash < 0 ? f.getValue().length : 0).put("modification_time", 1700000000000L));
      }
    }
    if (entries.isEmpty() && !dbfsFiles.containsKey(q.param("path"))) {
      return error(404, "RESOURCE_DOES_NOT_EXIST", "No file or directory exists on path " + q.param("path") + ".");
    }
    ObjectNode out = obj();
    entries.values().forEach(out.putArray("files")::add);
    return ok(out);
  }

  private Reply dbfsStatus(Q q) {
    byte[] file = dbfsFiles.get(q.param("path"));
    if (file == null) {
      return error(404, "RESOURCE_DOES_NOT_EXIST", "No file or directory exists on path " + q.param("path") + ".");
    }
    return ok(obj().put("path", q.param("path")).put("is_dir", false).put("file_size", file.length)
        .put("modification_time", 1700000000000L));
  }

  // ---- workspace

  private Reply wsImport(Q q) {
    String path = q.text("path");
    if (workspaceFiles.containsKey(path) && !q.body.path("overwrite").asBoolean(false)) {
      return error(400, "RESOURCE_ALREADY_EXISTS", path + " already exists.");
    }
    byte[] content = Base64.getDecoder().decode(q.text("content"));
    if (content.length > WORKSPACE_MAX_EXPORT) {
      return error(400, "MAX_NOTEBOOK_SIZE_EXCEEDED", "The notebook exceeds the limit of 10 MB.");
    }
    workspaceFiles.put(path, content);
    workspaceLanguages.put(path, q.body.path("language").asText("PYTHON"));
    return ok(obj());
  }

  private Reply wsExport(Q q) {
    byte[] content = workspaceFiles.get(q.param("path"));
    if (content == null) {
      return error(404, "RESOURCE_DOES_NOT_EXIST", "Path (" + q.param("path") + ") doesn't exist.");
    }
    if (content.length > WORKSPACE_MAX_EXPORT) {
      return error(400, "MAX_NOTEBOOK_SIZE_EXCEEDED", "The exported content exceeds the limit of 10 MB.");
    }
    return ok(obj().put("content", Base64.getEncoder().encodeToString(content)).put("file_type", "py"));
  }

  // ---- secrets

  private Reply scopeCreate(Q q) {
    String scope = q.text("scope");
    if (secrets.containsKey(scope)) {
      return error(400, "RESOURCE_ALREADY_EXISTS", "Scope " + scope + " already exists!");
    }
    secrets.put(scope, new TreeMap<>());
    return ok(obj());
  }

  private Reply secretPut(Q q) {
    Map<String, Long> scope = secrets.get(q.text("scope"));
    if (scope == null) {
      return notFound("Scope " + q.text("scope") + " does not exist!");
    }
    scope.put(q.text("key"), System.currentTimeMillis());
    return ok(obj());
  }

  private Reply secretList(Q q) {
    Map<String, Long> scope = secrets.get(q.param("scope"));
    if (scope == null) {
      return notFound("Scope " + q.param("scope") + " does not exist!");
    }
    ObjectNode out = obj();
    ArrayNode list = out.putArray("secrets");
    scope.forEach((k, t) -> list.addObject().put("key", k).put("last_updated_timestamp", t));
    return ok(out);
  }

  // ---- SCIM

  private Reply userList(Q q) {
    int count = q.intParam("count", SCIM_MAX_COUNT);
    count = Math.min(count, SCIM_MAX_COUNT);
    int start = Math.max(1, q.intParam("startIndex", 1));
    ObjectNode out = obj();
    out.putArray("schemas").add("urn:ietf:params:scim:api:messages:2.0:ListResponse");
    ArrayNode res = out.putArray("Resources");
    List<ObjectNode> selected = new ArrayList<>();
    java.util.function.Predicate<JsonNode> filter = ScimFilter.of(q.param("filter"));
    users.stream().filter(filter).forEach(selected::add);
    for (int i = start - 1; i < Math.min(selected.size(), start - 1 + count); i++) {
      res.add(selected.get(i).deepCopy());
    }
    out.put("totalResults", selected.size()).put("startIndex", start).put("itemsPerPage", res.size());
    return ok(out);
  }

  // ---- API 1.2

  private Reply commandExecute(Q q) {
    String id = "cmd-" + ids.incrementAndGet();
    commands.put(id, new int[] {0});
    return ok(obj().put("id", id));
  }

  private Reply commandStatus(Q q) {
    int[] polls = commands.get(q.param("commandId"));
    if (polls == null) {
      return notFound("Command " + q.param("commandId") + " does not exist");
    }
    polls[0]++;
    ObjectNode out = obj().put("id", q.param("commandId"));
    if (polls[0] <= POLLS_PER_STATE) {
      out.put("status", polls[0] == 1 ? "Queued" : "Running");
    } else {
      out.put("status", "Finished");
      out.putObject("results").put("resultType", "text").put("data", "2");
    }
    return ok(out);
  }

  // ---- SQL statements

  private Reply statementExecute(Q q) {
    String id = "01ef-" + ids.incrementAndGet();
    statements.put(id, new int[] {0});
    statementRows.put(id, 3 * 1000);
    ObjectNode out = obj().put("statement_id", id);
    out.putObject("status").put("state", "PENDING");
    return ok(out);
  }

  private Reply statementGet(String rest) {
    String[] parts = rest.split("/");
    int[] polls = statements.get(parts[0]);
    if (polls == null) {
      return notFound("Statement " + parts[0] + " does not exist");
    }
    int rows = statementRows.get(parts[0]);
    int chunks = 3;
    int perChunk = rows / chunks;
    if (parts.length == 4 && parts[1].equals("result") && parts[2].equals("chunks")) {
      int index = Integer.parseInt(parts[3]);
      if (index < 0 || index >= chunks) {
        return notFound("Chunk " + index + " does not exist");
      }
      return ok(chunk(index, perChunk, chunks));
    }
    if (parts.length != 1) {
      return null;
    }
    polls[0]++;
    ObjectNode out = obj().put("statement_id", parts[0]);
    if (polls[0] <= POLLS_PER_STATE) {
      out.putObject("status").put("state", "RUNNING");
      return ok(out);
    }
    out.putObject("status").put("state", "SUCCEEDED");
    ObjectNode manifest = out.putObject("manifest").put("format", "JSON_ARRAY").put("total_chunk_count", chunks)
        .put("total_row_count", rows);
    ObjectNode schema = manifest.putObject("schema").put("column_count", 2);
    schema.putArray("columns").add(obj().put("name", "id").put("type_name", "LONG").put("position", 0))
        .add(obj().put("name", "name").put("type_name", "STRING").put("position", 1));
    ArrayNode list = manifest.putArray("chunks");
    for (int i = 0; i < chunks; i++) {
      list.add(obj().put("chunk_index", i).put("row_offset", i * perChunk).put("row_count", perChunk));
    }
    out.set("result", chunk(0, perChunk, chunks));
    return ok(out);
  }

  private ObjectNode chunk(int index, int perChunk, int chunks) {
    ObjectNode c = obj().put("chunk_index", index).put("row_offset", index * perChunk).put("row_count", perChunk);
    ArrayNode data = c.putArray("data_array");
    for (int r = 0; r < perChunk; r++) {
      data.addArray().add(String.valueOf(index * perChunk + r)).add("row-" + (index * perChunk + r));
    }
    if (index + 1 < chunks) {
      c.put("next_chunk_index", index + 1)
          .put("next_chunk_internal_link", "/api/2.0/sql/statements/x/result/chunks/" + (index + 1));
    }
    return c;
  }

  // ---- helpers

  private ObjectNode obj() {
    return json.createObjectNode();
  }

  private Reply ok(JsonNode body) {
    return new Reply(200, body);
  }

  private Reply notFound(String message) {
    return error(404, "RESOURCE_DOES_NOT_EXIST", message);
  }

  Reply error(int status, String code, String message) {
    return new Reply(status, obj().put("error_code", code).put("message", message));
  }

  private static final class Q {
    final Map<String, List<String>> query;
    final JsonNode body;

    Q(Map<String, List<String>> query, JsonNode body) {
      this.query = query;
      this.body = body == null ? new ObjectMapper().createObjectNode() : body;
    }

    String param(String name) {
      List<String> v = query.get(name);
      return v == null || v.isEmpty() ? null : v.get(0);
    }

    int intParam(String name, int dflt) {
      String v = param(name);
      return v == null ? dflt : Integer.parseInt(v);
    }

    Long longParam(String name) {
      String v = param(name);
      return v == null ? null : Long.valueOf(v);
    }

    String text(String field) {
      JsonNode v = body.get(field);
      return v == null || v.isNull() ? null : v.asText();
    }
  }
}
