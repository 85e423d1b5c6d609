package dev.brickapi.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The administrative families answer from state: policies, pools, libraries, permissions, tokens, init scripts,
 * IP access lists, Git credentials, repos, SCIM users and secret values. Examples are off, so an operation no
 * fake serves answers 404; every exchange is validated.
 */
class AdminFamiliesTest extends FakeTestSupport {

  private static List<String> texts(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(item -> out.add(item.path(field).asText()));
    return out;
  }

  @Test
  void aPolicyIsEditedInFullAndItsNameIsItsOwn() {
    String id = http.post("/api/2.0/policies/clusters/create", "{\"name\":\"p\",\"definition\":\"{}\"}")
        .get("policy_id").asText();
    http.expect(400, "POST", "/api/2.0/policies/clusters/create", "{\"name\":\"p\",\"definition\":\"{}\"}");
    http.expect(200, "POST", "/api/2.0/policies/clusters/edit",
        "{\"policy_id\":\"" + id + "\",\"name\":\"p2\",\"definition\":\"{\\\"a\\\":1}\"}");
    JsonNode got = http.get("/api/2.0/policies/clusters/get?policy_id=" + id);
    assertEquals("p2", got.get("name").asText());
    assertEquals("{\"a\":1}", got.get("definition").asText());
    assertEquals(List.of(id), texts(http.get("/api/2.0/policies/clusters/list").get("policies"), "policy_id"));
    http.expect(200, "POST", "/api/2.0/policies/clusters/delete", "{\"policy_id\":\"" + id + "\"}");
    http.expect(404, "GET", "/api/2.0/policies/clusters/get?policy_id=" + id, null);
    assertEquals(0, http.get("/api/2.0/policies/clusters/list").get("policies").size());
  }

  @Test
  void aPoolIsActiveAndShowsItsEdit() {
    String id = http.post("/api/2.0/instance-pools/create",
        "{\"instance_pool_name\":\"a\",\"node_type_id\":\"i3.xlarge\"}").get("instance_pool_id").asText();
    assertEquals("ACTIVE", http.get("/api/2.0/instance-pools/get?instance_pool_id=" + id).get("state").asText());
    http.expect(200, "POST", "/api/2.0/instance-pools/edit",
        "{\"instance_pool_id\":\"" + id + "\",\"instance_pool_name\":\"b\",\"node_type_id\":\"i3.xlarge\"}");
    assertEquals("b", http.get("/api/2.0/instance-pools/get?instance_pool_id=" + id).get("instance_pool_name").asText());
    http.expect(200, "POST", "/api/2.0/instance-pools/delete", "{\"instance_pool_id\":\"" + id + "\"}");
    http.expect(404, "GET", "/api/2.0/instance-pools/get?instance_pool_id=" + id, null);
    assertFalse(http.get("/api/2.0/instance-pools/list").path("instance_pools").elements().hasNext());
  }

  @Test
  void anInstalledLibraryIsPendingThenInstallingThenInstalledAndUninstallWaitsForARestart() {
    String lib = "{\"pypi\":{\"package\":\"probe==1.0\"}}";
    http.expect(200, "POST", "/api/2.0/libraries/install", "{\"cluster_id\":\"c1\",\"libraries\":[" + lib + "]}");
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 3 * (WorkspaceFake.POLLS_PER_STATE + 1); i++) {
      JsonNode status = http.get("/api/2.0/libraries/cluster-status?cluster_id=c1").get("library_statuses").get(0);
      assertEquals("probe==1.0", status.at("/library/pypi/package").asText());
      if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status.get("status").asText())) {
        seen.add(status.get("status").asText());
      }
    }
    assertEquals(List.of("PENDING", "INSTALLING", "INSTALLED"), seen);
    assertEquals(List.of("c1"), texts(http.get("/api/2.0/libraries/all-cluster-statuses").get("statuses"), "cluster_id"));
    http.expect(200, "POST", "/api/2.0/libraries/uninstall", "{\"cluster_id\":\"c1\",\"libraries\":[" + lib + "]}");
    assertEquals("UNINSTALL_ON_RESTART", http.get("/api/2.0/libraries/cluster-status?cluster_id=c1")
        .at("/library_statuses/0/status").asText());
  }

  @Test
  void permissionsSetOnTheGenericPathAreSeenOnTheTypedOneAndUpdateAdds() {
    http.expect(200, "PUT", "/api/2.0/permissions/clusters/c1",
        "{\"access_control_list\":[{\"user_name\":\"a@example.com\",\"permission_level\":\"CAN_RESTART\"}]}");
    http.expect(200, "PATCH", "/api/2.0/permissions/clusters/c1",
        "{\"access_control_list\":[{\"group_name\":\"ops\",\"permission_level\":\"CAN_MANAGE\"}]}");
    JsonNode acl = http.get("/api/2.0/permissions/clusters/c1").get("access_control_list");
    assertEquals(List.of("a@example.com", "", ""), texts(acl, "user_name"));
    assertEquals(List.of("", "ops", "admins"), texts(acl, "group_name"));
    http.expect(200, "PUT", "/api/2.0/permissions/clusters/c1", "{\"access_control_list\":[]}");
    assertEquals(1, http.get("/api/2.0/permissions/clusters/c1").get("access_control_list").size());
    assertEquals(0, http.get("/api/2.0/permissions/jobs/7").get("access_control_list").size() - 1);
  }

  @Test
  void aTokenIsListedWithItsCommentUntilRevoked() {
    JsonNode created = http.post("/api/2.0/token/create", "{\"comment\":\"ci\",\"lifetime_seconds\":60}");
    String id = created.at("/token_info/token_id").asText();
    assertTrue(created.get("token_value").asText().startsWith("dapi"));
    assertEquals(List.of("ci"), texts(http.get("/api/2.0/token/list").get("token_infos"), "comment"));
    http.expect(200, "POST", "/api/2.0/token/delete", "{\"token_id\":\"" + id + "\"}");
    http.expect(404, "POST", "/api/2.0/token/delete", "{\"token_id\":\"" + id + "\"}");
    assertEquals(0, http.get("/api/2.0/token/list").get("token_infos").size());
  }

  @Test
  void anInitScriptIsAnsweredWithItsContentAndListedWithout() {
    String script = Base64.getEncoder().encodeToString("echo hi".getBytes(StandardCharsets.UTF_8));
    String id = http.post("/api/2.0/global-init-scripts", "{\"name\":\"s\",\"script\":\"" + script + "\"}")
        .get("script_id").asText();
    assertEquals(script, http.get("/api/2.0/global-init-scripts/" + id).get("script").asText());
    JsonNode listed = http.get("/api/2.0/global-init-scripts").get("scripts").get(0);
    assertEquals(id, listed.get("script_id").asText());
    assertFalse(listed.has("script"));
    http.expect(200, "PATCH", "/api/2.0/global-init-scripts/" + id, "{\"name\":\"t\",\"script\":\"" + script + "\"}");
    assertEquals("t", http.get("/api/2.0/global-init-scripts/" + id).get("name").asText());
    http.expect(200, "DELETE", "/api/2.0/global-init-scripts/" + id, null);
    http.expect(404, "GET", "/api/2.0/global-init-scripts/" + id, null);
  }

  @Test
  void anIpAccessListIsReplacedAndUpdated() {
    String id = http.post("/api/2.0/ip-access-lists",
        "{\"label\":\"office\",\"list_type\":\"ALLOW\",\"ip_addresses\":[\"203.0.113.0/24\"]}")
        .at("/ip_access_list/list_id").asText();
    http.expect(400, "POST", "/api/2.0/ip-access-lists", "{\"label\":\"office\",\"list_type\":\"BLOCK\"}");
    http.expect(200, "PATCH", "/api/2.0/ip-access-lists/" + id, "{\"enabled\":false}");
    JsonNode got = http.get("/api/2.0/ip-access-lists/" + id).get("ip_access_list");
    assertFalse(got.get("enabled").asBoolean());
    assertEquals(1, got.get("address_count").asInt());
    http.expect(200, "PUT", "/api/2.0/ip-access-lists/" + id,
        "{\"label\":\"home\",\"list_type\":\"BLOCK\",\"enabled\":true,\"ip_addresses\":[\"198.51.100.1\",\"198.51.100.2\"]}");
    got = http.get("/api/2.0/ip-access-lists/" + id).get("ip_access_list");
    assertEquals("home", got.get("label").asText());
    assertEquals(2, got.get("address_count").asInt());
    http.expect(200, "DELETE", "/api/2.0/ip-access-lists/" + id, null);
    assertEquals(0, http.get("/api/2.0/ip-access-lists").get("ip_access_lists").size());
  }

  @Test
  void aGitCredentialNeverAnswersItsToken() {
    JsonNode created = http.post("/api/2.0/git-credentials",
        "{\"git_provider\":\"gitHub\",\"git_username\":\"bot\",\"personal_access_token\":\"ghp_x\"}");
    long id = created.get("credential_id").asLong();
    assertFalse(created.has("personal_access_token"));
    http.expect(200, "PATCH", "/api/2.0/git-credentials/" + id, "{\"git_provider\":\"gitHub\",\"git_username\":\"bot2\"}");
    JsonNode got = http.get("/api/2.0/git-credentials/" + id);
    assertEquals("bot2", got.get("git_username").asText());
    assertFalse(got.has("personal_access_token"));
    http.expect(200, "DELETE", "/api/2.0/git-credentials/" + id, null);
    http.expect(404, "GET", "/api/2.0/git-credentials/" + id, null);
  }

  @Test
  void reposPageByPrefixToAnEndAndCheckOutABranch() {
    for (int i = 0; i < Repos.PAGE_SIZE + 3; i++) {
      http.post("/api/2.0/repos", "{\"url\":\"https://github.com/o/r" + i + ".git\",\"provider\":\"gitHub\"}");
    }
    http.post("/api/2.0/repos", "{\"url\":\"https://github.com/o/x.git\",\"provider\":\"gitHub\",\"path\":\"/Repos/other/x\"}");
    http.expect(400, "POST", "/api/2.0/repos", "{\"url\":\"https://github.com/o/x.git\",\"provider\":\"gitHub\",\"path\":\"/Repos/other/x\"}");
    List<String> paths = new ArrayList<>();
    String token = null;
    for (int pages = 0; pages == 0 || token != null; pages++) {
      assertTrue(pages < 5, "the list never ends");
      JsonNode page = http.get("/api/2.0/repos?path_prefix=/Repos/" + Scim.DEFAULT_USER
          + (token == null ? "" : "&next_page_token=" + token));
      paths.addAll(texts(page.get("repos"), "path"));
      token = page.has("next_page_token") ? page.get("next_page_token").asText() : null;
    }
    assertEquals(Repos.PAGE_SIZE + 3, paths.size());
    String id = http.get("/api/2.0/repos?path_prefix=/Repos/other").at("/repos/0/id").asText();
    String head = http.get("/api/2.0/repos/" + id).get("head_commit_id").asText();
    http.expect(200, "PATCH", "/api/2.0/repos/" + id, "{\"branch\":\"release\"}");
    JsonNode got = http.get("/api/2.0/repos/" + id);
    assertEquals("release", got.get("branch").asText());
    assertFalse(head.equals(got.get("head_commit_id").asText()));
    http.expect(200, "DELETE", "/api/2.0/repos/" + id, null);
    http.expect(404, "GET", "/api/2.0/repos/" + id, null);
  }

  @Test
  void aScimUserIsCreatedPatchedReplacedAndDeletedFromItsGroups() {
    String base = "/api/2.0/preview/scim/v2/";
    String id = http.post(base + "Users", "{\"userName\":\"a@example.com\",\"displayName\":\"A\"}").get("id").asText();
    http.expect(409, "POST", base + "Users", "{\"userName\":\"a@example.com\"}");
    String group = http.post(base + "Groups", "{\"displayName\":\"g\",\"members\":[{\"value\":\"" + id + "\"}]}")
        .get("id").asText();
    http.expect(200, "PATCH", base + "Users/" + id, "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
        + "\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false},"
        + "{\"op\":\"add\",\"path\":\"entitlements\",\"value\":[{\"value\":\"allow-cluster-create\"}]}]}");
    JsonNode got = http.get(base + "Users/" + id);
    assertFalse(got.get("active").asBoolean());
    assertEquals("allow-cluster-create", got.at("/entitlements/0/value").asText());
    http.expect(200, "PUT", base + "Users/" + id, "{\"userName\":\"a@example.com\",\"displayName\":\"B\"}");
    got = http.get(base + "Users/" + id);
    assertEquals("B", got.get("displayName").asText());
    assertFalse(got.has("entitlements"));
    http.expect(200, "DELETE", base + "Users/" + id, null);
    http.expect(404, "GET", base + "Users/" + id, null);
    assertEquals(0, http.get(base + "Groups/" + group).get("members").size());
  }

  @Test
  void aSecretValueIsAnsweredBase64() {
    http.expect(200, "POST", "/api/2.0/secrets/scopes/create", "{\"scope\":\"s\"}");
    http.expect(200, "POST", "/api/2.0/secrets/put", "{\"scope\":\"s\",\"key\":\"k\",\"string_value\":\"v\u00e9\"}");
    JsonNode got = http.get("/api/2.0/secrets/get?scope=s&key=k");
    assertEquals("v\u00e9", new String(Base64.getDecoder().decode(got.get("value").asText()), StandardCharsets.UTF_8));
    http.expect(404, "GET", "/api/2.0/secrets/get?scope=s&key=other", null);
  }
}
