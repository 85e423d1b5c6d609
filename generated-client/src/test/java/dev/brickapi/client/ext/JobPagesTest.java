package dev.brickapi.client.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.brickapi.client.WorkspaceClient;
import dev.brickapi.client.service.jobs.v22.Job;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.RunTask;
import dev.brickapi.client.service.jobs.v22.Task;
import dev.brickapi.runtime.testing.LoopbackServer;
import dev.brickapi.runtime.testing.LoopbackServer.Reply;
import dev.brickapi.runtime.testing.TestClients;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JobPagesTest {

  @Test
  void getJobFollowsThePagesOfTasksJobClustersParametersAndEnvironments() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> {
      String token = r.queryParameters().get("page_token");
      if (token == null) {
        return Reply.json(200, "{\"job_id\":7,\"has_more\":true,\"next_page_token\":\"p2\",\"settings\":{\"name\":\"etl\","
            + "\"tasks\":[{\"task_key\":\"a\"}],\"job_clusters\":[{\"job_cluster_key\":\"c1\"}]}}");
      }
      if (token.equals("p2")) {
        return Reply.json(200, "{\"job_id\":7,\"has_more\":true,\"next_page_token\":\"p3\",\"settings\":{"
            + "\"tasks\":[{\"task_key\":\"b\"}],\"parameters\":[{\"name\":\"day\",\"default\":\"mon\"}]}}");
      }
      return Reply.json(200, "{\"job_id\":7,\"has_more\":false,\"settings\":{\"tasks\":[{\"task_key\":\"c\"}],"
          + "\"environments\":[{\"environment_key\":\"e\"}]}}");
    })) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      Job job = new JobPages(client.jobs()).getJob(7L);
      assertEquals(List.of("a", "b", "c"), job.getSettings().getTasks().stream().map(Task::getTaskKey).collect(Collectors.toList()));
      assertEquals(1, job.getSettings().getJobClusters().size());
      assertEquals(1, job.getSettings().getParameters().size());
      assertEquals(1, job.getSettings().getEnvironments().size());
      assertEquals("etl", job.getSettings().getName());
      assertNull(job.getNextPageToken());
      assertEquals(false, job.getHasMore());
      assertEquals(3, server.requests().size());
      assertEquals("job_id=7&page_token=p3", server.requests().get(2).query);
    }
  }

  @Test
  void getRunFollowsThePagesAndStopsOnARepeatedToken() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> {
      String token = r.queryParameters().get("page_token");
      return Reply.json(200, token == null
          ? "{\"run_id\":9,\"next_page_token\":\"same\",\"tasks\":[{\"task_key\":\"a\"}],\"job_parameters\":[{\"name\":\"x\"}]}"
          : "{\"run_id\":9,\"next_page_token\":\"same\",\"tasks\":[{\"task_key\":\"b\"}],\"iterations\":[{\"task_key\":\"i\"}]}");
    })) {
      WorkspaceClient client = new WorkspaceClient(TestClients.config(server.url()).token("t").build());
      Run run = new JobPages(client.jobs()).getRun(9L);
      assertEquals(List.of("a", "b"), run.getTasks().stream().map(RunTask::getTaskKey).collect(Collectors.toList()));
      assertEquals(1, run.getJobParameters().size());
      assertEquals(1, run.getIterations().size());
      assertNull(run.getNextPageToken());
      assertEquals(2, server.requests().size());
    }
  }
}
