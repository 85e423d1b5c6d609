package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * MLflow experiments, runs and registered models answer from state: what is created, got and searched; logged
 * data shown by the run; updates applied; deletes that leave active lists; new model versions that become READY
 * as they are polled. Examples are off; every exchange is validated.
 */
class MlflowFakeTest extends FakeTestSupport {

  private static final String ML = "/api/2.0/mlflow";
  private static String experiment(String name) {
    return http.expect(200, "POST", ML + "/experiments/create", "{\"name\":\"" + name + "\"}")
        .get("experiment_id").asText();
  }

  /** Every page of a POST search, two items a page. */
  private static List<String> search(String path, String body, String field, String id) {
    List<String> out = new ArrayList<>();
    String token = null;
    for (int pages = 0; pages < 20; pages++) {
      JsonNode page = http.expect(200, "POST", path, "{" + body + (body.isEmpty() ? "" : ",") + "\"max_results\":2"
          + (token == null ? "" : ",\"page_token\":\"" + token + "\"") + "}");
      page.path(field).forEach(item -> out.add(item.at(id).asText()));
      if (!page.hasNonNull("next_page_token")) {
        return out;
      }
      token = page.get("next_page_token").asText();
    }
    throw new AssertionError(path + " did not end in 20 pages");
  }

  @Test
  void experimentsAreGotByIdAndNameSearchedToAnEndRenamedAndDeleted() {
    String a = experiment("/Users/me/a");
    String b = experiment("/Users/me/b");
    String c = experiment("/Shared/c");
    assertEquals("RESOURCE_ALREADY_EXISTS", http.expect(400, "POST", ML + "/experiments/create",
        "{\"name\":\"/Users/me/a\"}").get("error_code").asText());
    assertEquals("/Users/me/a", http.get(ML + "/experiments/get?experiment_id=" + a).at("/experiment/name").asText());
    assertEquals(b, http.get(ML + "/experiments/get-by-name?experiment_name=/Users/me/b")
        .at("/experiment/experiment_id").asText());
    assertEquals(List.of(a, b, c), search(ML + "/experiments/search", "", "experiments", "/experiment_id"));
    assertEquals(List.of(a, b), search(ML + "/experiments/search", "\"filter\":\"name LIKE '/Users/%'\"",
        "experiments", "/experiment_id"));

    http.expect(200, "POST", ML + "/experiments/update", "{\"experiment_id\":\"" + a + "\",\"new_name\":\"/Users/me/a2\"}");
    assertEquals("/Users/me/a2", http.get(ML + "/experiments/get?experiment_id=" + a).at("/experiment/name").asText());
    http.expect(200, "POST", ML + "/experiments/delete", "{\"experiment_id\":\"" + b + "\"}");
    assertEquals("deleted", http.get(ML + "/experiments/get?experiment_id=" + b).at("/experiment/lifecycle_stage")
        .asText());
    assertEquals(List.of(a, c), search(ML + "/experiments/search", "", "experiments", "/experiment_id"));
    assertEquals(List.of(b), search(ML + "/experiments/search", "\"view_type\":\"DELETED_ONLY\"", "experiments",
        "/experiment_id"));
    http.expect(400, "POST", ML + "/runs/create", "{\"experiment_id\":\"" + b + "\"}");
    assertEquals("RESOURCE_DOES_NOT_EXIST", http.expect(404, "GET", ML + "/experiments/get?experiment_id=999999",
        null).get("error_code").asText());
  }

  @Test
  void aRunShowsWhatWasLoggedAndEndsWhenUpdated() {
    String e = experiment("/Users/me/runs");
    JsonNode created = http.expect(200, "POST", ML + "/runs/create", "{\"experiment_id\":\"" + e
        + "\",\"run_name\":\"first\"}").get("run");
    String run = created.at("/info/run_id").asText();
    assertEquals("RUNNING", created.at("/info/status").asText());
    String other = http.post(ML + "/runs/create", "{\"experiment_id\":\"" + e + "\"}").at("/run/info/run_id").asText();

    http.expect(200, "POST", ML + "/runs/log-metric", "{\"run_id\":\"" + run
        + "\",\"key\":\"rmse\",\"value\":0.5,\"timestamp\":1,\"step\":1}");
    http.expect(200, "POST", ML + "/runs/log-parameter", "{\"run_id\":\"" + run + "\",\"key\":\"lr\",\"value\":\"0.1\"}");
    http.expect(200, "POST", ML + "/runs/log-batch", "{\"run_id\":\"" + run + "\",\"metrics\":[{\"key\":\"rmse\","
        + "\"value\":0.25,\"timestamp\":2,\"step\":2}],\"params\":[{\"key\":\"depth\",\"value\":\"3\"}],"
        + "\"tags\":[{\"key\":\"team\",\"value\":\"ml\"}]}");
    assertEquals("INVALID_PARAMETER_VALUE", http.expect(400, "POST", ML + "/runs/log-parameter", "{\"run_id\":\""
        + run + "\",\"key\":\"lr\",\"value\":\"0.2\"}").get("error_code").asText());

    JsonNode data = http.get(ML + "/runs/get?run_id=" + run).at("/run/data");
    assertEquals(1, data.get("metrics").size());
    assertEquals(0.25, data.at("/metrics/0/value").asDouble());
    assertEquals(2, data.get("params").size());
    assertTrue(data.get("tags").toString().contains("\"team\""));
    assertEquals(0, http.get(ML + "/runs/get?run_id=" + other).at("/run/data/metrics").size());
    assertEquals(2, http.get(ML + "/metrics/get-history?run_id=" + run + "&metric_key=rmse").get("metrics").size());

    JsonNode info = http.expect(200, "POST", ML + "/runs/update", "{\"run_id\":\"" + run + "\",\"status\":\"FINISHED\"}")
        .get("run_info");
    assertEquals("FINISHED", info.get("status").asText());
    assertTrue(info.has("end_time"));
    assertEquals("FINISHED", http.get(ML + "/runs/get?run_id=" + run).at("/run/info/status").asText());

    assertEquals(List.of(run, other), search(ML + "/runs/search", "\"experiment_ids\":[\"" + e + "\"]", "runs",
        "/info/run_id"));
    http.expect(200, "POST", ML + "/runs/delete", "{\"run_id\":\"" + other + "\"}");
    assertEquals(List.of(run), search(ML + "/runs/search", "\"experiment_ids\":[\"" + e + "\"]", "runs",
        "/info/run_id"));
    http.expect(400, "POST", ML + "/runs/log-metric", "{\"run_id\":\"" + other
        + "\",\"key\":\"rmse\",\"value\":1,\"timestamp\":1}");
    http.expect(404, "GET", ML + "/runs/get?run_id=nope", null);
  }

  @Test
  void registeredModelsAreListedToAnEndRenamedAndDeletedAndTheirVersionsBecomeReady() {
    for (String name : List.of("m1", "m2", "m3")) {
      assertEquals(name, http.expect(200, "POST", ML + "/registered-models/create", "{\"name\":\"" + name + "\"}")
          .at("/registered_model/name").asText());
    }
    http.expect(400, "POST", ML + "/registered-models/create", "{\"name\":\"m1\"}");
    List<String> listed = new ArrayList<>();
    String token = "";
    do {
      JsonNode page = http.get(ML + "/registered-models/list?max_results=2" + (token.isEmpty() ? "" : "&page_token=" + token));
      page.path("registered_models").forEach(m -> listed.add(m.get("name").asText()));
      token = page.path("next_page_token").asText();
    } while (!token.isEmpty() && listed.size() < 10);
    assertEquals(List.of("m1", "m2", "m3"), listed);

    JsonNode v = http.expect(200, "POST", ML + "/model-versions/create",
        "{\"name\":\"m1\",\"source\":\"dbfs:/models/m1\"}").get("model_version");
    assertEquals("1", v.get("version").asText());
    assertEquals("PENDING_REGISTRATION", v.get("status").asText());
    String status = "";
    for (int i = 0; i <= WorkspaceFake.POLLS_PER_STATE && !"READY".equals(status); i++) {
      status = http.get(ML + "/model-versions/get?name=m1&version=1").at("/model_version/status").asText();
    }
    assertEquals("READY", status);

    http.expect(200, "POST", ML + "/registered-models/rename", "{\"name\":\"m1\",\"new_name\":\"m1b\"}");
    http.expect(404, "GET", ML + "/databricks/registered-models/get?name=m1", null);
    JsonNode got = http.get(ML + "/databricks/registered-models/get?name=m1b").get("registered_model_databricks");
    assertEquals("m1b", got.get("name").asText());
    assertEquals("m1b", got.at("/latest_versions/0/name").asText());
    http.expect(200, "PATCH", ML + "/registered-models/update", "{\"name\":\"m1b\",\"description\":\"d\"}");
    assertEquals("d", http.get(ML + "/databricks/registered-models/get?name=m1b")
        .at("/registered_model_databricks/description").asText());

    http.expect(200, "DELETE", ML + "/registered-models/delete?name=m2", null);
    http.expect(404, "GET", ML + "/databricks/registered-models/get?name=m2", null);
    JsonNode found = http.get(ML + "/registered-models/search?filter=name%3D%27m2%27");
    assertFalse(found.path("registered_models").elements().hasNext());
    assertEquals(1, http.get(ML + "/model-versions/search?filter=name%3D%27m1b%27").get("model_versions").size());
  }
}
