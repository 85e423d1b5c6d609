package dev.brickapi.client.ext;

import dev.brickapi.client.service.jobs.v22.GetJobRequest;
import dev.brickapi.client.service.jobs.v22.GetRunRequest;
import dev.brickapi.client.service.jobs.v22.Job;
import dev.brickapi.client.service.jobs.v22.JobSettings;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.client.service.jobs.v22.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A whole job or run from Jobs API 2.2, which answers at most 100 tasks, job clusters, parameters and
 * environments of a job (tasks, job clusters, job parameters, repair history and iterations of a run) per call
 * and gives a {@code next_page_token} for the rest. These methods follow the pages and return one object with
 * every list complete, as {@code getJob}/{@code getRun} of Jobs 2.1 did; the answer has no page token left.
 *
 * <pre>{@code
 * Job job = new JobPages(workspace.jobs()).getJob(jobId);
 * }</pre>
 */
public final class JobPages {

  private final JobsApi jobs;

  /** @param jobs the Jobs 2.2 service of a client ({@code workspace.jobs()}) */
  public JobPages(JobsApi jobs) {
    this.jobs = Objects.requireNonNull(jobs, "jobs");
  }

  /** The job with all its tasks, job clusters, parameters and environments. */
  public Job getJob(long jobId) {
    return getJob(new GetJobRequest().setJobId(jobId));
  }

  /**
   * The job as {@code request} asks for it, with all its tasks, job clusters, parameters and environments; the
   * request's own {@code page_token}, if any, is where it starts.
   */
  public Job getJob(GetJobRequest request) {
    Job job = jobs.getJob(request);
    String token = job.getNextPageToken();
    while (token != null && !token.isEmpty()) {
      Job page = jobs.getJob(request.copy().setPageToken(token));
      JobSettings more = page.getSettings();
      if (more != null) {
        if (job.getSettings() == null) {
          job.setSettings(new JobSettings());
        }
        JobSettings all = job.getSettings();
        all.setTasks(concat(all.getTasks(), more.getTasks()));
        all.setJobClusters(concat(all.getJobClusters(), more.getJobClusters()));
        all.setParameters(concat(all.getParameters(), more.getParameters()));
        all.setEnvironments(concat(all.getEnvironments(), more.getEnvironments()));
      }
      token = next(token, page.getNextPageToken());
    }
    job.setNextPageToken(null);
    job.setHasMore(job.getHasMore() == null ? null : false);
    return job;
  }

  /** The run with all its tasks, job clusters, job parameters, repair history and iterations. */
  public Run getRun(long runId) {
    return getRun(new GetRunRequest().setRunId(runId));
  }

  /** The run as {@code request} asks for it, with every list complete. */
  public Run getRun(GetRunRequest request) {
    Run run = jobs.getRun(request);
    String token = run.getNextPageToken();
    while (token != null && !token.isEmpty()) {
      Run page = jobs.getRun(request.copy().setPageToken(token));
      run.setTasks(concat(run.getTasks(), page.getTasks()));
      run.setJobClusters(concat(run.getJobClusters(), page.getJobClusters()));
      run.setJobParameters(concat(run.getJobParameters(), page.getJobParameters()));
      run.setRepairHistory(concat(run.getRepairHistory(), page.getRepairHistory()));
      run.setIterations(concat(run.getIterations(), page.getIterations()));
      token = next(token, page.getNextPageToken());
    }
    run.setNextPageToken(null);
    run.setHasMore(run.getHasMore() == null ? null : false);
    return run;
  }

  /** The token of the next page; a server that answers the token it was sent is not asked again. */
  private static String next(String sent, String answered) {
    return sent.equals(answered) ? null : answered;
  }

  private static <T> List<T> concat(List<T> first, List<T> more) {
    if (more == null || more.isEmpty()) {
      return first;
    }
    List<T> out = new ArrayList<>(first == null ? List.of() : first);
    out.addAll(more);
    return out;
  }
}
