package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each stateful family agrees with itself across its operations: what a call changes, the next get and list
 * show. Examples are off, so an operation no fake serves answers 404; every exchange is validated.
 */
class StatefulFamiliesTest extends FakeTestSupport {

  @Test
  void anEditedClusterShowsItsNewSpecAndItsOwnEventsPageToAnEnd() {
    String a = http.post("/api/2.1/clusters/create",
        "{\"cluster_name\":\"a\",\"spark_version\":\"15.4.x-scala2.12\",\"num_workers\":1}").get("cluster_id").asText();
    String b = http.post("/api/2.1/clusters/create",
        "{\"cluster_name\":\"b\",\"spark_version\":\"15.4.x-scala2.12\",\"num_workers\":1}").get("cluster_id").asText();
    http.expect(200, "POST", "/api/2.1/clusters/edit",
        "{\"cluster_id\":\"" + a + "\",\"cluster_name\":\"a2\",\"spark_version\":\"16.4.x-scala2.12\",\"num_workers\":4}");
    JsonNode got = http.get("/api/2.1/clusters/get?cluster_id=" + a);
    assertEquals("a2", got.get("cluster_name").asText());
    assertEquals("16.4.x-scala2.12", got.get("spark_version").asText());
    assertEquals(4, got.get("num_workers").asInt());
    assertEquals("b", http.get("/api/2.1/clusters/get?cluster_id=" + b).get("cluster_name").asText());

    List<String> types = new ArrayList<>();
    String request = "{\"cluster_id\":\"" + a + "\",\"order\":\"ASC\",\"limit\":1}";
    for (int pages = 0; request != null; pages++) {
      assertTrue(pages < 10, "the events never end");
      JsonNode page = http.expect(200, "POST", "/api/2.1/clusters/events", request);
      page.get("events").forEach(e -> {
        assertEquals(a, e.get("cluster_id").asText());
        types.add(e.get("type").asText());
      });
      request = page.has("next_page") ? page.get("next_page").toString() : null;
    }
    assertEquals(List.of("CREATING", "EDITED"), types);
  }

  @Test
  void clustersListPagesThroughEveryClusterAndEnds() {
    for (int i = 0; i < 5; i++) {
      http.post("/api/2.1/clusters/create", "{\"cluster_name\":\"c" + i + "\",\"spark_version\":\"15.4.x-scala2.12\"}");
    }
    List<String> names = new ArrayList<>();
    String token = null;
    do {
      JsonNode page = http.get("/api/2.1/clusters/list?page_size=2" + (token == null ? "" : "&page_token=" + token));
      page.get("clusters").forEach(c -> names.add(c.get("cluster_name").asText()));
      token = page.has("next_page_token") ? page.get("next_page_token").asText() : null;
    } while (token != null);
    assertEquals(List.of("c0", "c1", "c2", "c3", "c4"), names);
  }

  @Test
  void jobsGetUpdateResetAndDeleteActOnTheJobJustCreated() {
    long id = http.post("/api/2.2/jobs/create", "{\"name\":\"nightly\",\"max_concurrent_runs\":1}").get("job_id").asLong();
    JsonNode job = http.expect(200, "GET", "/api/2.2/jobs/get?job_id=" + id, null);
    assertEquals("nightly", job.at("/settings/name").asText());

    http.expect(200, "POST", "/api/2.2/jobs/update", "{\"job_id\":" + id
        + ",\"new_settings\":{\"name\":\"hourly\"},\"fields_to_remove\":[\"max_concurrent_runs\"]}");
    job = http.get("/api/2.2/jobs/get?job_id=" + id);
    assertEquals("hourly", job.at("/settings/name").asText());
    assertFalse(job.get("settings").has("max_concurrent_runs"));
    assertEquals("hourly", http.get("/api/2.2/jobs/list").at("/jobs/0/settings/name").asText());

    http.expect(200, "POST", "/api/2.2/jobs/reset", "{\"job_id\":" + id + ",\"new_settings\":{\"name\":\"weekly\"}}");
    assertEquals("weekly", http.get("/api/2.2/jobs/get?job_id=" + id).at("/settings/name").asText());

    http.expect(200, "POST", "/api/2.2/jobs/delete", "{\"job_id\":" + id + "}");
    http.expect(400, "GET", "/api/2.2/jobs/get?job_id=" + id, null);
    assertEquals(0, http.get("/api/2.2/jobs/list").get("jobs").size());
  }

  @Test
  void aCancelledRunEndsCanceledAndADeletedRunIsGone() {
    long job = http.post("/api/2.2/jobs/create", "{\"name\":\"j\"}").get("job_id").asLong();
    long run = http.post("/api/2.2/jobs/run-now", "{\"job_id\":" + job + "}").get("run_id").asLong();
    http.expect(200, "POST", "/api/2.2/jobs/runs/cancel", "{\"run_id\":" + run + "}");
    for (int i = 0; i < 2 * WorkspaceFake.POLLS_PER_STATE + 2; i++) {
      JsonNode state = http.get("/api/2.2/jobs/runs/get?run_id=" + run).get("state");
      assertEquals("TERMINATED", state.get("life_cycle_state").asText());
      assertEquals("CANCELED", state.get("result_state").asText());
    }
    http.expect(200, "POST", "/api/2.2/jobs/runs/delete", "{\"run_id\":" + run + "}");
    http.expect(404, "GET", "/api/2.2/jobs/runs/get?run_id=" + run, null);
    assertEquals(0, http.get("/api/2.2/jobs/runs/list").get("runs").size());
  }

  @Test
  void dbfsMkdirsMoveAndRecursiveDeleteChangeWhatListShows() {
    http.expect(200, "POST", "/api/2.0/dbfs/mkdirs", "{\"path\":\"/tmp/empty\"}");
    put("/tmp/data/a.csv");
    put("/tmp/data/deep/b.csv");
    assertEquals(List.of("/tmp/data", "/tmp/empty"), paths(http.get("/api/2.0/dbfs/list?path=/tmp")));
    assertTrue(http.get("/api/2.0/dbfs/get-status?path=/tmp/empty").get("is_dir").asBoolean());

    http.expect(200, "POST", "/api/2.0/dbfs/move", "{\"source_path\":\"/tmp/data\",\"destination_path\":\"/tmp/moved\"}");
    assertEquals(List.of("/tmp/moved/a.csv", "/tmp/moved/deep"), paths(http.get("/api/2.0/dbfs/list?path=/tmp/moved")));
    http.expect(404, "GET", "/api/2.0/dbfs/list?path=/tmp/data", null);

    http.expect(400, "POST", "/api/2.0/dbfs/delete", "{\"path\":\"/tmp/moved\"}");
    http.expect(200, "POST", "/api/2.0/dbfs/delete", "{\"path\":\"/tmp/moved\",\"recursive\":true}");
    assertEquals(List.of("/tmp/empty"), paths(http.get("/api/2.0/dbfs/list?path=/tmp")));
    http.expect(404, "GET", "/api/2.0/dbfs/read?path=/tmp/moved/a.csv", null);
  }

  @Test
  void workspaceListAndGetStatusShowWhatWasImportedAndDeleteRemovesIt() {
    http.expect(200, "POST", "/api/2.0/workspace/mkdirs", "{\"path\":\"/Shared/empty\"}");
    http.expect(200, "POST", "/api/2.0/workspace/import", "{\"path\":\"/Shared/etl/job\",\"language\":\"PYTHON\","
        + "\"format\":\"SOURCE\",\"content\":\"" + Base64.getEncoder().encodeToString("print(1)".getBytes()) + "\"}");
    JsonNode listing = http.get("/api/2.0/workspace/list?path=/Shared");
    List<String> objects = new ArrayList<>();
    listing.get("objects").forEach(o -> objects.add(o.get("path").asText() + " " + o.get("object_type").asText()));
    assertEquals(List.of("/Shared/empty DIRECTORY", "/Shared/etl DIRECTORY"), objects);
    JsonNode status = http.get("/api/2.0/workspace/get-status?path=/Shared/etl/job");
    assertEquals("NOTEBOOK", status.get("object_type").asText());
    assertEquals("PYTHON", status.get("language").asText());

    http.expect(400, "POST", "/api/2.0/workspace/delete", "{\"path\":\"/Shared/etl\"}");
    http.expect(200, "POST", "/api/2.0/workspace/delete", "{\"path\":\"/Shared/etl\",\"recursive\":true}");
    JsonNode gone = http.expect(404, "GET", "/api/2.0/workspace/export?path=/Shared/etl/job", null);
    assertEquals("RESOURCE_DOES_NOT_EXIST", gone.get("error_code").asText());
    http.expect(404, "GET", "/api/2.0/workspace/get-status?path=/Shared/etl", null);
  }

  @Test
  void secretScopesListShowsNewScopesAndDeletesApply() {
    http.expect(200, "POST", "/api/2.0/secrets/scopes/create", "{\"scope\":\"etl\"}");
    http.expect(200, "POST", "/api/2.0/secrets/scopes/create", "{\"scope\":\"ml\"}");
    http.expect(200, "POST", "/api/2.0/secrets/put", "{\"scope\":\"etl\",\"key\":\"password\",\"string_value\":\"s3cr3t\"}");
    assertEquals(List.of("etl", "ml"), names(http.get("/api/2.0/secrets/scopes/list").get("scopes"), "name"));

    http.expect(200, "POST", "/api/2.0/secrets/delete", "{\"scope\":\"etl\",\"key\":\"password\"}");
    assertEquals(0, http.get("/api/2.0/secrets/list?scope=etl").get("secrets").size());
    http.expect(200, "POST", "/api/2.0/secrets/scopes/delete", "{\"scope\":\"ml\"}");
    assertEquals(List.of("etl"), names(http.get("/api/2.0/secrets/scopes/list").get("scopes"), "name"));
    http.expect(404, "GET", "/api/2.0/secrets/list?scope=ml", null);
  }

  @Test
  void scimGroupsAreCreatedFoundFilteredPagedPatchedAndDeleted() {
    mock.fake().seedUser("ada@example.com");
    String ada = http.get("/api/2.0/preview/scim/v2/Me").get("id").asText();
    List<String> ids = new ArrayList<>();
    for (String name : List.of("data-eng", "data-science", "admins-2")) {
      ids.add(http.expect(200, "POST", "/api/2.0/preview/scim/v2/Groups", "{\"displayName\":\"" + name + "\"}")
          .get("id").asText());
    }
    assertEquals("data-eng", http.get("/api/2.0/preview/scim/v2/Groups/" + ids.get(0)).get("displayName").asText());

    JsonNode filtered = http.get("/api/2.0/preview/scim/v2/Groups?filter=displayName%20sw%20%22data%22");
    assertEquals(List.of("data-eng", "data-science"), names(filtered.get("Resources"), "displayName"));
    List<String> paged = new ArrayList<>();
    for (int start = 1; ; start += 2) {
      JsonNode page = http.get("/api/2.0/preview/scim/v2/Groups?count=2&startIndex=" + start);
      paged.addAll(names(page.get("Resources"), "displayName"));
      if (page.get("Resources").size() == 0) {
        break;
      }
      assertEquals(3, page.get("totalResults").asInt());
    }
    assertEquals(List.of("data-eng", "data-science", "admins-2"), paged);

    String group = "/api/2.0/preview/scim/v2/Groups/" + ids.get(0);
    http.expect(200, "PATCH", group, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
        + "\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"" + ada + "\"}]},"
        + "{\"op\":\"replace\",\"path\":\"displayName\",\"value\":\"data-engineering\"}]}");
    JsonNode patched = http.get(group);
    assertEquals("data-engineering", patched.get("displayName").asText());
    assertEquals(ada, patched.at("/members/0/value").asText());
    assertEquals("ada", patched.at("/members/0/display").asText());
    http.expect(200, "PATCH", group, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
        + "\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"" + ada + "\\\"]\"}]}");
    assertEquals(0, http.get(group).get("members").size());

    http.expect(200, "DELETE", group, null);
    http.expect(404, "GET", group, null);
    assertEquals(2, http.get("/api/2.0/preview/scim/v2/Groups").get("totalResults").asInt());
  }

  @Test
  void meIsTheFirstSeededUserOrADefaultOne() {
    assertEquals(Scim.DEFAULT_USER, http.get("/api/2.0/preview/scim/v2/Me").get("userName").asText());
    mock.reset();
    mock.fake().seedUser("grace@example.com");
    mock.fake().seedUser("ada@example.com");
    assertEquals("grace@example.com", http.get("/api/2.0/preview/scim/v2/Me").get("userName").asText());
  }

  @Test
  void aStatementsNextChunkLinkFetchesTheNextChunk() {
    String id = http.post("/api/2.0/sql/statements", "{\"statement\":\"SELECT 1\",\"warehouse_id\":\"abc\"}")
        .get("statement_id").asText();
    JsonNode statement = null;
    for (int i = 0; i <= WorkspaceFake.POLLS_PER_STATE; i++) {
      statement = http.get("/api/2.0/sql/statements/" + id);
    }
    assertEquals("SUCCEEDED", statement.at("/status/state").asText());
    JsonNode chunk = statement.get("result");
    int rows = 0;
    for (int chunks = 0; chunk != null; chunks++) {
      assertTrue(chunks < 10, "the chunks never end");
      rows += chunk.get("data_array").size();
      chunk = chunk.has("next_chunk_internal_link") ? http.expect(200, "GET", chunk.get("next_chunk_internal_link").asText(), null) : null;
    }
    assertEquals(statement.at("/manifest/total_row_count").asInt(), rows);
  }

  private static void put(String path) {
    http.expect(200, "POST", "/api/2.0/dbfs/put", "{\"path\":\"" + path + "\",\"contents\":\""
        + Base64.getEncoder().encodeToString(path.getBytes()) + "\"}");
  }

  private static List<String> paths(JsonNode listing) {
    return names(listing.get("files"), "path");
  }

  private static List<String> names(JsonNode items, String field) {
    List<String> out = new ArrayList<>();
    items.forEach(i -> out.add(i.get(field).asText()));
    return out;
  }
}
