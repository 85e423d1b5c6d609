package dev.brickapi.client.examples;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.ext.NodeTypeSelector;
import dev.brickapi.client.ext.SparkVersionSelector;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.clusters.v21.ListClustersRequest;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.RunNow;
import dev.brickapi.runtime.wait.WaitOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The README's quick start: lists clusters, picks the latest LTS runtime and the smallest node type, creates a
 * cluster of them and waits until it runs, runs a job and waits
 * for it, and uploads a file to DBFS. {@link #main} reads the workspace from the environment
 * ({@code DATABRICKS_HOST} and {@code DATABRICKS_TOKEN}, or a profile); the mock workspace's demo passes its
 * own client to {@link #run}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * @param args {@code [jobId]}: the job to run (skipped when absent)
   */
  public static void main(String[] args) throws IOException {
    // Host and token come from DATABRICKS_HOST / DATABRICKS_TOKEN (or ~/.databrickscfg).
    WorkspaceClient workspace = WorkspaceClient.builder().build();
    run(workspace, args.length > 0 ? Long.valueOf(args[0]) : null, System.out);
  }

  public static void run(WorkspaceClient workspace, Long jobId, PrintStream out) throws IOException {
    out.println("Clusters:");
    for (ClusterDetails cluster : workspace.clusters().listClustersAll(new ListClustersRequest().setPageSize(100))) {
      out.println("  " + cluster.getClusterId() + "  " + cluster.getClusterName() + "  " + cluster.getState());
    }

    String runtime = workspace.clusterHelpers().selectSparkVersion(new SparkVersionSelector().latest().longTermSupport());
    String nodeType = workspace.clusterHelpers().selectNodeType(new NodeTypeSelector().localDisk());
    out.println("Latest LTS runtime " + runtime + ", smallest node type with a local disk " + nodeType);

    ClusterDetails cluster = workspace.clusters().createClusterAndWait(
        new CreateCluster()
            .setClusterName("brickapi-quickstart")
            .setSparkVersion(runtime)
            .setNodeTypeId(nodeType)
            .setNumWorkers(1)
            .setAutoterminationMinutes(20),
        WaitOptions.<ClusterDetails>timeout(Duration.ofMinutes(20))
            .onProgress(c -> out.println("  cluster " + c.getClusterId() + " is " + c.getState())));
    out.println("Cluster " + cluster.getClusterId() + " is " + cluster.getState());

    if (jobId != null) {
      Run run = workspace.jobs().runNowAndWait(new RunNow().setJobId(jobId),
          WaitOptions.<Run>timeout(Duration.ofHours(1))
              .onProgress(r -> out.println("  run " + r.getRunId() + ": " + r.getState().getLifeCycleState())));
      out.println("Run " + run.getRunId() + " ended: " + run.getState().getResultState());
    }

    Path file = Files.createTempFile("brickapi-quickstart", ".txt");
    Files.write(file, "hello from brickapi\n".getBytes(StandardCharsets.UTF_8));
    long bytes = workspace.dbfsStreams().upload(file, "/tmp/brickapi-quickstart.txt", true);
    out.println("Uploaded " + bytes + " bytes to dbfs:/tmp/brickapi-quickstart.txt");
  }
}
