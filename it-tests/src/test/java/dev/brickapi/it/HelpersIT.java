package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.ext.ClusterHelpers;
import dev.brickapi.client.ext.DbfsStreams;
import dev.brickapi.client.ext.NodeTypeSelector;
import dev.brickapi.client.ext.SparkVersionSelector;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.clusters.v21.DeleteCluster;
import dev.brickapi.client.service.dbfs.v20.FileInfo;
import dev.brickapi.client.service.jobs.v22.CreateJob;
import dev.brickapi.client.service.jobs.v22.NotebookTask;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.RunNow;
import dev.brickapi.client.service.jobs.v22.RunOutput;
import dev.brickapi.client.service.jobs.v22.Task;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import dev.brickapi.runtime.wait.WaitOptions;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The hand-written helpers of {@code dev.brickapi.client.ext} against the mock workspace's stateful fake. */
@ExtendWith(MockWorkspaceExtension.class)
class HelpersIT {

  private MockWorkspace mock;
  private WorkspaceClient workspace;

  @BeforeEach
  void setUp(MockWorkspace mock) {
    this.mock = mock;
    mock.reset();
    this.workspace = new Clients(mock).workspaceClient();
  }

  private static WaitOptions<ClusterDetails> fast(List<String> states) {
    return WaitOptions.<ClusterDetails>timeout(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20))
        .onProgress(c -> states.add(c.getState().value()));
  }

  private String runningCluster() {
    return workspace.clusters().createClusterAndWait(new CreateCluster().setClusterName("etl")
        .setSparkVersion("17.3.x-scala2.13").setNodeTypeId("m5d.large").setNumWorkers(1),
        WaitOptions.<ClusterDetails>timeout(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5), Duration.ofMillis(20)))
        .getClusterId();
  }

  private long calls(String method, String path) {
    return mock.exchanges().stream().filter(e -> e.method.equals(method) && e.url.startsWith(path)).count();
  }

  @Test
  void selectorsPickFromTheWorkspacesVersionsAndNodeTypes() {
    ClusterHelpers helpers = workspace.clusterHelpers();
    assertEquals("17.3.x-scala2.13", helpers.selectSparkVersion(new SparkVersionSelector().latest().longTermSupport()));
    assertEquals("16.4.x-gpu-ml-scala2.12", helpers.selectSparkVersion(new SparkVersionSelector().latest().ml().gpu().scala("2.12")));
    assertEquals("17.3.x-photon-scala2.13", helpers.selectSparkVersion(new SparkVersionSelector().latest().photon()));
    assertEquals("m5d.large", helpers.selectNodeType(new NodeTypeSelector().localDisk()));
    assertEquals("g5.xlarge", helpers.selectNodeType(new NodeTypeSelector().gpu()));
    assertEquals("i3.xlarge", helpers.selectNodeType(new NodeTypeSelector().category("Storage Optimized").photon()));
    NoSuchElementException none = assertThrows(NoSuchElementException.class,
        () -> helpers.selectNodeType(new NodeTypeSelector().minMemoryGb(512)));
    assertTrue(none.getMessage().contains("at least 512 GB") && none.getMessage().contains("i3.xlarge"), none.getMessage());
    mock.assertNoViolations();
  }

  @Test
  void aRunningClusterIsReturnedWithoutAStart() {
    String id = runningCluster();
    List<String> states = new ArrayList<>();
    assertEquals("RUNNING", workspace.clusterHelpers().ensureClusterRunning(id, fast(states)).getState().value());
    assertEquals(List.of("RUNNING"), states);
    assertEquals(0, calls("POST", "/api/2.1/clusters/start"));
    mock.assertNoViolations();
  }

  @Test
  void aTerminatedClusterIsStartedAndWaitedFor() {
    String id = runningCluster();
    workspace.clusters().deleteClusterAndWait(new DeleteCluster().setClusterId(id), WaitOptions.<ClusterDetails>timeout(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20)));
    List<String> states = new ArrayList<>();
    ClusterDetails cluster = workspace.clusterHelpers().ensureClusterRunning(id, fast(states));
    assertEquals("RUNNING", cluster.getState().value());
    assertEquals(List.of("TERMINATED", "PENDING", "RUNNING"), states.stream().distinct().collect(Collectors.toList()));
    assertEquals(1, calls("POST", "/api/2.1/clusters/start"));
    mock.assertNoViolations();
  }

  @Test
  void aTerminatingClusterIsWaitedForThenStarted() {
    String id = runningCluster();
    workspace.clusters().deleteCluster(id);
    List<String> states = new ArrayList<>();
    assertEquals("RUNNING", workspace.clusterHelpers().ensureClusterRunning(id, fast(states)).getState().value());
    assertEquals(List.of("TERMINATING", "TERMINATED", "PENDING", "RUNNING"),
        states.stream().distinct().collect(Collectors.toList()));
    assertEquals(1, calls("POST", "/api/2.1/clusters/start"));
    mock.assertNoViolations();
  }

  @Test
  void restartingAndResizingClustersAreWaitedFor() {
    String id = runningCluster();
    workspace.clusters().restartCluster(id);
    List<String> states = new ArrayList<>();
    assertEquals("RUNNING", workspace.clusterHelpers().ensureClusterRunning(id, fast(states)).getState().value());
    assertEquals("RESTARTING", states.get(0));
    workspace.clusters().resizeCluster(new dev.brickapi.client.service.clusters.v21.ResizeCluster()
        .setClusterId(id).setNumWorkers(4));
    states.clear();
    ClusterDetails resized = workspace.clusterHelpers().ensureClusterRunning(id, fast(states));
    assertEquals("RESIZING", states.get(0));
    assertEquals(4, resized.getNumWorkers());
    assertEquals(0, calls("POST", "/api/2.1/clusters/start"));
    mock.assertNoViolations();
  }

  @Test
  void aClusterInErrorFailsClearly() {
    String id = runningCluster();
    mock.fake().clusterState(id, "ERROR", "Instances could not be acquired");
    ClusterHelpers.ClusterNotRunningException e = assertThrows(ClusterHelpers.ClusterNotRunningException.class,
        () -> workspace.clusterHelpers().ensureClusterRunning(id, fast(new ArrayList<>())));
    assertEquals(id, e.clusterId());
    assertEquals("ERROR", e.state());
    assertEquals("cluster " + id + " is ERROR: Instances could not be acquired", e.getMessage());
    mock.assertNoViolations();
  }

  @Test
  void theOutputOfEachTaskByTaskKeyAndOfASingleTaskRun() {
    long two = workspace.jobs().createJob(new CreateJob().setName("two").setTasks(List.of(
        new Task().setTaskKey("ingest").setExistingClusterId("c").setNotebookTask(new NotebookTask().setNotebookPath("/a")),
        new Task().setTaskKey("report").setExistingClusterId("c").setNotebookTask(new NotebookTask().setNotebookPath("/b")))))
        .getJobId();
    Run run = workspace.jobs().runNowAndWait(new RunNow().setJobId(two), fastRun());
    Map<String, RunOutput> outputs = workspace.jobHelpers().taskOutputs(run.getRunId());
    assertEquals(List.of("ingest", "report"), new ArrayList<>(outputs.keySet()));
    assertEquals("report rows written: 42", outputs.get("report").getNotebookOutput().getResult());
    IllegalArgumentException several = assertThrows(IllegalArgumentException.class,
        () -> workspace.jobHelpers().runOutput(run.getRunId()));
    assertTrue(several.getMessage().contains("[ingest, report]"), several.getMessage());

    long one = workspace.jobs().createJob(new CreateJob().setName("one").setTasks(List.of(
        new Task().setTaskKey("main").setExistingClusterId("c").setNotebookTask(new NotebookTask().setNotebookPath("/m")))))
        .getJobId();
    Run single = workspace.jobs().runNowAndWait(new RunNow().setJobId(one), fastRun());
    assertEquals("main rows written: 42", workspace.jobHelpers().runOutput(single.getRunId()).getNotebookOutput().getResult());
    mock.assertNoViolations();
  }

  private static WaitOptions<Run> fastRun() {
    return WaitOptions.<Run>timeout(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5), Duration.ofMillis(20));
  }

  @Test
  void dbfsFilesAsStreamsWholeListedAndCopied() throws Exception {
    DbfsStreams dbfs = workspace.dbfsStreams();
    byte[] big = new byte[2 * 1024 * 1024 + 5];
    new Random(3).nextBytes(big);
    try (OutputStream out = dbfs.openForWrite("/data/in/big.bin", true)) {
      for (int i = 0; i < big.length; i += 100_000) {
        out.write(big, i, Math.min(100_000, big.length - i));
      }
    }
    assertArrayEquals(big, mock.fake().dbfsFile("/data/in/big.bin"));
    assertEquals(3, calls("POST", "/api/2.0/dbfs/add-block"), "1 MB blocks");

    byte[] small = "{\"rows\": 42}".getBytes(StandardCharsets.UTF_8);
    dbfs.write("/data/in/small.json", small, true);
    assertEquals(1, calls("POST", "/api/2.0/dbfs/put"));
    assertArrayEquals(small, dbfs.readAllBytes("/data/in/small.json"));
    IllegalArgumentException tooBig = assertThrows(IllegalArgumentException.class,
        () -> dbfs.readAllBytes("/data/in/big.bin", 1024));
    assertTrue(tooBig.getMessage().contains("download(path)"), tooBig.getMessage());

    List<Long> progress = new ArrayList<>();
    assertEquals(big.length, dbfs.copy("/data/in/big.bin", "/data/out/copy.bin", true, (done, total) -> progress.add(done)));
    assertArrayEquals(big, mock.fake().dbfsFile("/data/out/copy.bin"));
    assertEquals(List.of(1L << 20, 2L << 20, (long) big.length), progress);

    assertEquals(List.of("/data/in/big.bin", "/data/in/small.json", "/data/out/copy.bin"),
        dbfs.listRecursive("/data").stream().map(FileInfo::getPath).collect(Collectors.toList()));
    mock.assertNoViolations();
  }
}
