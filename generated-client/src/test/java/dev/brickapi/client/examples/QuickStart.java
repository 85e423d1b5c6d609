package dev.brickapi.client.examples;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.ext.DbfsStreams;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.RunNow;
import dev.brickapi.client.service.support.WaitOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The README's quick start. Reads DATABRICKS_HOST and DATABRICKS_TOKEN (or any other configuration: profile,
 * service principal, ...) from the environment, lists clusters, creates a cluster and waits until it runs,
 * runs a job and waits for it, and uploads a file to DBFS.
 *
 * <p>Arguments: {@code [jobId]} — the job to run (skipped when absent).
 */
public final class QuickStart {
  private QuickStart() {}

  public static void main(String[] args) throws Exception {
    // Host and token come from DATABRICKS_HOST / DATABRICKS_TOKEN (or ~/.databrickscfg).
    WorkspaceClient workspace = WorkspaceClient.builder().build();

    System.out.println("Clusters:");
    for (ClusterDetails cluster : workspace.clusters().listClustersAll(null, null, null, null, 100, null, null)) {
      System.out.println("  " + cluster.getClusterId() + "  " + cluster.getClusterName() + "  " + cluster.getState());
    }

    ClusterDetails cluster = workspace.clusters().createClusterAndWait(
        new CreateCluster()
            .setClusterName("brickapi-quickstart")
            .setSparkVersion("15.4.x-scala2.12")
            .setNodeTypeId("Standard_DS3_v2")
            .setNumWorkers(1)
            .setAutoterminationMinutes(20),
        WaitOptions.<ClusterDetails>timeout(Duration.ofMinutes(20))
            .onProgress(c -> System.out.println("  cluster " + c.getClusterId() + " is " + c.getState())));
    System.out.println("Cluster " + cluster.getClusterId() + " is " + cluster.getState());

    if (args.length > 0) {
      Run run = workspace.jobs().runNowAndWait(new RunNow().setJobId(Long.parseLong(args[0])),
          WaitOptions.<Run>timeout(Duration.ofHours(1))
              .onProgress(r -> System.out.println("  run " + r.getRunId() + ": " + r.getState().getLifeCycleState())));
      System.out.println("Run " + run.getRunId() + " ended: " + run.getState().getResultState());
    }

    Path file = Files.createTempFile("brickapi-quickstart", ".txt");
    Files.write(file, "hello from brickapi\n".getBytes(StandardCharsets.UTF_8));
    long bytes = new DbfsStreams(workspace.dbfs()).upload(file, "/tmp/brickapi-quickstart.txt", true);
    System.out.println("Uploaded " + bytes + " bytes to dbfs:/tmp/brickapi-quickstart.txt");
  }
}
