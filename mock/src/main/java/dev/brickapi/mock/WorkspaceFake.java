package dev.brickapi.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stateful part of the mock workspace: one {@link Fake} per family, each answering operations of its spec
 * document from its own state, with the server's documented limits. A request reaches the family by the
 * operation the specs matched ({@link SpecIndex#route}), by document and operation id. State advances on each
 * poll (a cluster is PENDING on its first polls, then RUNNING), so waiters see a real sequence of states
 * without sleeping.
 *
 * <p>A new family is a class implementing {@link Fake} and one line in {@link #families}.
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

  private final AtomicLong ids = new AtomicLong(1000);
  private final Clusters clusters = new Clusters(ids);
  private final Jobs jobs = new Jobs(ids);
  private final Dbfs dbfs = new Dbfs(ids);
  private final WorkspaceObjects workspace = new WorkspaceObjects(ids);
  private final Scim scim = new Scim(ids);
  private final FilesFake files = new FilesFake();
  private final UnityCatalog unityCatalog = new UnityCatalog(ids);
  private final List<Fake> families = List.of(
      clusters,
      jobs,
      dbfs,
      workspace,
      new Secrets(),
      scim,
      new Commands(ids),
      new Statements(ids),
      files,
      new ClusterPolicies(ids),
      new InstancePools(ids),
      new Libraries(),
      new Permissions(),
      new Tokens(ids),
      new GlobalInitScripts(ids),
      new IpAccessLists(ids),
      new GitCredentials(ids),
      new Repos(ids),
      new Warehouses(ids),
      SqlObjects.queries(),
      SqlObjects.alerts(),
      LegacySqlObjects.queries(),
      LegacySqlObjects.alerts(),
      new Pipelines(),
      new ServingEndpoints(ids),
      new MlflowExperiments(ids),
      new ModelRegistry(),
      unityCatalog,
      new UnityCatalogTables(ids, unityCatalog));
  private final Routes routes = new Routes();

  WorkspaceFake() {
    families.forEach(routes::registerAll);
  }

  /** Fails when a family registers an operation id that its document, present in these specs, does not define. */
  void check(SpecIndex specs) {
    routes.check(specs);
  }

  Routes routes() {
    return routes;
  }

  /** The volumes of the Files API, for tests that look at what was stored. */
  public FilesFake files() {
    return files;
  }

  /** Forgets everything. */
  public synchronized void reset() {
    families.forEach(Fake::reset);
  }

  /** Whether a family answers this operation (else its spec example does). */
  public boolean serves(SpecIndex.Op op) {
    return routes.handler(op.documentName, op.operationId()) != null;
  }

  /** Answers a request to {@code op}, or null when no family serves it. */
  synchronized Reply handle(SpecIndex.Op op, String path, Map<String, List<String>> query, JsonNode body,
      byte[] bytes, String contentType) {
    Fake.Handler handler = routes.handler(op.documentName, op.operationId());
    return handler == null ? null : handler.handle(new FakeRequest(op, path, query, body, bytes, contentType));
  }

  /** Runs of jobs whose name is this end in this result state (SUCCESS by default; FAILED, ...). */
  public synchronized void jobOutcome(String jobName, String resultState) {
    jobs.outcome(jobName, resultState);
  }

  /** Adds {@code n} jobs named {@code prefix-i}. */
  public synchronized void seedJobs(int n, String prefix) {
    jobs.seed(n, prefix);
  }

  /** Adds {@code n} SCIM users. */
  public synchronized void seedUsers(int n) {
    for (int i = 0; i < n; i++) {
      scim.seedUser("user" + i + "@example.com", "User " + i);
    }
  }

  /** One more workspace user, named {@code userName} (an e-mail address). */
  public synchronized void seedUser(String userName) {
    scim.seedUser(userName, userName.split("@")[0]);
  }

  /** A DBFS file's content, or null. */
  public synchronized byte[] dbfsFile(String path) {
    return dbfs.file(path);
  }

  /** Puts a workspace file (e.g. one larger than the export limit). */
  public synchronized void workspaceFile(String path, byte[] content) {
    workspace.file(path, content);
  }

  /** Puts a cluster in a state (ERROR, UNKNOWN, ...) that it keeps until changed, with the server's message. */
  public synchronized void clusterState(String clusterId, String state, String message) {
    clusters.state(clusterId, state, message);
  }
}
