package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.brickapi.client.service.scim.v20.ListUsersRequest;
import dev.brickapi.client.service.jobs.v22.ListJobsRequest;
import dev.brickapi.client.service.workspace.v20.ExportObjectRequest;
import dev.brickapi.client.service.dbfs.v20.ReadFileRequest;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.ClustersApi;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.clusters.v21.DeleteCluster;
import dev.brickapi.client.service.clusters.v21.ResizeCluster;
import dev.brickapi.client.service.commandexecution.v12.Command;
import dev.brickapi.client.service.commandexecution.v12.CommandExecutionApi;
import dev.brickapi.client.service.commandexecution.v12.CommandStatusResponse;
import dev.brickapi.client.service.commandexecution.v12.CreateContext;
import dev.brickapi.client.service.dbfs.v20.AddBlock;
import dev.brickapi.client.service.dbfs.v20.Close;
import dev.brickapi.client.service.dbfs.v20.Create;
import dev.brickapi.client.service.dbfs.v20.DbfsApi;
import dev.brickapi.client.service.dbfs.v20.ReadResponse;
import dev.brickapi.client.service.jobs.v22.BaseJob;
import dev.brickapi.client.service.jobs.v22.CreateJob;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.RunNow;
import dev.brickapi.client.service.jobs.v22.RunNowResponse;
import dev.brickapi.client.service.jobs.v22.RunOutput;
import dev.brickapi.client.service.scim.v20.User;
import dev.brickapi.client.service.scim.v20.UsersApi;
import dev.brickapi.client.service.secrets.v20.CreateScope;
import dev.brickapi.client.service.secrets.v20.ListSecretsResponse;
import dev.brickapi.client.service.secrets.v20.PutSecret;
import dev.brickapi.client.service.secrets.v20.SecretsApi;
import dev.brickapi.client.service.sql.v20.ExecuteStatementRequest;
import dev.brickapi.client.service.sql.v20.ResultData;
import dev.brickapi.client.service.sql.v20.StatementExecutionApi;
import dev.brickapi.client.service.sql.v20.StatementResponse;
import dev.brickapi.runtime.json.JsonCodec;
import dev.brickapi.runtime.wait.Wait;
import dev.brickapi.runtime.wait.WaitOptions;
import dev.brickapi.client.service.workspace.v20.ExportFormat;
import dev.brickapi.client.service.workspace.v20.ExportResponse;
import dev.brickapi.client.service.workspace.v20.Import;
import dev.brickapi.client.service.workspace.v20.WorkspaceApi;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import dev.brickapi.client.service.account.v20.Workspace;
import dev.brickapi.client.service.account.v20.WorkspacesApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** End-to-end scenarios through the generated API against the stateful mock workspace. */
@ExtendWith(MockWorkspaceExtension.class)
class ScenariosIT {

  static final ObjectMapper MAPPER = JsonCodec.newMapper();
  private MockWorkspace mock;
  private Clients clients;

  static <T> T body(Class<T> type, String json) {
    try {
      return MAPPER.readValue(json, type);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  static <T> WaitOptions<T> fast() {
    return WaitOptions.<T>timeout(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(5), Duration.ofMillis(20));
  }

  @BeforeEach
  void setUp(MockWorkspace mock) {
    this.mock = mock;
    this.clients = new Clients(mock);
  }

  @Test
  void clusterCreateWaitResizeTerminate() {
    ClustersApi clusters = clients.workspace(ClustersApi.class);
    List<String> states = new ArrayList<>();
    ClusterDetails running = clusters.createClusterAndWait(body(CreateCluster.class,
        "{\"cluster_name\":\"etl\",\"spark_version\":\"13.3.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":2}"),
        ScenariosIT.<ClusterDetails>fast().onProgress(c -> states.add(c.getState().value())));
    assertEquals("RUNNING", running.getState().value());
    assertEquals("PENDING", states.get(0), "first state seen: " + states);
    String id = running.getClusterId();

    states.clear();
    ClusterDetails resized = clusters.resizeClusterAndWait(body(ResizeCluster.class,
        "{\"cluster_id\":\"" + id + "\",\"num_workers\":5}"),
        ScenariosIT.<ClusterDetails>fast().onProgress(c -> states.add(c.getState().value())));
    assertEquals("RESIZING", states.get(0));
    assertEquals(5, resized.getNumWorkers());

    clusters.deleteCluster(body(DeleteCluster.class, "{\"cluster_id\":\"" + id + "\"}"));
    ClusterDetails now = clusters.getCluster(id);
    assertEquals("TERMINATING", now.getState().value());
    for (int i = 0; i < 10 && !"TERMINATED".equals(now.getState().value()); i++) {
      now = clusters.getCluster(id);
    }
    assertEquals("TERMINATED", now.getState().value());
  }

  @Test
  void jobRunNowWaitAndOutput() {
    JobsApi jobs = clients.workspace(JobsApi.class);
    long jobId = jobs.createJob(body(CreateJob.class, "{\"name\":\"nightly\",\"tasks\":[{\"task_key\":\"main\","
        + "\"notebook_task\":{\"notebook_path\":\"/Shared/etl\"},\"existing_cluster_id\":\"1125-000001-abc\"}]}")).getJobId();
    List<String> states = new ArrayList<>();
    Run run = jobs.runNowAndWait(body(RunNow.class, "{\"job_id\":" + jobId + "}"),
        ScenariosIT.<Run>fast().onProgress(r -> states.add(r.getState().getLifeCycleState().value())));
    assertEquals("TERMINATED", run.getState().getLifeCycleState().value());
    assertEquals("SUCCESS", run.getState().getResultState().value());
    assertEquals(List.of("PENDING", "RUNNING", "TERMINATED"), states.stream().distinct().collect(Collectors.toList()));
    RunOutput output = jobs.getRunOutput(run.getRunId());
    assertEquals("rows written: 42", output.getNotebookOutput().getResult());
  }

  @Test
  void jobRunIdIsKnownBeforeTheRunEnds() {
    JobsApi jobs = clients.workspace(JobsApi.class);
    long jobId = jobs.createJob(body(CreateJob.class, "{\"name\":\"hourly\",\"tasks\":[{\"task_key\":\"main\","
        + "\"notebook_task\":{\"notebook_path\":\"/Shared/etl\"},\"existing_cluster_id\":\"1125-000001-abc\"}]}")).getJobId();
    Wait<RunNowResponse, Run> wait = jobs.runNowAndWaitAsync(body(RunNow.class, "{\"job_id\":" + jobId + "}"), fast());
    long runId = wait.response().getRunId();
    Run run = wait.get();
    assertEquals(runId, run.getRunId());
    assertEquals("TERMINATED", run.getState().getLifeCycleState().value());
  }

  @Test
  void waitForAnExistingClusterById() {
    ClustersApi clusters = clients.workspace(ClustersApi.class);
    String id = clusters.createCluster(body(CreateCluster.class,
        "{\"cluster_name\":\"adhoc\",\"spark_version\":\"13.3.x-scala2.12\",\"node_type_id\":\"i3.xlarge\",\"num_workers\":1}"))
        .getClusterId();
    ClusterDetails running = clusters.waitGetClusterRunning(id, fast());
    assertEquals(id, running.getClusterId());
    assertEquals("RUNNING", running.getState().value());
    assertEquals("RUNNING", clusters.waitGetClusterRunningAsync(id, ScenariosIT.<ClusterDetails>fast()).join().getState().value());
  }

  @Test
  void dbfsRoundTripOf64Megabytes() {
    DbfsApi dbfs = clients.workspace(DbfsApi.class);
    byte[] file = new byte[64 << 20];
    new Random(42).nextBytes(file);
    int block = 1 << 20;
    long handle = dbfs.createStream(body(Create.class, "{\"path\":\"/tmp/big.bin\",\"overwrite\":true}")).getHandle();
    for (int off = 0; off < file.length; off += block) {
      byte[] chunk = java.util.Arrays.copyOfRange(file, off, Math.min(file.length, off + block));
      dbfs.addBlock(new AddBlock().setHandle(handle).setData(chunk));
    }
    dbfs.closeStream(new Close().setHandle(handle));
    assertEquals(file.length, mock.fake().dbfsFile("/tmp/big.bin").length);

    byte[] back = new byte[file.length];
    long offset = 0;
    while (offset < file.length) {
      ReadResponse r = dbfs.readFile(new ReadFileRequest().setPath("/tmp/big.bin").setOffset(offset).setLength((long) block));
      byte[] data = r.getData();
      assertEquals(r.getBytesRead().intValue(), data.length);
      assertTrue(data.length > 0, "empty read at " + offset);
      System.arraycopy(data, 0, back, (int) offset, data.length);
      offset += data.length;
    }
    assertArrayEquals(file, back);
  }

  @Test
  void workspaceImportExport() {
    WorkspaceApi ws = clients.workspace(WorkspaceApi.class);
    byte[] source = "# Databricks notebook source\nprint('hello')\n".getBytes(StandardCharsets.UTF_8);
    Import imp = body(Import.class, "{\"path\":\"/Users/jane.doe@example.com/hello\",\"format\":\"SOURCE\","
        + "\"language\":\"PYTHON\",\"overwrite\":true}");
    ws.importObject(imp.setContent(source));
    ExportResponse out = ws.exportObject(new ExportObjectRequest().setPath("/Users/jane.doe@example.com/hello").setFormat(ExportFormat.SOURCE));
    assertArrayEquals(source, out.getContent());
  }

  @Test
  void secretsScopePutList() {
    SecretsApi secrets = clients.workspace(SecretsApi.class);
    String value = "s3cr3t-" + System.nanoTime();
    secrets.createScope(body(CreateScope.class, "{\"scope\":\"etl\"}"));
    secrets.putSecret(body(PutSecret.class, "{\"scope\":\"etl\",\"key\":\"db-password\",\"string_value\":\"" + value + "\"}"));
    ListSecretsResponse list = secrets.listSecrets("etl");
    assertEquals(List.of("db-password"),
        list.getSecrets().stream().map(s -> s.getKey()).collect(Collectors.toList()));
    assertFalse(clients.log().contains(value), "the secret value is in the client log");
    assertTrue(mock.exchanges().stream().filter(e -> e.url.contains("list"))
        .noneMatch(e -> e.responseBody.contains(value)), "the secret value came back from list");
  }

  @Test
  void pagingFiveThousandJobs() {
    mock.fake().seedJobs(5000, "job");
    JobsApi jobs = clients.workspace(JobsApi.class);
    Set<Long> ids = new HashSet<>();
    int n = 0;
    for (BaseJob job : jobs.listJobsAll(new ListJobsRequest().setLimit(100))) {
      ids.add(job.getJobId());
      n++;
    }
    assertEquals(5000, n);
    assertEquals(5000, ids.size());
    assertEquals(50, mock.exchanges().size());
  }

  @Test
  void pagingTwoThousandFiveHundredScimUsers() {
    mock.fake().seedUsers(2500);
    UsersApi users = clients.workspace(UsersApi.class);
    Set<String> names = new HashSet<>();
    for (User u : users.listUsersAll(new ListUsersRequest().setCount(100L))) {
      names.add(u.getUserName());
    }
    assertEquals(2500, names.size());
    assertEquals(25, mock.exchanges().size());
  }

  @Test
  void commandExecutionApi12() {
    CommandExecutionApi api = clients.workspace(CommandExecutionApi.class);
    String context = api.createContext(body(CreateContext.class, "{\"clusterId\":\"1125-000001-abc\",\"language\":\"python\"}")).getId();
    CommandStatusResponse done = api.executeCommandAndWait(body(Command.class,
        "{\"clusterId\":\"1125-000001-abc\",\"contextId\":\"" + context + "\",\"language\":\"python\",\"command\":\"1+1\"}"),
        fast());
    assertEquals("Finished", done.getStatus().value());
    assertEquals("2", String.valueOf(MAPPER.valueToTree(done.getResults()).get("data").asText()));
  }

  @Test
  void sqlStatementAndChunks() {
    StatementExecutionApi sql = clients.workspace(StatementExecutionApi.class);
    StatementResponse done = sql.executeStatementAndWait(body(ExecuteStatementRequest.class,
        "{\"statement\":\"SELECT id, name FROM t\",\"warehouse_id\":\"abc123\",\"wait_timeout\":\"0s\"}"), fast());
    assertEquals("SUCCEEDED", done.getStatus().getState().value());
    int chunks = done.getManifest().getTotalChunkCount();
    List<List<String>> rows = new ArrayList<>(done.getResult().getDataArray());
    Integer next = done.getResult().getNextChunkIndex();
    while (next != null) {
      ResultData chunk = sql.getStatementResultChunk(done.getStatementId(), next);
      rows.addAll(chunk.getDataArray());
      next = chunk.getNextChunkIndex();
    }
    assertEquals(3, chunks);
    assertEquals(done.getManifest().getTotalRowCount().intValue(), rows.size());
    assertEquals("row-2999", rows.get(2999).get(1));
  }

  @Test
  void accountCallCarriesTheAccountId() {
    mock.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
            "/api/2.0/accounts/" + MockWorkspace.ACCOUNT_ID + "/workspaces"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
            "[{\"workspace_id\":1234567890123456,\"workspace_name\":\"prod\",\"workspace_status\":\"RUNNING\"}]")));
    List<Workspace> workspaces = clients.account(WorkspacesApi.class).listWorkspaces();
    assertEquals("prod", workspaces.get(0).getWorkspaceName());
    assertEquals(1, mock.exchanges().size());
    assertEquals("/api/2.0/accounts/" + MockWorkspace.ACCOUNT_ID + "/workspaces", mock.exchanges().get(0).url);
  }
}
