package dev.brickapi.it.sdk;

import static dev.brickapi.it.sdk.Family.need;
import static dev.brickapi.it.sdk.Sdk.WAIT;
import static dev.brickapi.it.sdk.Sdk.b64;
import static dev.brickapi.it.sdk.Sdk.check;
import static dev.brickapi.it.sdk.Sdk.drain;
import static dev.brickapi.it.sdk.Sdk.same;
import static dev.brickapi.it.sdk.Sdk.unb64;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.core.error.platform.ResourceDoesNotExist;
import com.databricks.sdk.service.files.Put;
import com.databricks.sdk.service.jobs.CreateJob;
import com.databricks.sdk.service.jobs.ListJobsRequest;
import com.databricks.sdk.service.jobs.ListRunsRequest;
import com.databricks.sdk.service.jobs.NotebookTask;
import com.databricks.sdk.service.jobs.Run;
import com.databricks.sdk.service.jobs.RunLifeCycleState;
import com.databricks.sdk.service.jobs.RunNow;
import com.databricks.sdk.service.jobs.RunResultState;
import com.databricks.sdk.service.jobs.Task;
import com.databricks.sdk.service.workspace.ExportFormat;
import com.databricks.sdk.service.workspace.ExportRequest;
import com.databricks.sdk.service.workspace.Import;
import com.databricks.sdk.service.workspace.ImportFormat;
import com.databricks.sdk.service.workspace.Language;
import com.databricks.sdk.service.workspace.ObjectInfo;
import com.databricks.sdk.service.workspace.ObjectType;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Jobs 2.2 with runs and outputs, DBFS with the SDK's streams, and the workspace file tree. */
final class JobsAndFilesFamilies {

  private JobsAndFilesFamilies() {}

  static Family jobs(WorkspaceClient w) {
    var s = new Object() {
      String cluster;
      Long job;
      Run run;
    };
    return new Family("jobs 2.2")
        .step("a cluster to run on (create and wait)", () ->
            s.cluster = w.clusters().create(ComputeFamilies.newCluster(w, "sdk-jobs")).get(WAIT).getClusterId())
        .step("create", () -> s.job = w.jobs().create(new CreateJob().setName("sdk-job").setTasks(List.of(
            new Task().setTaskKey("main").setExistingClusterId(need(s.cluster, "a cluster"))
                .setNotebookTask(new NotebookTask().setNotebookPath("/Shared/sdk/main"))))).getJobId())
        .step("get", () -> {
          var job = w.jobs().get(need(s.job, "create"));
          same("sdk-job", job.getSettings().getName(), "settings.name");
          same("main", job.getSettings().getTasks().iterator().next().getTaskKey(), "the task's task_key");
        })
        .step("list to the end", () -> check(drain(w.jobs().list(new ListJobsRequest())).stream()
            .anyMatch(j -> need(s.job, "create").equals(j.getJobId())), "the new job is not listed"))
        .step("run-now and wait for the run to end", () -> {
          s.run = w.jobs().runNow(new RunNow().setJobId(need(s.job, "create"))).get(WAIT);
          same(RunLifeCycleState.TERMINATED, s.run.getState().getLifeCycleState(), "life_cycle_state");
        })
        .step("runs get", () -> {
          Run run = w.jobs().getRun(need(s.run, "run-now").getRunId());
          same(s.job, run.getJobId(), "job_id of the run");
          check(run.getTasks() != null && !run.getTasks().isEmpty(), "the run has no tasks");
        })
        .step("runs list to the end", () -> check(drain(w.jobs().listRuns(new ListRunsRequest()
            .setJobId(need(s.job, "create")))).stream().anyMatch(r -> need(s.run, "run-now").getRunId()
            .equals(r.getRunId())), "the run is not listed for its job"))
        .step("get-output of the run's task", () -> {
          Long task = need(s.run, "run-now").getTasks().iterator().next().getRunId();
          var out = w.jobs().getRunOutput(task);
          check(out.getMetadata() != null, "no metadata in the output");
          same(task, out.getMetadata().getRunId(), "metadata.run_id");
        })
        .step("cancel a second run and wait", () -> {
          long run = w.jobs().runNow(new RunNow().setJobId(need(s.job, "create"))).getResponse().getRunId();
          Run cancelled = w.jobs().cancelRun(run).get(WAIT);
          same(RunLifeCycleState.TERMINATED, cancelled.getState().getLifeCycleState(), "life_cycle_state");
          same(RunResultState.CANCELED, cancelled.getState().getResultState(), "result_state");
        })
        .step("delete, then list omits it", () -> {
          w.jobs().delete(need(s.job, "create"));
          check(drain(w.jobs().list(new ListJobsRequest())).stream().noneMatch(j -> s.job.equals(j.getJobId())),
              "the deleted job is still listed");
        });
  }

  static Family dbfs(WorkspaceClient w) {
    String path = "/tmp/sdk/hello.txt";
    String streamed = "/tmp/sdk/streamed.bin";
    byte[] big = new byte[3 * 1024 * 1024 + 17];
    new Random(7).nextBytes(big);
    return new Family("dbfs")
        .step("put", () -> w.dbfs().put(new Put().setPath(path).setContents(b64("hello, dbfs")).setOverwrite(true)))
        .step("get-status", () -> {
          var st = w.dbfs().getStatus(path);
          same(11L, st.getFileSize(), "file_size");
          same(false, st.getIsDir(), "is_dir");
        })
        .step("list the folder", () -> check(drain(w.dbfs().list("/tmp/sdk")).stream()
            .anyMatch(f -> path.equals(f.getPath())), "the file is not listed"))
        .step("read", () -> same("hello, dbfs", unb64(w.dbfs().read(path).getData()), "contents read back"))
        .step("write 3 MB through the SDK's output stream", () -> {
          try (OutputStream out = w.dbfs().getOutputStream(streamed)) {
            out.write(big);
          }
          same((long) big.length, w.dbfs().getStatus(streamed).getFileSize(), "file_size");
        })
        .step("read it back through the SDK's input stream", () -> {
          try (InputStream in = w.dbfs().open(streamed)) {
            check(Arrays.equals(big, in.readAllBytes()), "the bytes read back differ from those written");
          }
        })
        .step("delete, then get-status is RESOURCE_DOES_NOT_EXIST", () -> {
          w.dbfs().delete(new com.databricks.sdk.service.files.Delete().setPath(path));
          expectMissing(() -> w.dbfs().getStatus(path), path);
        });
  }

  static Family workspace(WorkspaceClient w) {
    String folder = "/Users/sdk@example.com/sdk";
    String notebook = folder + "/hello";
    String source = "# Databricks notebook source\nprint('hello')\n";
    return new Family("workspace")
        .step("mkdirs", () -> w.workspace().mkdirs(folder))
        .step("import a notebook", () -> w.workspace().importContent(new Import().setPath(notebook)
            .setFormat(ImportFormat.SOURCE).setLanguage(Language.PYTHON).setContent(b64(source)).setOverwrite(true)))
        .step("list the folder", () -> check(drain(w.workspace().list(folder)).stream()
            .anyMatch(o -> notebook.equals(o.getPath())), "the notebook is not listed"))
        .step("get-status", () -> {
          ObjectInfo o = w.workspace().getStatus(notebook);
          same(notebook, o.getPath(), "path");
          same(ObjectType.NOTEBOOK, o.getObjectType(), "object_type");
          same(Language.PYTHON, o.getLanguage(), "language");
        })
        .step("export", () -> {
          String back = unb64(w.workspace().export(new ExportRequest().setPath(notebook)
              .setFormat(ExportFormat.SOURCE)).getContent());
          check(back != null && back.contains("print('hello')"), "exported source is " + back);
        })
        .step("delete, then get-status is RESOURCE_DOES_NOT_EXIST", () -> {
          w.workspace().delete(new com.databricks.sdk.service.workspace.Delete().setPath(folder).setRecursive(true));
          expectMissing(() -> w.workspace().getStatus(notebook), notebook);
        });
  }

  static void expectMissing(Runnable read, String what) {
    try {
      read.run();
    } catch (ResourceDoesNotExist expected) {
      return;
    }
    throw new AssertionError("state: " + what + " is still there after delete");
  }

}
