package dev.brickapi.client.examples;

import dev.brickapi.client.AccountClient;
import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.ext.DbfsStreams;
import dev.brickapi.client.ext.NodeTypeSelector;
import dev.brickapi.client.ext.SparkVersionSelector;
import dev.brickapi.client.ext.VolumeFiles;
import dev.brickapi.client.service.account.v20.Workspace;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.clusters.v21.ListClustersFilterBy;
import dev.brickapi.client.service.clusters.v21.ListClustersRequest;
import dev.brickapi.client.service.clusters.v21.State;
import dev.brickapi.client.service.dbfs.v20.FileInfo;
import dev.brickapi.client.service.files.v20.DirectoryEntry;
import dev.brickapi.client.service.jobs.v22.BaseRun;
import dev.brickapi.client.service.jobs.v22.CreateJob;
import dev.brickapi.client.service.jobs.v22.ListRunsRequest;
import dev.brickapi.client.service.jobs.v22.NotebookTask;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.Task;
import dev.brickapi.client.service.jobs.v22.TaskDependency;
import dev.brickapi.client.service.scim.v20.ListUsersRequest;
import dev.brickapi.client.service.scim.v20.User;
import dev.brickapi.client.service.secrets.v20.PutSecret;
import dev.brickapi.client.service.secrets.v20.SecretMetadata;
import dev.brickapi.client.service.sql.v20.StatementResponse;
import dev.brickapi.client.service.unitycatalog.v21.TableInfo;
import dev.brickapi.client.service.workspace.v20.ExportFormat;
import dev.brickapi.client.service.workspace.v20.ExportObjectRequest;
import dev.brickapi.client.service.workspace.v20.Import;
import dev.brickapi.client.service.workspace.v20.ImportFormat;
import dev.brickapi.client.service.workspace.v20.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's cookbook: fourteen everyday tasks, one method each, compiled by the build (a test checks that the
 * README shows each method as it is) and run against the mock workspace by the integration tests.
 */
public final class Cookbook {
  private Cookbook() {}

  /** 1. The running clusters, 100 per page. */
  public static List<String> runningClusters(WorkspaceClient workspace) {
    List<String> names = new ArrayList<>();
    ListClustersRequest running = new ListClustersRequest()
        .setFilterBy(new ListClustersFilterBy().setClusterStates(List.of(State.RUNNING))).setPageSize(100);
    for (ClusterDetails cluster : workspace.clusters().listClustersAll(running)) {
      names.add(cluster.getClusterName());
    }
    return names;
  }

  /** 2. A cluster, created and running. */
  public static ClusterDetails createCluster(WorkspaceClient workspace, String sparkVersion, String nodeType) {
    return workspace.clusters().createClusterAndWait(new CreateCluster()
        .setClusterName("etl")
        .setSparkVersion(sparkVersion)
        .setNodeTypeId(nodeType)
        .setNumWorkers(2)
        .setAutoterminationMinutes(30));
  }

  /** 3. The latest long-term-support runtime and the smallest node type with a local disk. */
  public static String[] latestLtsAndSmallestNode(WorkspaceClient workspace) {
    String runtime = workspace.clusterHelpers().selectSparkVersion(new SparkVersionSelector().latest().longTermSupport());
    String nodeType = workspace.clusterHelpers().selectNodeType(new NodeTypeSelector().localDisk());
    return new String[] {runtime, nodeType};
  }

  /** 4. A job of two tasks, run now, waited for; the output of each task. */
  public static List<String> twoTaskJob(WorkspaceClient workspace, String clusterId) {
    long jobId = workspace.jobs().createJob(new CreateJob()
        .setName("nightly")
        .setTasks(List.of(
            new Task().setTaskKey("ingest").setExistingClusterId(clusterId)
                .setNotebookTask(new NotebookTask().setNotebookPath("/Jobs/ingest")),
            new Task().setTaskKey("report").setExistingClusterId(clusterId)
                .setDependsOn(List.of(new TaskDependency().setTaskKey("ingest")))
                .setNotebookTask(new NotebookTask().setNotebookPath("/Jobs/report")))))
        .getJobId();
    Run run = workspace.jobs().runNowAndWait(jobId);
    List<String> outputs = new ArrayList<>();
    workspace.jobHelpers().taskOutputs(run.getRunId())
        .forEach((taskKey, output) -> outputs.add(taskKey + ": " + output.getNotebookOutput().getResult()));
    return outputs;
  }

  /** 5. Every run of one job, page after page. */
  public static List<Long> allRuns(WorkspaceClient workspace, long jobId) {
    List<Long> ids = new ArrayList<>();
    for (BaseRun run : workspace.jobs().listRunsAll(new ListRunsRequest().setJobId(jobId))) {
      ids.add(run.getRunId());
    }
    return ids;
  }

  /** 6. A large file to DBFS and back, in blocks. */
  public static Path dbfsRoundTrip(WorkspaceClient workspace, Path file) throws IOException {
    DbfsStreams dbfs = workspace.dbfsStreams();
    dbfs.upload(file, "/tmp/big.bin", true);
    Path back = Files.createTempFile("big", ".bin");
    try (InputStream in = dbfs.download("/tmp/big.bin")) {
      Files.copy(in, back, StandardCopyOption.REPLACE_EXISTING);
    }
    return back;
  }

  /** 7. A notebook into the workspace and its source back. */
  public static byte[] importExport(WorkspaceClient workspace, byte[] source) {
    workspace.workspace().importObject(new Import()
        .setPath("/Users/jane.doe@example.com/hello")
        .setFormat(ImportFormat.SOURCE)
        .setLanguage(Language.PYTHON)
        .setContent(source)
        .setOverwrite(true));
    return workspace.workspace().exportObject(new ExportObjectRequest()
        .setPath("/Users/jane.doe@example.com/hello")
        .setFormat(ExportFormat.SOURCE)).getContent();
  }

  /** 8. A secret scope, a secret in it, and the keys of the scope. */
  public static List<String> secrets(WorkspaceClient workspace, String password) {
    workspace.secrets().createScope("etl");
    workspace.secrets().putSecret(new PutSecret().setScope("etl").setKey("db-password").setStringValue(password));
    List<String> keys = new ArrayList<>();
    for (SecretMetadata secret : workspace.secrets().listSecrets("etl")) {
      keys.add(secret.getKey());
    }
    return keys;
  }

  /** 9. The users whose name starts with "jane", found by a SCIM filter. */
  public static List<String> usersNamedJane(WorkspaceClient workspace) {
    List<String> names = new ArrayList<>();
    for (User user : workspace.users().listUsersAll(new ListUsersRequest().setFilter("userName sw \"jane\""))) {
      names.add(user.getUserName());
    }
    return names;
  }

  /** 10. A SQL statement on a warehouse and the rows of its first chunk. */
  public static List<List<String>> sql(WorkspaceClient workspace, String warehouseId) {
    StatementResponse done = workspace.statementExecution().executeStatementAndWait("SELECT id, name FROM t", warehouseId);
    return done.getResult().getDataArray();
  }

  /** 11. The tables of one Unity Catalog schema. */
  public static List<String> tables(WorkspaceClient workspace) {
    List<String> names = new ArrayList<>();
    for (TableInfo table : workspace.tables().listTablesAll("main", "default")) {
      names.add(table.getFullName());
    }
    return names;
  }

  /** 12. The workspaces of the account. */
  public static List<String> workspaces(AccountClient account) {
    List<String> names = new ArrayList<>();
    for (Workspace w : account.workspaces().listWorkspaces()) {
      names.add(w.getWorkspaceName());
    }
    return names;
  }

  /** 13. A cluster that runs, whatever state it was in: started when terminated, waited for when pending. */
  public static ClusterDetails runningCluster(WorkspaceClient workspace, String clusterId) {
    return workspace.clusterHelpers().ensureClusterRunning(clusterId);
  }

  /** 14. A small file written whole, copied with progress, and every file under a DBFS folder. */
  public static List<String> dbfsFolder(WorkspaceClient workspace, byte[] content) throws IOException {
    DbfsStreams dbfs = workspace.dbfsStreams();
    dbfs.write("/tmp/reports/today.json", content, true);
    dbfs.copy("/tmp/reports/today.json", "/tmp/reports/archive/today.json", true,
        (done, total) -> System.out.println("copied " + done + " of " + total + " bytes"));
    List<String> paths = new ArrayList<>();
    for (FileInfo file : dbfs.listRecursive("/tmp/reports")) {
      paths.add(file.getPath() + " (" + file.getFileSize() + " bytes)");
    }
    return paths;
  }

  /** 15. A local file up to a Unity Catalog volume and back, streamed both ways, and every file below a folder. */
  public static List<String> volumeRoundTrip(WorkspaceClient workspace, Path file) throws IOException {
    VolumeFiles volumes = workspace.volumeFiles();
    volumes.upload(file, "/Volumes/main/default/landing/2026/orders.csv", true);
    Path back = Files.createTempFile("orders", ".csv");
    volumes.download("/Volumes/main/default/landing/2026/orders.csv", back);
    List<String> paths = new ArrayList<>();
    for (DirectoryEntry entry : volumes.listRecursive("/Volumes/main/default/landing")) {
      paths.add(entry.getPath() + (Boolean.TRUE.equals(entry.getIsDirectory()) ? "" : " (" + entry.getFileSize() + " bytes)"));
    }
    return paths;
  }
}
