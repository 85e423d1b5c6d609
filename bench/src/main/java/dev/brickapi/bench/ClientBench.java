package dev.brickapi.bench;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.DatabricksConfig;
import com.databricks.sdk.service.jobs.ListJobsRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.client.service.jobs.v22.ListJobsResponse;
import dev.brickapi.runtime.json.JsonCodec;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Client overhead (issue 9, item 3): one call at a time against the same in-JVM loopback server, a small
 * GET (clusters/get, about 1.7 KB) and a large GET (a jobs/list page of about 2 MB), through our client
 * (two transports), the official SDK, raw java.net.http + Jackson, and a bare socket + Jackson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ClientBench {

  LoopbackServer server;
  ClustersApi oursJava11Clusters;
  JobsApi oursJava11Jobs;
  ClustersApi oursDefaultClusters;
  JobsApi oursDefaultJobs;
  WorkspaceClient sdk;
  HttpClient http;
  HttpRequest rawCluster;
  HttpRequest rawJobs;
  ObjectMapper mapper;
  SocketClient socket;
  byte[] socketCluster;
  dev.brickapi.client.service.clusters.v21.ClustersApi oursClientClusters;
  dev.brickapi.client.service.jobs.v22.JobsApi oursClientJobs;
  byte[] socketJobs;
  ListJobsRequest sdkJobsRequest;
  /** Our request of the same page. */
  static final dev.brickapi.client.service.jobs.v22.ListJobsRequest JOBS =
      new dev.brickapi.client.service.jobs.v22.ListJobsRequest().setExpandTasks(true).setLimit(100);

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    System.out.println("fixtures: clusters/get " + Fixtures.cluster().length + " bytes, jobs/list page "
        + Fixtures.jobsPage().length + " bytes");
    server = new LoopbackServer(Fixtures.clientHandler());
    String base = server.baseUrl();
    OurClient java11 = OurClient.create(base, OurClient.Transport.JAVA11);
    oursJava11Clusters = java11.clusters();
    oursJava11Jobs = java11.jobs();
    dev.brickapi.client.WorkspaceClient runtime = dev.brickapi.client.WorkspaceClient.builder()
        .configure(c -> c.host(base).token("x").allowInsecureLoopback(true).environment(java.util.Map.of())).build();
    oursClientClusters = runtime.clusters();
    oursClientJobs = runtime.jobs();
    OurClient dflt = OurClient.create(base, OurClient.Transport.DEFAULT);
    oursDefaultClusters = dflt.clusters();
    oursDefaultJobs = dflt.jobs();
    sdk = new WorkspaceClient(new DatabricksConfig().setHost(base).setToken("x"));
    sdkJobsRequest = new ListJobsRequest().setExpandTasks(true).setLimit(100L);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    rawCluster = HttpRequest.newBuilder(URI.create(base + Fixtures.CLUSTER_PATH + "?cluster_id=" + Fixtures.CLUSTER_ID))
        .header("Authorization", "Bearer x").header("Accept", "application/json").GET().build();
    rawJobs = HttpRequest.newBuilder(URI.create(base + Fixtures.JOBS_PATH + "?expand_tasks=true&limit=100"))
        .header("Authorization", "Bearer x").header("Accept", "application/json").GET().build();
    mapper = rawMapper();
    socket = new SocketClient(server.port());
    socketCluster = SocketClient.get(Fixtures.CLUSTER_PATH + "?cluster_id=" + Fixtures.CLUSTER_ID);
    socketJobs = SocketClient.get(Fixtures.JOBS_PATH + "?expand_tasks=true&limit=100");
    check();
  }

  /** Every client must see the same data before anything is timed. */
  void check() throws Exception {
    expect(oursJava11().getExecutors().size() == 7 && oursDefault().getClusterId().equals(Fixtures.CLUSTER_ID),
        "ours cluster");
    expect(sdk().getExecutors().size() == 7, "sdk cluster");
    expect(raw().getExecutors().size() == 7 && socket().getExecutors().size() == 7, "raw/socket cluster");
    expect(jobsOursJava11().getJobs().size() == 100 && jobsOursDefault().getJobs().get(99).getSettings().getTasks().size() == Fixtures.TASKS,
        "ours jobs");
    expect(jobsSdk().getJobs().size() == 100
        && jobsSdk().getJobs().iterator().next().getSettings().getTasks().size() == Fixtures.TASKS, "sdk jobs");
    expect(jobsRaw().getJobs().get(99).getSettings().getTasks().size() == Fixtures.TASKS
        && jobsSocket().getJobs().get(99).getSettings().getTasks().size() == Fixtures.TASKS, "raw/socket jobs");
  }

  private static void expect(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("fixture not decoded as expected: " + what);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    System.out.println("loopback server: " + server.requests.get() + " requests on " + server.connections.get()
        + " connections");
    socket.close();
    server.close();
  }

  /**
   * The generated client's mapper configuration, but not closing the stream it reads: Jackson closes its
   * source at the end of the value by default, and java.net.http drops the connection when a response
   * stream is closed before end of stream. Raw reads to the end (see {@link #drained}) and closes itself.
   */
  static ObjectMapper rawMapper() {
    ObjectMapper m = JsonCodec.newMapper();
    m.getFactory().disable(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
    return m;
  }

  /**
   * Reads the body to its end before it is closed: java.net.http closes the connection when a response
   * stream is closed before end of stream, and Jackson stops reading at the end of the JSON value.
   */
  static <T> T drained(T value, InputStream in) throws java.io.IOException {
    byte[] rest = new byte[256];
    while (in.read(rest) >= 0) {
      // nothing should be left but end of stream
    }
    return value;
  }

  // ---- small GET: clusters/get (~1.7 KB) ----

  @Benchmark
  public ClusterDetails oursJava11() {
    return oursJava11Clusters.getCluster(Fixtures.CLUSTER_ID);
  }

  /** The published client as users build it: WorkspaceClient with its default transport. */
  @Benchmark
  public ClusterDetails oursClient() {
    return oursClientClusters.getCluster(Fixtures.CLUSTER_ID);
  }

  @Benchmark
  public ClusterDetails oursDefault() {
    return oursDefaultClusters.getCluster(Fixtures.CLUSTER_ID);
  }

  @Benchmark
  public com.databricks.sdk.service.compute.ClusterDetails sdk() {
    return sdk.clusters().get(Fixtures.CLUSTER_ID);
  }

  @Benchmark
  public ClusterDetails raw() throws Exception {
    HttpResponse<InputStream> r = http.send(rawCluster, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      return drained(mapper.readValue(in, ClusterDetails.class), in);
    }
  }

  @Benchmark
  public ClusterDetails socket() throws Exception {
    socket.exchange(socketCluster);
    return mapper.readValue(socket.body(), 0, socket.length(), ClusterDetails.class);
  }

  // ---- large GET: jobs/list page (~2 MB) ----

  @Benchmark
  public ListJobsResponse jobsOursJava11() {
    return oursJava11Jobs.listJobs(JOBS);
  }

  @Benchmark
  public ListJobsResponse jobsOursClient() {
    return oursClientJobs.listJobs(JOBS);
  }

  @Benchmark
  public ListJobsResponse jobsOursDefault() {
    return oursDefaultJobs.listJobs(JOBS);
  }

  @Benchmark
  public com.databricks.sdk.service.jobs.ListJobsResponse jobsSdk() {
    return sdk.jobs().impl().list(sdkJobsRequest);
  }

  @Benchmark
  public ListJobsResponse jobsRaw() throws Exception {
    HttpResponse<InputStream> r = http.send(rawJobs, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      return drained(mapper.readValue(in, ListJobsResponse.class), in);
    }
  }

  @Benchmark
  public ListJobsResponse jobsSocket() throws Exception {
    socket.exchange(socketJobs);
    return mapper.readValue(socket.body(), 0, socket.length(), ListJobsResponse.class);
  }
}
