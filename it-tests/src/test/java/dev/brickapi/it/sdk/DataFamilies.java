package dev.brickapi.it.sdk;

import static dev.brickapi.it.sdk.Family.need;
import static dev.brickapi.it.sdk.Sdk.WAIT;
import static dev.brickapi.it.sdk.Sdk.check;
import static dev.brickapi.it.sdk.Sdk.drain;
import static dev.brickapi.it.sdk.Sdk.same;

import com.databricks.sdk.WorkspaceClient;
import com.databricks.sdk.service.catalog.CreateCatalog;
import com.databricks.sdk.service.catalog.CreateSchema;
import com.databricks.sdk.service.catalog.CreateVolumeRequestContent;
import com.databricks.sdk.service.catalog.ListCatalogsRequest;
import com.databricks.sdk.service.catalog.VolumeType;
import com.databricks.sdk.service.ml.CreateExperiment;
import com.databricks.sdk.service.ml.CreateModelRequest;
import com.databricks.sdk.service.ml.CreateRun;
import com.databricks.sdk.service.ml.ListModelsRequest;
import com.databricks.sdk.service.ml.LogMetric;
import com.databricks.sdk.service.ml.SearchExperiments;
import com.databricks.sdk.service.pipelines.CreatePipeline;
import com.databricks.sdk.service.pipelines.ListPipelinesRequest;
import com.databricks.sdk.service.pipelines.NotebookLibrary;
import com.databricks.sdk.service.pipelines.PipelineLibrary;
import com.databricks.sdk.service.pipelines.PipelineState;
import com.databricks.sdk.service.pipelines.StartUpdate;
import com.databricks.sdk.service.pipelines.StopRequest;
import com.databricks.sdk.service.serving.CreateServingEndpoint;
import com.databricks.sdk.service.serving.EndpointCoreConfigInput;
import com.databricks.sdk.service.serving.EndpointStateConfigUpdate;
import com.databricks.sdk.service.serving.ServedEntityInput;
import java.util.List;

/** Pipelines, MLflow, model serving and Unity Catalog. */
final class DataFamilies {

  private DataFamilies() {}

  static Family pipelines(WorkspaceClient w) {
    var s = new Object() {
      String id;
    };
    return new Family("pipelines")
        .step("create", () -> s.id = w.pipelines().create(new CreatePipeline().setName("sdk-pipeline")
            .setServerless(true).setCatalog("main").setSchema("sdk")
            .setLibraries(List.of(new PipelineLibrary().setNotebook(new NotebookLibrary()
                .setPath("/Shared/sdk/dlt"))))).getPipelineId())
        .step("get", () -> same("sdk-pipeline", w.pipelines().get(need(s.id, "create")).getName(), "name"))
        .step("list to the end", () -> check(drain(w.pipelines().listPipelines(new ListPipelinesRequest())).stream()
            .anyMatch(p -> need(s.id, "create").equals(p.getPipelineId())), "the new pipeline is not listed"))
        .step("start an update, stop and wait for IDLE", () -> {
          check(w.pipelines().startUpdate(new StartUpdate().setPipelineId(need(s.id, "create"))).getUpdateId() != null,
              "no update_id");
          var p = w.pipelines().stop(new StopRequest().setPipelineId(s.id)).get(WAIT);
          same(PipelineState.IDLE, p.getState(), "state after the waiter");
        })
        .step("delete, then list omits it", () -> {
          w.pipelines().delete(need(s.id, "create"));
          check(drain(w.pipelines().listPipelines(new ListPipelinesRequest())).stream()
              .noneMatch(p -> s.id.equals(p.getPipelineId())), "the deleted pipeline is still listed");
        });
  }

  static Family mlflow(WorkspaceClient w) {
    var s = new Object() {
      String experiment;
      String run;
    };
    return new Family("mlflow")
        .step("experiment create", () -> s.experiment = w.experiments().createExperiment(new CreateExperiment()
            .setName("/Users/sdk@example.com/sdk-experiment")).getExperimentId())
        .step("experiment get", () -> same("/Users/sdk@example.com/sdk-experiment", w.experiments()
            .getExperiment(need(s.experiment, "experiment create")).getExperiment().getName(), "name"))
        .step("experiments search to the end", () -> check(drain(w.experiments().searchExperiments(
            new SearchExperiments())).stream().anyMatch(e -> need(s.experiment, "experiment create")
            .equals(e.getExperimentId())), "the new experiment is not found"))
        .step("run create", () -> s.run = w.experiments().createRun(new CreateRun()
            .setExperimentId(need(s.experiment, "experiment create")).setRunName("sdk-run"))
            .getRun().getInfo().getRunId())
        .step("log a metric, then the run shows it", () -> {
          w.experiments().logMetric(new LogMetric().setRunId(need(s.run, "run create")).setKey("rmse")
              .setValue(0.25).setTimestamp(System.currentTimeMillis()).setStep(1L));
          var data = w.experiments().getRun(s.run).getRun().getData();
          check(data != null && data.getMetrics() != null && data.getMetrics().stream()
              .anyMatch(m -> "rmse".equals(m.getKey()) && m.getValue() == 0.25), "metric rmse=0.25 not in the run");
        })
        .step("registered model create", () -> w.modelRegistry().createModel(new CreateModelRequest()
            .setName("sdk-model")))
        .step("registered model get", () -> same("sdk-model", w.modelRegistry().getModel("sdk-model")
            .getRegisteredModelDatabricks().getName(), "name"))
        .step("registered models list to the end", () -> check(drain(w.modelRegistry().listModels(
            new ListModelsRequest())).stream().anyMatch(m -> "sdk-model".equals(m.getName())), "not listed"));
  }

  static Family serving(WorkspaceClient w) {
    return new Family("serving endpoints")
        .step("create and wait until not updating", () -> {
          var e = w.servingEndpoints().create(new CreateServingEndpoint().setName("sdk-endpoint")
              .setConfig(new EndpointCoreConfigInput().setServedEntities(List.of(new ServedEntityInput()
                  .setEntityName("main.sdk.model").setEntityVersion("1").setWorkloadSize("Small")
                  .setScaleToZeroEnabled(true))))).get(WAIT);
          same(EndpointStateConfigUpdate.NOT_UPDATING, e.getState().getConfigUpdate(), "state.config_update");
        })
        .step("get", () -> same("sdk-endpoint", w.servingEndpoints().get("sdk-endpoint").getName(), "name"))
        .step("list", () -> check(drain(w.servingEndpoints().list()).stream()
            .anyMatch(e -> "sdk-endpoint".equals(e.getName())), "the new endpoint is not listed"))
        .step("delete, then list omits it", () -> {
          w.servingEndpoints().delete("sdk-endpoint");
          check(drain(w.servingEndpoints().list()).stream().noneMatch(e -> "sdk-endpoint".equals(e.getName())),
              "the deleted endpoint is still listed");
        });
  }

  static Family unityCatalog(WorkspaceClient w) {
    return new Family("unity catalog")
        .step("catalog create", () -> same("sdk_catalog", w.catalogs().create(new CreateCatalog()
            .setName("sdk_catalog")).getName(), "name"))
        .step("catalog get", () -> same("sdk_catalog", w.catalogs().get("sdk_catalog").getName(), "name"))
        .step("catalogs list to the end", () -> check(drain(w.catalogs().list(new ListCatalogsRequest())).stream()
            .anyMatch(c -> "sdk_catalog".equals(c.getName())), "the new catalog is not listed"))
        .step("schema create", () -> same("sdk_catalog.sdk_schema", w.schemas().create(new CreateSchema()
            .setCatalogName("sdk_catalog").setName("sdk_schema")).getFullName(), "full_name"))
        .step("schemas list to the end", () -> check(drain(w.schemas().list("sdk_catalog")).stream()
            .anyMatch(sc -> "sdk_schema".equals(sc.getName())), "the new schema is not listed"))
        .step("tables list to the end", () -> drain(w.tables().list("sdk_catalog", "sdk_schema")))
        .step("volume create", () -> same("sdk_catalog.sdk_schema.sdk_volume", w.volumes().create(
            new CreateVolumeRequestContent().setCatalogName("sdk_catalog").setSchemaName("sdk_schema")
                .setName("sdk_volume").setVolumeType(VolumeType.MANAGED)).getFullName(), "full_name"))
        .step("volume read", () -> same(VolumeType.MANAGED, w.volumes().read("sdk_catalog.sdk_schema.sdk_volume")
            .getVolumeType(), "volume_type"))
        .step("volumes list to the end", () -> check(drain(w.volumes().list("sdk_catalog", "sdk_schema")).stream()
            .anyMatch(v -> "sdk_volume".equals(v.getName())), "the new volume is not listed"))
        .step("volume, schema and catalog delete, then the catalog is gone", () -> {
          w.volumes().delete("sdk_catalog.sdk_schema.sdk_volume");
          w.schemas().delete("sdk_catalog.sdk_schema");
          w.catalogs().delete("sdk_catalog");
          check(drain(w.catalogs().list(new ListCatalogsRequest())).stream()
              .noneMatch(c -> "sdk_catalog".equals(c.getName())), "the deleted catalog is still listed");
        });
  }
}
