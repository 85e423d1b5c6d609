package dev.brickapi.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.brickapi.it.ScenariosIT.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.brickapi.runtime.BadRequestException;
import dev.brickapi.runtime.DatabricksException;
import dev.brickapi.runtime.DatabricksTimeoutException;
import dev.brickapi.runtime.NotFoundException;
import dev.brickapi.runtime.ServerException;
import dev.brickapi.runtime.TransportException;
import dev.brickapi.client.service.workspace.v20.ExportObjectRequest;
import dev.brickapi.client.service.jobs.v22.ListJobsRequest;
import dev.brickapi.client.service.jobs.v22.ListRunsRequest;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.dbfs.v20.AddBlock;
import dev.brickapi.client.service.dbfs.v20.Create;
import dev.brickapi.client.service.dbfs.v20.DbfsApi;
import dev.brickapi.client.service.dbfs.v20.Put;
import dev.brickapi.client.service.jobs.v22.CreateJob;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.RunNow;
import dev.brickapi.runtime.wait.Waiter;
import dev.brickapi.runtime.wait.WaitOptions;
import dev.brickapi.client.service.workspace.v20.ExportFormat;
import dev.brickapi.client.service.workspace.v20.WorkspaceApi;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import dev.brickapi.mock.WorkspaceFake;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Faults that end a call, as the runtime reports them (typed exception, status, error code, the API's words,
 * method and path, never the token) with the exact requests the wire saw; and the server's documented limits
 * as the fake enforces them.
 */
@ExtendWith(MockWorkspaceExtension.class)
class FaultsIT {

  static final String GET = "/api/2.1/clusters/get";
  static final String CREATE = "/api/2.1/clusters/create";

  private MockWorkspace mock;
  private Clients clients;

  @BeforeEach
  void setUp(MockWorkspace mock) {
    this.mock = mock;
    this.clients = new Clients(mock);
  }

  @AfterEach
  void neverTheToken() {
    assertFalse(clients.log().contains(MockWorkspace.TOKEN), "the token is in the client log");
  }

  private static JsonNode json(String s) {
    try {
      return ScenariosIT.MAPPER.readTree(s);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + s, e);
    }
  }

  /** The call fails with {@code type}; its message names the request and never shows the token. */
  static <E extends DatabricksException> E fails(Class<E> type, String method, String path, Executable call) {
    DatabricksException e = assertThrows(DatabricksException.class, call);
    assertInstanceOf(type, e, e.toString());
    assertEquals(method, e.method(), e.getMessage());
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith(method + " " + path + " failed: "), e.getMessage());
    assertFalse(e.getMessage().contains(MockWorkspace.TOKEN), e.getMessage());
    return type.cast(e);
  }

  /** A 400 of the fake's documented limits: {@link BadRequestException} with the API's error code and words. */
  private static BadRequestException badRequest(String method, String path, String errorCode, String message,
      Executable call) {
    BadRequestException e = fails(BadRequestException.class, method, path, call);
    assertEquals(400, e.status(), e.getMessage());
    assertEquals(errorCode, e.errorCode(), e.getMessage());
    assertEquals(message, e.apiMessage(), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP 400 " + errorCode + ": " + message), e.getMessage());
    return e;
  }

  /** Requests on the wire (every one, unlike WireMock's journal, which keeps the last 50). */
  static long wire(MockWorkspace mock, String method, String path) {
    return mock.exchanges().stream()
        .filter(x -> x.method.equals(method) && (x.url.equals(path) || x.url.startsWith(path + "?"))).count();
  }

  /** The attempt numbers of the client's DEBUG lines for this request, in order. */
  static List<Integer> attempts(Clients clients, String method, String path) {
    Matcher m = Pattern.compile("DEBUG dev\\.brickapi\\.runtime\\.http " + Pattern.quote(method + " " + path)
        + " -> .*\\(attempt (\\d+)\\)").matcher(clients.log());
    List<Integer> out = new ArrayList<>();
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  static List<Integer> oneTo(int n) {
    return IntStream.rangeClosed(1, n).boxed().collect(Collectors.toList());
  }

  @Test
  void notFoundIsTypedWithTheApiWords() {
    NotFoundException e = fails(NotFoundException.class, "GET", GET,
        () -> clients.workspace(ClustersApi.class).getCluster("0000-missing"));
    assertEquals(404, e.status());
    assertEquals("RESOURCE_DOES_NOT_EXIST", e.errorCode());
    assertEquals("Cluster 0000-missing does not exist", e.apiMessage());
    assertEquals("GET /api/2.1/clusters/get failed: HTTP 404 RESOURCE_DOES_NOT_EXIST: Cluster 0000-missing does not exist",
        e.getMessage());
    // what the wire carried is what the exception reports, and a 404 is not retried
    JsonNode sent = json(mock.exchanges().get(0).responseBody);
    assertEquals(sent.get("error_code").asText(), e.errorCode());
    assertEquals(sent.get("message").asText(), e.apiMessage());
    assertEquals(1, wire(mock, "GET", GET));
  }

  @Test
  void htmlErrorPage() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
        + "<p>nginx</p></body></html>";
    mock.stubFault(get(urlPathEqualTo(GET))
        .willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody(html)));
    ServerException e = fails(ServerException.class, "GET", GET,
        () -> clients.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(502, e.status());
    assertNull(e.errorCode());
    assertTrue(e.apiMessage().startsWith("HTML page instead of JSON"), e.apiMessage());
    assertTrue(e.apiMessage().contains("502 Bad Gateway") && e.apiMessage().contains("nginx"), e.apiMessage());
    assertFalse(e.getMessage().contains("<"), "markup in the message: " + e.getMessage());
    assertEquals(1, wire(mock, "GET", GET), "a 502 is not retried");
  }

  @Test
  void truncatedJson() {
    mock.stubFault(get(urlPathEqualTo(GET)).willReturn(okJson("{\"cluster_id\":\"c1\",\"state\":\"RUNN")));
    TransportException e = fails(TransportException.class, "GET", GET,
        () -> clients.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(200, e.status());
    assertNull(e.errorCode());
    assertTrue(e.getMessage().contains("the 200 response is not the expected ClusterDetails"), e.getMessage());
    assertTrue(e.getMessage().contains("body starts: {\"cluster_id\":\"c1\",\"state\":\"RUNN"), e.getMessage());
    assertEquals(1, wire(mock, "GET", GET), "a body that cannot be decoded is not fetched again");
  }

  @Test
  void malformedJson() {
    mock.stubFault(get(urlPathEqualTo(GET)).willReturn(okJson("{\"cluster_id\": c1, state: RUNNING}")));
    TransportException e = fails(TransportException.class, "GET", GET,
        () -> clients.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(200, e.status());
    assertTrue(e.getMessage().contains("the 200 response is not the expected ClusterDetails"), e.getMessage());
    assertTrue(e.getMessage().contains("body starts: {\"cluster_id\": c1, state: RUNNING}"), e.getMessage());
    assertEquals(1, wire(mock, "GET", GET));
  }

  @Test
  void connectionResetOnGetIsRetriedUntilTheDeadlineThenTyped() {
    mock.stubFault(get(urlPathEqualTo(GET)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    Clients shortDeadline = clients.withRetryDeadline(Duration.ofMillis(500));
    TransportException e = fails(TransportException.class, "GET", GET,
        () -> shortDeadline.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(-1, e.status());
    assertInstanceOf(IOException.class, e.getCause(), String.valueOf(e.getCause()));
    assertTrue(e.getMessage().contains("gave up after"), e.getMessage());
    long sent = wire(mock, "GET", GET);
    assertTrue(sent >= 2, "a GET is retried after a reset; sent " + sent);
    assertEquals(oneTo((int) sent), attempts(clients, "GET", GET), clients.log());
  }

  @Test
  void connectionResetOnPostIsNotResent() {
    mock.stubFault(post(urlPathEqualTo(CREATE))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    TransportException e = fails(TransportException.class, "POST", CREATE,
        () -> clients.workspace(ClustersApi.class).createCluster(body(CreateCluster.class,
        "{\"cluster_name\":\"c\",\"spark_version\":\"13.3.x-scala2.12\",\"num_workers\":1}")));
    assertEquals(-1, e.status());
    assertInstanceOf(IOException.class, e.getCause(), String.valueOf(e.getCause()));
    assertTrue(e.getMessage().contains("not retried: the POST may have reached the server"), e.getMessage());
    assertEquals(1, wire(mock, "POST", CREATE));
    assertEquals(List.of(1), attempts(clients, "POST", CREATE));
  }

  @Test
  void readTimeoutOnGetIsRetriedUntilTheDeadlineThenTyped() {
    mock.stubFor(get(urlPathEqualTo(GET))
        .willReturn(okJson("{\"cluster_id\":\"c1\",\"state\":\"RUNNING\"}").withFixedDelay(1500)));
    Clients impatient = clients.withReadTimeout(Duration.ofMillis(200)).withRetryDeadline(Duration.ofMillis(1000));
    DatabricksTimeoutException e = fails(DatabricksTimeoutException.class, "GET", GET,
        () -> impatient.workspace(ClustersApi.class).getCluster("c1"));
    assertEquals(-1, e.status());
    assertInstanceOf(SocketTimeoutException.class, e.getCause(), String.valueOf(e.getCause()));
    long sent = wire(mock, "GET", GET);
    assertTrue(sent >= 2, "a GET is retried after a read timeout; sent " + sent);
    assertEquals(oneTo((int) sent), attempts(clients, "GET", GET), clients.log());
  }

  @Test
  void waiterReachesFailureState() {
    JobsApi jobs = clients.workspace(JobsApi.class);
    mock.fake().jobOutcome("flaky", "FAILED");
    long jobId = jobs.createJob(body(CreateJob.class, "{\"name\":\"flaky\"}")).getJobId();
    dev.brickapi.runtime.WaitFailedException e = assertThrows(dev.brickapi.runtime.WaitFailedException.class,
        () -> jobs.runNowAndWait(body(RunNow.class, "{\"job_id\":" + jobId + "}"), ScenariosIT.<Run>fast()));
    assertEquals("INTERNAL_ERROR", e.state());
    assertEquals("Notebook failed: division by zero", e.stateMessage());
  }

  @Test
  void waiterTimesOut() {
    mock.stubFor(get(urlPathEqualTo("/api/2.1/clusters/get"))
        .willReturn(okJson("{\"cluster_id\":\"c1\",\"state\":\"PENDING\",\"state_message\":\"Finding instances\"}")));
    long start = System.nanoTime();
    dev.brickapi.runtime.WaitTimeoutException e = assertThrows(dev.brickapi.runtime.WaitTimeoutException.class,
        () -> clients.workspace(ClustersApi.class).createClusterAndWait(body(CreateCluster.class,
            "{\"cluster_name\":\"c\",\"spark_version\":\"13.3.x-scala2.12\",\"num_workers\":1}"),
            WaitOptions.<ClusterDetails>timeout(Duration.ofMillis(300)).pollInterval(Duration.ofMillis(20), Duration.ofMillis(50))));
    assertEquals("PENDING", e.lastState());
    long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertTrue(ms >= 300 && ms < 5000, "waited " + ms + " ms");
  }

  @Test
  void dbfsPutOverOneMegabyte() {
    badRequest("POST", "/api/2.0/dbfs/put", "MAX_BLOCK_SIZE_EXCEEDED", "The contents of " + (WorkspaceFake.DBFS_MAX_BLOCK + 1)
        + " bytes exceed the limit of " + WorkspaceFake.DBFS_MAX_BLOCK + " bytes; use create, add-block and close.",
        () -> clients.workspace(DbfsApi.class).putFile(body(Put.class, "{\"path\":\"/tmp/x\",\"overwrite\":true}")
            .setContents(new byte[WorkspaceFake.DBFS_MAX_BLOCK + 1])));
    assertEquals(1, wire(mock, "POST", "/api/2.0/dbfs/put"));
  }

  @Test
  void dbfsAddBlockOverOneMegabyte() {
    DbfsApi dbfs = clients.workspace(DbfsApi.class);
    long handle = dbfs.createStream(body(Create.class, "{\"path\":\"/tmp/y\"}")).getHandle();
    badRequest("POST", "/api/2.0/dbfs/add-block", "MAX_BLOCK_SIZE_EXCEEDED", "The block of "
        + (WorkspaceFake.DBFS_MAX_BLOCK + 1) + " bytes exceeds the limit of " + WorkspaceFake.DBFS_MAX_BLOCK + " bytes.",
        () -> dbfs.addBlock(new AddBlock().setHandle(handle).setData(new byte[WorkspaceFake.DBFS_MAX_BLOCK + 1])));
    assertEquals(1, wire(mock, "POST", "/api/2.0/dbfs/add-block"));
  }

  @Test
  void runsListOffsetCap() {
    JobsApi jobs = clients.workspace(JobsApi.class);
    jobs.listRuns(new ListRunsRequest().setLimit(25).setOffset(WorkspaceFake.RUNS_MAX_OFFSET));
    badRequest("GET", "/api/2.2/jobs/runs/list", "INVALID_PARAMETER_VALUE",
        "offset must be at most " + WorkspaceFake.RUNS_MAX_OFFSET + "; use page_token to go further",
        () -> jobs.listRuns(new ListRunsRequest().setLimit(25).setOffset(WorkspaceFake.RUNS_MAX_OFFSET + 1)));
  }

  @Test
  void workspaceExportOverTenMegabytes() {
    mock.fake().workspaceFile("/Users/jane/big", new byte[WorkspaceFake.WORKSPACE_MAX_EXPORT + 1]);
    badRequest("GET", "/api/2.0/workspace/export", "MAX_NOTEBOOK_SIZE_EXCEEDED",
        "The exported content exceeds the limit of 10 MB.",
        () -> clients.workspace(WorkspaceApi.class).exportObject(new ExportObjectRequest().setPath("/Users/jane/big").setFormat(ExportFormat.SOURCE)));
  }

  @Test
  void maximumPageSizes() {
    JobsApi jobs = clients.workspace(JobsApi.class);
    mock.fake().seedJobs(150, "j");
    assertEquals(WorkspaceFake.JOBS_MAX_LIMIT, jobs.listJobs(new ListJobsRequest().setLimit(WorkspaceFake.JOBS_MAX_LIMIT)).getJobs().size());
    badRequest("GET", "/api/2.2/jobs/list", "INVALID_PARAMETER_VALUE",
        "limit must be between 1 and " + WorkspaceFake.JOBS_MAX_LIMIT,
        () -> jobs.listJobs(new ListJobsRequest().setLimit(WorkspaceFake.JOBS_MAX_LIMIT + 1)));
    badRequest("GET", "/api/2.2/jobs/runs/list", "INVALID_PARAMETER_VALUE",
        "limit must be between 1 and " + WorkspaceFake.RUNS_MAX_LIMIT,
        () -> jobs.listRuns(new ListRunsRequest().setLimit(WorkspaceFake.RUNS_MAX_LIMIT + 1)));
  }
}
