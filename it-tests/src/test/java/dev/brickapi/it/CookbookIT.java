package dev.brickapi.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.examples.Cookbook;
import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.mock.MockWorkspace;
import dev.brickapi.mock.MockWorkspaceExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's cookbook, task by task, against the mock workspace: each call reaches its operation and is valid. */
@ExtendWith(MockWorkspaceExtension.class)
class CookbookIT {

  private MockWorkspace mock;
  private Clients clients;
  private WorkspaceClient workspace;

  @BeforeEach
  void setUp(MockWorkspace mock) {
    this.mock = mock;
    mock.reset();
    this.clients = new Clients(mock);
    this.workspace = clients.workspaceClient();
  }

  private String lastUrl(String path) {
    List<MockWorkspace.Exchange> seen = mock.exchanges();
    for (int i = seen.size() - 1; i >= 0; i--) {
      if (seen.get(i).url.startsWith(path)) {
        return seen.get(i).url;
      }
    }
    throw new AssertionError("no call to " + path + " in " + seen);
  }

  @Test
  void runningClustersAreFilteredByState() {
    Cookbook.createCluster(workspace, "15.4.x-scala2.12", "Standard_DS3_v2");
    assertEquals(List.of("etl"), Cookbook.runningClusters(workspace));
    assertTrue(lastUrl("/api/2.1/clusters/list").contains("filter_by.cluster_states=RUNNING"), lastUrl("/api/2.1/clusters/list"));
    mock.assertNoViolations();
  }

  @Test
  void aClusterIsCreatedAndRunning() {
    ClusterDetails cluster = Cookbook.createCluster(workspace, "15.4.x-scala2.12", "Standard_DS3_v2");
    assertEquals("RUNNING", cluster.getState().value());
    assertEquals(2, cluster.getNumWorkers());
    mock.assertNoViolations();
  }

  @Test
  void theLatestLtsAndTheSmallestNodeType() {
    String[] picked = Cookbook.latestLtsAndSmallestNode(workspace);
    assertArrayEquals(new String[] {"17.3.x-scala2.13", "m5d.large"}, picked);
    mock.assertNoViolations();
  }

  @Test
  void aTwoTaskJobRunsAndEachTaskHasOutput() {
    List<String> outputs = Cookbook.twoTaskJob(workspace, "1125-000001-abc");
    assertEquals(List.of("ingest: ingest rows written: 42", "report: report rows written: 42"), outputs);
    mock.assertNoViolations();
  }

  @Test
  void everyRunOfOneJob() {
    mock.fake().seedJobs(1, "nightly");
    long jobId = workspace.jobs().listJobsAll().iterator().next().getJobId();
    workspace.jobs().runNow(jobId);
    workspace.jobs().runNow(jobId);
    assertEquals(2, Cookbook.allRuns(workspace, jobId).size());
    assertTrue(lastUrl("/api/2.2/jobs/runs/list").contains("job_id=" + jobId));
    mock.assertNoViolations();
  }

  @Test
  void aLargeFileGoesToDbfsAndBack() throws Exception {
    byte[] content = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(content);
    Path file = Files.createTempFile("cookbook", ".bin");
    Files.write(file, content);
    assertArrayEquals(content, Files.readAllBytes(Cookbook.dbfsRoundTrip(workspace, file)));
    mock.assertNoViolations();
  }

  @Test
  void aNotebookIsImportedAndExported() {
    byte[] source = "# Databricks notebook source\nprint('hello')\n".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(source, Cookbook.importExport(workspace, source));
    mock.assertNoViolations();
  }

  @Test
  void aSecretIsPutAndListedWithoutItsValue() {
    String password = "pw-" + System.nanoTime();
    assertEquals(List.of("db-password"), Cookbook.secrets(workspace, password));
    assertFalse(clients.log().contains(password));
    mock.assertNoViolations();
  }

  @Test
  void usersAreFilteredOnTheServer() {
    mock.fake().seedUsers(3);
    mock.fake().seedUser("jane.doe@example.com");
    mock.fake().seedUser("janet.roe@example.com");
    assertEquals(List.of("jane.doe@example.com", "janet.roe@example.com"), Cookbook.usersNamedJane(workspace));
    assertTrue(lastUrl("/api/2.0/preview/scim/v2/Users").contains("filter=userName%20sw%20%22jane%22"),
        lastUrl("/api/2.0/preview/scim/v2/Users"));
    mock.assertNoViolations();
  }

  @Test
  void aSqlStatementAndItsRows() {
    assertFalse(Cookbook.sql(workspace, "abc123").isEmpty());
    mock.assertNoViolations();
  }

  @Test
  void theTablesOfASchema() {
    ExampleAnswers.answer(mock, "GET", "/api/2.1/unity-catalog/tables");
    Cookbook.tables(workspace);
    String url = lastUrl("/api/2.1/unity-catalog/tables");
    assertTrue(url.contains("catalog_name=main") && url.contains("schema_name=default"), url);
    mock.assertNoViolations();
  }

  @Test
  void theWorkspacesOfTheAccount() {
    ExampleAnswers.answer(mock, "GET", "/api/2.0/accounts/{account_id}/workspaces");
    assertFalse(Cookbook.workspaces(clients.accountClient()).isEmpty());
    assertTrue(lastUrl("/api/2.0/accounts/" + MockWorkspace.ACCOUNT_ID + "/workspaces").endsWith("/workspaces"));
    mock.assertNoViolations();
  }

  @Test
  void aTerminatedClusterRunsAgain() {
    String id = Cookbook.createCluster(workspace, "17.3.x-scala2.13", "m5d.large").getClusterId();
    workspace.clusters().deleteClusterAndWait(id);
    assertEquals("RUNNING", Cookbook.runningCluster(workspace, id).getState().value());
    assertEquals("RUNNING", Cookbook.runningCluster(workspace, id).getState().value(), "and at once when it runs");
    mock.assertNoViolations();
  }

  @Test
  void aSmallFileIsWrittenCopiedAndListed() throws Exception {
    byte[] content = "{\"rows\": 42}".getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("/tmp/reports/today.json (12 bytes)", "/tmp/reports/archive/today.json (12 bytes)"),
        Cookbook.dbfsFolder(workspace, content));
    assertArrayEquals(content, mock.fake().dbfsFile("/tmp/reports/archive/today.json"));
    mock.assertNoViolations();
  }

  @Test
  void aFileGoesToAVolumeAndBack() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("orders", ".csv");
    java.nio.file.Files.write(file, "id,total\n1,42\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("/Volumes/main/default/landing/2026/", "/Volumes/main/default/landing/2026/orders.csv (14 bytes)"),
        Cookbook.volumeRoundTrip(workspace, file));
    assertArrayEquals(java.nio.file.Files.readAllBytes(file), mock.files().file("/Volumes/main/default/landing/2026/orders.csv"));
    mock.assertNoViolations();
  }
}
