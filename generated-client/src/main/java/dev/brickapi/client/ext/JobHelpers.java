package dev.brickapi.client.ext;

import dev.brickapi.client.service.jobs.v22.GetRunRequest;
import dev.brickapi.client.service.jobs.v22.JobsApi;
import dev.brickapi.client.service.jobs.v22.Run;
import dev.brickapi.client.service.jobs.v22.RunOutput;
import dev.brickapi.client.service.jobs.v22.RunTask;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outputs of a job run, over the generated {@link JobsApi}: {@code getRunOutput} answers for one task's run, so
 * a job run's outputs take its tasks' run ids first. Reached as {@code workspace.jobHelpers()}.
 *
 * <pre>{@code
 * Run run = workspace.jobs().runNowAndWait(jobId);
 * Map<String, RunOutput> outputs = workspace.jobHelpers().taskOutputs(run.getRunId());   // by task key
 * RunOutput only = workspace.jobHelpers().runOutput(singleTaskRunId);
 * }</pre>
 */
public final class JobHelpers {
  private final JobsApi jobs;

  public JobHelpers(JobsApi jobs) {
    this.jobs = Objects.requireNonNull(jobs, "jobs");
  }

  /** The helpers over {@code jobs}, e.g. {@code JobHelpers.of(workspace.jobs())}. */
  public static JobHelpers of(JobsApi jobs) {
    return new JobHelpers(jobs);
  }

  /**
   * The output of a run of one task: of a job run with a single task (the task's run), or of a task's own run.
   *
   * @throws IllegalArgumentException when the job run has several tasks (naming them; use {@link #taskOutputs})
   */
  public RunOutput runOutput(long runId) {
    List<RunTask> tasks = tasks(runId);
    if (tasks.isEmpty()) {
      return jobs.getRunOutput(runId);
    }
    Map<String, RunTask> latest = latestAttempts(tasks);
    if (latest.size() > 1) {
      throw new IllegalArgumentException("run " + runId + " has " + latest.size() + " tasks " + latest.keySet()
          + ": take their outputs by task key with taskOutputs(" + runId + ")");
    }
    return jobs.getRunOutput(latest.values().iterator().next().getRunId());
  }

  /**
   * The output of each task of a job run, by task key in the run's order; of a task run with retries, the last
   * attempt's. A run without tasks (a task's own run) gives one entry, under its run name ("" when it has none).
   */
  public Map<String, RunOutput> taskOutputs(long runId) {
    List<RunTask> tasks = tasks(runId);
    Map<String, RunOutput> outputs = new LinkedHashMap<>();
    if (tasks.isEmpty()) {
      RunOutput output = jobs.getRunOutput(runId);
      String key = output.getMetadata() == null ? null : output.getMetadata().getRunName();
      outputs.put(key == null ? "" : key, output);
      return outputs;
    }
    for (Map.Entry<String, RunTask> task : latestAttempts(tasks).entrySet()) {
      outputs.put(task.getKey(), jobs.getRunOutput(task.getValue().getRunId()));
    }
    return outputs;
  }

  /** Every task of the run, through all pages of {@code getRun}. */
  private List<RunTask> tasks(long runId) {
    List<RunTask> tasks = new ArrayList<>();
    String page = null;
    do {
      GetRunRequest request = new GetRunRequest().setRunId(runId);
      if (page != null) {
        request.setPageToken(page);
      }
      Run run = jobs.getRun(request);
      if (run.getTasks() != null) {
        tasks.addAll(run.getTasks());
      }
      page = run.getNextPageToken();
    } while (page != null && !page.isEmpty());
    return tasks;
  }

  private static Map<String, RunTask> latestAttempts(List<RunTask> tasks) {
    Map<String, RunTask> latest = new LinkedHashMap<>();
    for (RunTask task : tasks) {
      RunTask seen = latest.get(task.getTaskKey());
      if (seen == null || attempt(task) >= attempt(seen)) {
        latest.put(task.getTaskKey(), task);
      }
    }
    return latest;
  }

  private static int attempt(RunTask task) {
    return task.getAttemptNumber() == null ? 0 : task.getAttemptNumber();
  }
}
