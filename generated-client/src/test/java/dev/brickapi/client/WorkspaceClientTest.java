package dev.brickapi.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.brickapi.client.service.clusters.v21.ClusterDetails;
import dev.brickapi.client.service.clusters.v21.CreateCluster;
import dev.brickapi.client.service.jobs.v22.ListJobsRequest;
import dev.brickapi.client.service.jobs.v22.BaseJob;
import dev.brickapi.runtime.paging.Paged;
import dev.brickapi.runtime.wait.WaitOptions;
import dev.brickapi.runtime.wait.Waiter;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WorkspaceClientTest {

  private static WorkspaceClient client(LoopbackServer server) {
    return new WorkspaceClient(TestClients.config(server.url()).token("dapi-test").build());
  }

  @Test
  void jobsArePagedLazilyOverThreePages() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> {
      String query = r.query == null ? "" : r.query;
      if (query.contains("page_token=p3")) {
        return Reply.json(200, "{\"jobs\":[{\"job_id\":5}],\"has_more\":false}");
      }
      if (query.contains("page_token=p2")) {
        return Reply.json(200, "{\"jobs\":[{\"job_id\":3},{\"job_id\":4}],\"has_more\":true,\"next_page_token\":\"p3\"}");
      }
      return Reply.json(200, "{\"jobs\":[{\"job_id\":1},{\"job_id\":2}],\"has_more\":true,\"next_page_token\":\"p2\"}");
    })) {
      Paged<BaseJob> jobs = client(server).jobs().listJobsAll(new ListJobsRequest().setLimit(2));
      assertEquals(0, server.requests().size(), "nothing is fetched before iteration");
      Iterator<BaseJob> it = jobs.iterator();
      assertEquals(1L, it.next().getJobId());
      assertEquals(1, server.requests().size(), "one page at a time");
      List<Long> ids = new ArrayList<>();
      ids.add(1L);
      it.forEachRemaining(job -> ids.add(job.getJobId()));
      assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids);
      assertEquals(3, server.requests().size());
      assertEquals("/api/2.2/jobs/list", server.requests().get(0).path);
      assertEquals("limit=2", server.requests().get(0).query);
      assertEquals(5, jobs.stream().count(), "a new iteration starts again");
    }
  }

  @Test
  void createClusterAndWaitPollsUntilRunning() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    try (LoopbackServer server = LoopbackServer.start(r -> {
      if (r.path.endsWith("/clusters/create")) {
        return Reply.json(200, "{\"cluster_id\":\"c-new\"}");
      }
      String state = polls.incrementAndGet() < 3 ? "PENDING" : "RUNNING";
      return Reply.json(200, "{\"cluster_id\":\"c-new\",\"state\":\"" + state + "\"}");
    })) {
      List<String> seen = new ArrayList<>();
      ClusterDetails cluster = client(server).clusters().createClusterAndWait(
          new CreateCluster().setClusterName("test").setSparkVersion("13.3.x-scala2.12").setNumWorkers(1),
          WaitOptions.<ClusterDetails>timeout(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(5), Duration.ofMillis(20))
              .onProgress(c -> seen.add(String.valueOf(c.getState().value()))));
      assertEquals("RUNNING", String.valueOf(cluster.getState().value()));
      assertEquals(List.of("PENDING", "PENDING", "RUNNING"), seen);
      assertTrue(server.requests().get(0).bodyText().contains("\"cluster_name\":\"test\""));
      assertTrue(!server.requests().get(0).bodyText().contains("null"), "nulls are omitted");
    }
  }

  @Test
  void waitStopsOnFailureStateWithItsMessage() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.endsWith("/clusters/create")
        ? Reply.json(200, "{\"cluster_id\":\"c-bad\"}")
        : Reply.json(200, "{\"cluster_id\":\"c-bad\",\"state\":\"ERROR\",\"state_message\":\"quota exceeded\"}"))) {
      dev.brickapi.runtime.WaitFailedException e = assertThrows(dev.brickapi.runtime.WaitFailedException.class,
          () -> client(server).clusters().createClusterAndWait(new CreateCluster().setClusterName("x"),
              WaitOptions.<ClusterDetails>timeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5), Duration.ofMillis(5))));
      assertEquals("ERROR", e.state());
      assertEquals("quota exceeded", e.stateMessage());
    }
  }

  @Test
  void asyncWaitCompletesWithoutBlockingTheCaller() throws Exception {
    AtomicInteger polls = new AtomicInteger();
    try (LoopbackServer server = LoopbackServer.start(r -> r.path.endsWith("/clusters/create")
        ? Reply.json(200, "{\"cluster_id\":\"c-2\"}")
        : Reply.json(200, "{\"cluster_id\":\"c-2\",\"state\":\"" + (polls.incrementAndGet() < 2 ? "PENDING" : "RUNNING") + "\"}"))) {
      ClusterDetails cluster = client(server).clusters().createClusterAndWaitAsync(new CreateCluster().setClusterName("y"),
          WaitOptions.<ClusterDetails>timeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5), Duration.ofMillis(5)))
          .future().get(30, TimeUnit.SECONDS);
      assertEquals("c-2", cluster.getClusterId());
    } catch (ExecutionException e) {
      throw new AssertionError(e.getCause());
    }
  }

  @Test
  void patchIsSentAsPatch() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      client(server).tokens().updateToken(
          new dev.brickapi.client.service.token.v20.UpdateTokenRequest().setTokenId("tok-1").setUpdateMask("comment"));
      assertEquals("PATCH", server.requests().get(0).method);
      assertEquals("/api/2.0/token/tok-1", server.requests().get(0).path);
    }
  }

  @Test
  void servicesAreBuiltOnceAndVersionsAreReachable() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> Reply.json(200, "{}"))) {
      WorkspaceClient client = client(server);
      assertSame(client.clusters(), client.clusters());
      assertTrue(client.jobs() instanceof dev.brickapi.client.service.jobs.v22.JobsApi);
      assertTrue(client.jobsV21() instanceof dev.brickapi.client.service.jobs.v21.JobsApi);
      assertTrue(client.clustersV20() instanceof dev.brickapi.client.service.clusters.v20.ClustersApi);
      List<Object> fromThreads = new ArrayList<>();
      List<Thread> threads = List.of(1, 2, 3, 4).stream().map(i -> new Thread(() -> {
        Object api = client.dbfs();
        synchronized (fromThreads) {
          fromThreads.add(api);
        }
      })).collect(Collectors.toList());
      threads.forEach(Thread::start);
      for (Thread t : threads) {
        t.join();
      }
      assertEquals(1, fromThreads.stream().distinct().count());
    }
  }
}
